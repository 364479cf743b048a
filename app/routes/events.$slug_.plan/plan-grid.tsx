import type { PlanView } from "~/.server/events/planning";
import { useLocale, useT } from "~/utils/use-i18n";

type Block = PlanView["blocks"][number];
type Meeting = PlanView["meetings"][number];

/**
 * One meeting block as a grid: a row per slot (its time in the event's zone), the taken tables
 * as cards that wrap, so 40 tables read on a phone as well as on a desktop.
 */
export function PlanGrid({
  block,
  meetings,
  timeZone,
}: {
  block: Block;
  meetings: Meeting[];
  timeZone: string;
}) {
  const t = useT();
  const locale = useLocale();
  const time = new Intl.DateTimeFormat(locale === "ar" ? "ar-MA-u-nu-latn" : locale, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
  });
  const day = new Intl.DateTimeFormat(locale === "ar" ? "ar-MA-u-nu-latn" : locale, {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
  });
  const title =
    (locale === "en" && block.titleEn) || (locale === "ar" && block.titleAr) || block.title;
  const first = block.slots[0];
  return (
    <section className="plan-block" aria-labelledby={`block-${block.id}`}>
      <h2 id={`block-${block.id}`}>
        {title}
        {first ? ` — ${day.format(first.startsAt)}` : ""}
      </h2>
      <p className="muted">
        {[block.room, t("events.plan.tables", { count: block.tables })].filter(Boolean).join(" · ")}
      </p>
      <ol className="plan-slots">
        {block.slots.map((slot) => {
          const here = meetings
            .filter((m) => m.draft?.sessionId === block.id && m.draft.slotIndex === slot.index)
            .sort((a, b) => a.draft!.tableNumber - b.draft!.tableNumber);
          return (
            <li
              key={slot.index}
              className="plan-slot"
              data-testid={`slot-${block.id}-${slot.index}`}
            >
              <time className="plan-slot-time" dateTime={new Date(slot.startsAt).toISOString()}>
                {time.format(slot.startsAt)}
              </time>
              <ul className="plan-tables">
                {here.map((m) => (
                  <li key={m.id} className={m.locked ? "plan-table locked" : "plan-table"}>
                    <span className="plan-table-number">
                      {t("events.plan.table", { table: m.draft!.tableNumber })}
                    </span>{" "}
                    <bdi>{m.fromName}</bdi> ↔ <bdi>{m.toName}</bdi>
                    {m.locked ? (
                      <span className="visually-hidden"> ({t("events.plan.locked")})</span>
                    ) : null}
                    {m.locked ? <span aria-hidden="true"> 🔒</span> : null}
                  </li>
                ))}
                <li className="plan-free muted">
                  {t("events.plan.freeTables", { count: block.tables - here.length })}
                </li>
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
