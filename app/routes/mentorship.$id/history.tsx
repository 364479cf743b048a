import { formatDateTime } from "~/utils/format-date";
import { useLocale, useT } from "~/utils/use-i18n";

export type MentorshipEventRow = {
  id: number;
  kind:
    | "requested"
    | "accepted"
    | "declined"
    | "question"
    | "answer"
    | "withdrawn"
    | "expired"
    | "reminder"
    | "ended";
  body: string;
  createdAt: Date;
  actorName: string | null;
};

/** The exchange, oldest first: the request, questions and answers, and each move. */
export function MentorshipHistory({ events }: { events: MentorshipEventRow[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="mentorship-history">
      <h2 id="mentorship-history">{t("mentorship.detail.history")}</h2>
      <ol className="pairing-history mentorship-history">
        {events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>{" "}
            —{" "}
            {t(`mentorship.event.${e.kind}`, {
              actor: e.actorName ?? t("mentorship.event.someone"),
            })}
            {e.body ? <p className="mentorship-message">{e.body}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
