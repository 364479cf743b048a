import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { DomainError } from "~/.server/domain-error";
import { publicOrigin } from "~/.server/email/links.server";
import { decideSide, getPairing, transitionPairing } from "~/.server/pairings";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { type FieldErrors, type FormValues, parseSubmission } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { formatDay } from "~/utils/pairing-format";
import { invariantResponse } from "~/utils/responses";
import { useLocale, useT } from "~/utils/use-i18n";
import { PairingActionSchema } from "./action-schema";
import { PairingHistory } from "./history";
import { SideCard } from "./side-card";
import { TransitionForm } from "./transition-form";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? data.sides.map((s) => s.party?.name ?? "—").join(" – ") : ""} · Passerelle` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  invariantResponse(UUID.test(id), "Not found");
  const pairing = await getPairing(getDb(), user, id);
  return {
    ...pairing,
    createdAt: pairing.createdAt.toISOString(),
    updatedAt: pairing.updatedAt.toISOString(),
    statusChangedAt: pairing.statusChangedAt.toISOString(),
    dueAt: pairing.dueAt?.toISOString() ?? null,
    events: pairing.events.map((e) => ({
      ...e,
      createdAt: e.createdAt.toISOString(),
      dueAt: e.dueAt?.toISOString() ?? null,
    })),
  };
}

export type PairingActionResult = {
  intent?: "decide" | "move";
  done?: MessageKey;
  values?: FormValues;
  errors?: FieldErrors;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const pairingId = params.id ?? "";
  invariantResponse(UUID.test(pairingId), "Not found");
  const submission = parseSubmission(PairingActionSchema, await request.formData());
  if (!submission.success) {
    const intent = submission.values.intent === "decide" ? "decide" : "move";
    return data<PairingActionResult>(
      { intent, values: submission.values, errors: submission.errors },
      { status: 400 },
    );
  }
  const input = submission.data;
  const options = { linkOrigin: publicOrigin(request) };
  const actor = user;
  try {
    if (input.intent === "decide") {
      await decideSide(getDb(), actor, { pairingId, ...input }, options);
      return data<PairingActionResult>({ intent: "decide", done: "pairings.done.decided" });
    }
    await transitionPairing(getDb(), actor, { pairingId, ...input }, options);
    return data<PairingActionResult>({ intent: "move", done: "pairings.done.moved" });
  } catch (error) {
    // What the actor may not see or do is a 404/403 page; a move out of turn is said on the form.
    if (
      !(error instanceof DomainError) ||
      error.code === "not_found" ||
      error.code === "forbidden"
    ) {
      throw error;
    }
    return data<PairingActionResult>(
      {
        intent: input.intent,
        values: submission.values,
        errors: { "": { key: error.messageKey } },
      },
      { status: error.status },
    );
  }
}

export default function PairingPage() {
  const pairing = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const names = pairing.sides.map((s) => s.party?.name ?? t("pairings.removedParty"));
  return (
    <article className="pairing-page">
      <header>
        <h1>{t("pairings.detail.title", { a: names[0] ?? "—", b: names[1] ?? "—" })}</h1>
        <p className="meta">
          <span>{t(`offer.${pairing.purpose}` as MessageKey)}</span>
          <span className={`badge status-${pairing.status}`} data-testid="pairing-status">
            {t(`pairings.status.${pairing.status}`)}
          </span>
          <span>
            {t("pairings.detail.dueAt")} :{" "}
            {formatDay(pairing.dueAt, locale) ?? t("pairings.detail.noDue")}
          </span>
        </p>
      </header>
      {result?.done ? <FormAlert tone="success">{t(result.done)}</FormAlert> : null}
      {result?.errors?.[""] ? <FormAlert>{t(result.errors[""].key)}</FormAlert> : null}
      {pairing.note ? (
        <section aria-labelledby="pairing-note">
          <h2 id="pairing-note">{t("pairings.detail.note")}</h2>
          <p>{pairing.note}</p>
        </section>
      ) : null}
      {pairing.abandonReason ? (
        <p>
          <strong>{t("pairings.detail.abandonReason")}</strong> {pairing.abandonReason}
        </p>
      ) : null}
      <section aria-labelledby="pairing-sides">
        <h2 id="pairing-sides">{t("pairings.detail.sides")}</h2>
        <div className="pairing-sides">
          {pairing.sides.map((s) => (
            <SideCard
              key={s.side}
              side={s}
              mine={pairing.mySides.includes(s.side)}
              canDecide={pairing.decidableSides.includes(s.side)}
              result={result?.intent === "decide" ? result : undefined}
            />
          ))}
        </div>
      </section>
      {pairing.allowedTransitions.length > 0 ? (
        <TransitionForm
          allowed={pairing.allowedTransitions}
          result={result?.intent === "move" ? result : undefined}
        />
      ) : null}
      <PairingHistory events={pairing.events} />
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
