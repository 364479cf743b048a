import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { dataDirectory } from "~/.server/data-directory.server";
import { getDb } from "~/.server/db.server";
import { eventOfPairing } from "~/.server/events/event-pairing.server";
import { localTitle } from "~/.server/events/texts";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { decideSide, getPairing, recordConvention, transitionPairing } from "~/.server/pairings";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { isUuid } from "~/utils/field-schemas";
import { formatDay } from "~/utils/format-date";
import { formErrorOf, parseForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { invariantResponse } from "~/utils/responses";
import { useLocale, useT } from "~/utils/use-i18n";
import { PairingActionSchema } from "./action-schema";
import { ConventionForm, ConventionSummary } from "./convention";
import { PairingHistory } from "./history";
import { SideCard } from "./side-card";
import { TransitionForm } from "./transition-form";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? data.sides.map((s) => s.party?.name ?? "—").join(" – ") : ""} · Passerelle` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  invariantResponse(isUuid(id), "Not found");
  const pairing = await getPairing(getDb(), user, id);
  // Opened from an event's meeting: the page says which.
  const event = await eventOfPairing(getDb(), id);
  const locale = await getLocale(request);
  const fromEvent = event ? { slug: event.slug, title: localTitle(event, locale) } : null;
  return { ...pairing, fromEvent };
}

const DONE = {
  decide: "pairings.done.decided",
  move: "pairings.done.moved",
  convention: "pairings.done.convention",
} as const satisfies Record<string, MessageKey>;

/** What the page's action answers: which form, what was done, Conform's result. */
export type PairingReply = { intent: string; done?: MessageKey };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const pairingId = params.id ?? "";
  invariantResponse(isUuid(pairingId), "Not found");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const submission = parseForm(formData, PairingActionSchema);
  if (submission.status !== "success") return invalid<PairingReply>(submission, { intent });
  const input = submission.value;
  try {
    if (input.intent === "decide") await decideSide(getDb(), user, { pairingId, ...input });
    else if (input.intent === "move")
      await transitionPairing(getDb(), user, { pairingId, ...input });
    else {
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      await recordConvention(
        getDb(),
        user,
        { pairingId, ...input, file: { name: input.file.name, bytes } },
        { dataDir: dataDirectory() },
      );
    }
  } catch (error) {
    // What the actor may not see or do is a 404/403 page; a move out of turn is said on the form.
    return refusal<PairingReply>(submission, error, { intent });
  }
  const done = DONE[input.intent];
  return reply<PairingReply>(submission, { intent, done }, { resetForm: true });
}

export default function PairingPage() {
  const pairing = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const names = pairing.sides.map((s) => s.party?.name ?? t("pairings.removedParty"));
  const refused = formErrorOf(result?.result);
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
            {t("pairings.detail.dueAt")}
            {t("punct.colon")}
            {formatDay(pairing.dueAt, locale) ?? t("pairings.detail.noDue")}
          </span>
        </p>
        {pairing.fromEvent ? (
          <p data-testid="pairing-event">
            {t("pairings.fromEvent")}{" "}
            <Link to={`/events/${pairing.fromEvent.slug}`}>{pairing.fromEvent.title}</Link>
          </p>
        ) : null}
      </header>
      {result?.done ? <FormAlert tone="success">{t(result.done)}</FormAlert> : null}
      {refused ? <FormAlert>{t(refused.key, refused.params)}</FormAlert> : null}
      {pairing.note ? (
        <section aria-labelledby="pairing-note">
          <h2 id="pairing-note">{t("pairings.detail.note")}</h2>
          <p dir="auto">{pairing.note}</p>
        </section>
      ) : null}
      {pairing.abandonReason ? (
        <p>
          <strong>{t("pairings.detail.abandonReason")}</strong> <bdi>{pairing.abandonReason}</bdi>
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
              onBehalf={pairing.onBehalfSides.includes(s.side)}
              lastResult={result?.intent === "decide" ? result.result : null}
            />
          ))}
        </div>
      </section>
      {pairing.convention ? (
        <ConventionSummary id={pairing.id} convention={pairing.convention} />
      ) : null}
      {pairing.canRecordConvention ? (
        <ConventionForm lastResult={result?.intent === "convention" ? result.result : null} />
      ) : null}
      {pairing.allowedTransitions.length > 0 ? (
        <TransitionForm
          allowed={pairing.allowedTransitions}
          waitingForSides={
            pairing.status === "contacted" && !pairing.allowedTransitions.includes("agreed")
          }
          lastResult={result?.intent === "move" ? result.result : null}
        />
      ) : null}
      <PairingHistory events={pairing.events} />
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
