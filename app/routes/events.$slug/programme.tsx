import { Link } from "@remix-run/react";
import { formatEventTime, formatEventWeekday } from "~/components/events/event-dates";
import { SlotsNote } from "~/components/events/slots-note";
import { useLocale, useT } from "~/utils/use-i18n";
import type { EventPageData } from "./route";

type Session = EventPageData["sessions"][number];

/** The programme by day (days of the event's zone), with rooms and speakers' profiles. */
export function Programme({ sessions }: { sessions: Session[] }) {
  const t = useT();
  const locale = useLocale();
  if (sessions.length === 0) return <p className="muted">{t("events.programme.empty")}</p>;
  const days = groupByDay(sessions);
  return (
    <div className="programme">
      {days.map(([day, items]) => (
        <section key={day} aria-label={formatEventWeekday(items[0]!.startsLocal, locale)}>
          <h3>{formatEventWeekday(items[0]!.startsLocal, locale)}</h3>
          <ul className="review-list">
            {items.map((s) => (
              <li key={s.id} className={`card session session-${s.kind}`}>
                <p className="meta">
                  <strong>
                    <time dateTime={new Date(s.startsAt).toISOString()}>
                      {formatEventTime(s.startsLocal, locale)}
                    </time>
                    –
                    <time dateTime={new Date(s.endsAt).toISOString()}>
                      {formatEventTime(s.endsLocal, locale)}
                    </time>
                  </strong>{" "}
                  · {t(`events.session.${s.kind}`)}
                  {s.room ? ` · ${t("events.room", { room: s.room })}` : null}
                </p>
                <h4>{s.title}</h4>
                {s.kind === "meeting_block" ? <SlotsNote session={s} /> : null}
                {s.speakers.length > 0 ? (
                  <p>
                    {t("events.speakers")}
                    {t("punct.colon")}
                    {s.speakers.map((p, i) => (
                      <span key={p.slug}>
                        {i > 0 ? ", " : null}
                        <Link to={`/people/${p.slug}`}>{p.name}</Link>
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function groupByDay(sessions: Session[]): [string, Session[]][] {
  const days = new Map<string, Session[]>();
  for (const s of sessions) {
    const day = s.startsLocal.slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return [...days.entries()];
}
