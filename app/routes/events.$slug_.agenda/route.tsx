import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { publicOrigin } from "~/.server/email/links.server";
import { loadAgenda } from "~/.server/events/agenda.server";
import { presentAgenda } from "~/.server/events/agenda-view.server";
import { resetFeedToken } from "~/.server/events/feed.server";
import { answerOutcome, markAttendance } from "~/.server/events/outcomes.server";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { AgendaActionSchema } from "~/utils/event-agenda-validation";
import { formErrorOf, parseForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import agendaStyles from "./agenda.css?url";
import { CheckInCode, FeedPanel } from "./feed-panel";
import { MeetingCard } from "./meeting-card";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.event.title ?? ""} · Passerelle` },
];

/** GET /events/:slug/agenda — the signed-in participant's own programme and meetings. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const [agenda, locale] = await Promise.all([loadAgenda(getDb(), user, slug), getLocale(request)]);
  return presentAgenda(agenda, locale, { origin: publicOrigin(request), now: new Date() });
}

const DONE = {
  attendance: "agenda.done.attendance",
  outcome: "agenda.done.outcome",
  "reset-feed": "agenda.done.feedReset",
} as const satisfies Record<string, MessageKey>;

export type AgendaReply = { intent: string; meetingId?: string; done?: MessageKey };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const meetingId = String(formData.get("meetingId") ?? "");
  const submission = parseForm(formData, AgendaActionSchema);
  if (submission.status !== "success") {
    // Who may not see the agenda learns nothing from a malformed post either.
    await loadAgenda(getDb(), user, slug);
    return invalid<AgendaReply>(submission, { intent, meetingId });
  }
  const input = submission.value;
  try {
    if (input.intent === "attendance") await markAttendance(getDb(), user, slug, input);
    else if (input.intent === "outcome") await answerOutcome(getDb(), user, slug, input);
    else await resetFeedToken(getDb(), user, slug);
  } catch (error) {
    return refusal<AgendaReply>(submission, error, { intent, meetingId });
  }
  return reply<AgendaReply>(
    submission,
    { intent, meetingId, done: DONE[input.intent] },
    { resetForm: true },
  );
}

export default function AgendaPage() {
  const agenda = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const refused = formErrorOf(result?.result);
  return (
    <article className="agenda-page">
      <header className="agenda-header">
        <h1>{t("agenda.title", { event: agenda.event.title })}</h1>
        <p className="meta">
          {agenda.event.place ? <span>{agenda.event.place}</span> : null}
          <span>{t("agenda.timesIn", { zone: agenda.event.zone })}</span>
          {agenda.event.ownZone ? (
            <span>{t("agenda.ownTimesIn", { zone: agenda.event.ownZone })}</span>
          ) : null}
        </p>
        <p className="agenda-tools no-print">
          <a href={agenda.icsHref} download className="button">
            {t("agenda.download")}
          </a>
          <button type="button" className="button secondary" onClick={() => window.print()}>
            {t("agenda.print")}
          </button>
        </p>
      </header>
      {result?.done && !result.meetingId ? (
        <FormAlert tone="success">{t(result.done)}</FormAlert>
      ) : null}
      {refused && !result?.meetingId ? (
        <FormAlert>{t(refused.key, refused.params)}</FormAlert>
      ) : null}
      {agenda.status === "waitlisted" ? <p className="muted">{t("agenda.waitlisted")}</p> : null}

      <section aria-labelledby="agenda-meetings">
        <h2 id="agenda-meetings">{t("agenda.meetings")}</h2>
        {agenda.meetings.length === 0 ? (
          <p className="muted">{t("agenda.noMeetings")}</p>
        ) : (
          <ol className="agenda-list">
            {agenda.meetings.map((m) => (
              <MeetingCard
                key={m.id}
                meeting={m}
                ownZone={agenda.event.ownZone}
                result={result?.meetingId === m.id ? result : undefined}
              />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="agenda-programme">
        <h2 id="agenda-programme">{t("agenda.programme")}</h2>
        {agenda.sessions.length === 0 ? (
          <p className="muted">{t("agenda.noSessions")}</p>
        ) : (
          <ol className="agenda-list">
            {agenda.sessions.map((s) => (
              <li key={s.id} className={s.speaking ? "agenda-item speaking" : "agenda-item"}>
                <p className="agenda-when">
                  <span>{s.day}</span> <strong dir="ltr">{s.time}</strong>
                  {s.ownTime ? (
                    <span className="muted">
                      {" "}
                      ({agenda.event.ownZone} <span dir="ltr">{s.ownTime}</span>)
                    </span>
                  ) : null}
                </p>
                <p>
                  <strong>{s.title}</strong>
                  {s.room ? <span className="muted"> · {s.room}</span> : null}
                </p>
                <p className="meta">
                  <span>{t(`agenda.kind.${s.kind}` as MessageKey)}</span>
                  {s.speaking ? <span className="badge">{t("agenda.youSpeak")}</span> : null}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <div className="agenda-aside">
        <CheckInCode svg={agenda.qrSvg} url={agenda.checkInUrl} />
        <FeedPanel
          feedUrl={agenda.feedUrl}
          lastResult={result?.intent === "reset-feed" ? result.result : null}
        />
      </div>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
