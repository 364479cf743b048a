import { type Locale, type MessageKey, translator } from "~/utils/i18n";
import type { Executor } from "../../../db/client";
import {
  type ConventionKind,
  notifications,
  type PairingStatus,
  type SideDecision,
} from "../../../db/schema";
import { enqueueEmail } from "../email/outbox.server";
import type { SideParty } from "./access";
import { loadRecipients, loadUserEmails } from "./parties.server";

export type PairingNotice =
  | { kind: "proposed" }
  | { kind: "status_changed"; from: PairingStatus; to: PairingStatus }
  | { kind: "side_decided"; party: string; decision: SideDecision }
  | { kind: "due_changed"; dueAt: Date | null };

export type NoticeContext = {
  pairingId: string;
  purpose: ConventionKind;
  /** Display names of side a and side b. */
  names: { a: string; b: string };
  sides: Pick<SideParty, "personId" | "organizationId">[];
  /** Who did it: never notified of their own action. */
  actorUserId: string | null;
  /** Also told (the coordinator who proposed, when a party answers). */
  alsoUserIds?: string[];
  /** Origin for the link in e-mails ("https://passerelle.example"); relative when absent. */
  linkOrigin?: string;
};

const LOCALES: Locale[] = ["fr", "en", "ar"];

/**
 * Tells both sides (and whoever else is named) in the caller's transaction: one in-app
 * notification each, and one e-mail through the outbox, so nothing is announced that did not
 * commit. Accounts have no language preference yet, so e-mails carry the three languages.
 */
export async function notifyPairing(tx: Executor, ctx: NoticeContext, notice: PairingNotice) {
  const recipients = await loadRecipients(tx, ctx.sides);
  const extra = await loadUserEmails(
    tx,
    (ctx.alsoUserIds ?? []).filter((id) => !recipients.some((r) => r.userId === id)),
  );
  const to = [...recipients, ...extra].filter((r) => r.userId !== ctx.actorUserId);
  if (to.length === 0) return;
  const link = `/pairings/${ctx.pairingId}`;
  await tx.insert(notifications).values(
    to.map((r) => ({
      userId: r.userId,
      kind: `pairing.${notice.kind}`,
      payload: payloadOf(ctx, notice),
      link,
    })),
  );
  const email = renderEmail(ctx, notice, `${ctx.linkOrigin ?? ""}${link}`);
  for (const r of to) await enqueueEmail(tx, { to: r.email, ...email });
}

function payloadOf(ctx: NoticeContext, notice: PairingNotice) {
  return {
    pairingId: ctx.pairingId,
    purpose: ctx.purpose,
    a: ctx.names.a,
    b: ctx.names.b,
    from: notice.kind === "status_changed" ? notice.from : null,
    to: notice.kind === "status_changed" ? notice.to : null,
    party: notice.kind === "side_decided" ? notice.party : null,
    decision: notice.kind === "side_decided" ? notice.decision : null,
    dueAt: notice.kind === "due_changed" ? (notice.dueAt?.toISOString() ?? null) : null,
  };
}

export function renderEmail(ctx: NoticeContext, notice: PairingNotice, link: string) {
  return {
    subject: translator("fr")("pairings.email.subject", { a: ctx.names.a, b: ctx.names.b }),
    text: LOCALES.map((locale) => paragraph(locale, ctx, notice, link)).join("\n\n—\n\n"),
  };
}

function paragraph(locale: Locale, ctx: NoticeContext, notice: PairingNotice, link: string) {
  const t = translator(locale);
  const params: Record<string, string> = {
    purpose: t(`offer.${ctx.purpose}` as MessageKey),
    a: ctx.names.a,
    b: ctx.names.b,
    link,
  };
  switch (notice.kind) {
    case "proposed":
      return t("pairings.email.proposed", params);
    case "status_changed":
      return t("pairings.email.status_changed", {
        ...params,
        from: t(`pairings.status.${notice.from}`),
        to: t(`pairings.status.${notice.to}`),
      });
    case "side_decided":
      return t("pairings.email.side_decided", {
        ...params,
        party: notice.party,
        decision: t(`pairings.decision.${notice.decision}`),
      });
    case "due_changed":
      return t("pairings.email.due_changed", {
        ...params,
        due: notice.dueAt
          ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
              notice.dueAt,
            )
          : t("pairings.email.noDue"),
      });
  }
}
