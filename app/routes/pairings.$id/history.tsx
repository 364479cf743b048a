import { formatDateTime, formatDay } from "~/utils/format-date";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import type { loader } from "./route";

type PairingEventRow = Awaited<ReturnType<typeof loader>>["events"][number];

/** Who changed what and when, oldest first. */
export function PairingHistory({ events }: { events: PairingEventRow[] }) {
  const t = useT();
  const locale = useLocale();
  const describe = (e: PairingEventRow) => {
    const actor = e.actorName ?? t("pairings.event.someone");
    switch (e.kind) {
      case "proposed":
        return t("pairings.event.proposed", { actor });
      case "status_changed":
        return t("pairings.event.status_changed", {
          actor,
          from: e.fromStatus ? t(`pairings.status.${e.fromStatus}`) : "—",
          to: e.toStatus ? t(`pairings.status.${e.toStatus}`) : "—",
        });
      case "side_decided":
        return t("pairings.event.side_decided", {
          actor,
          side: e.side ? t(`pairings.side.${e.side}`) : "—",
          decision: e.decision ? t(`pairings.decision.${e.decision}` as MessageKey) : "—",
        });
      case "due_changed":
        return t("pairings.event.due_changed", {
          actor,
          due: formatDay(e.dueAt, locale) ?? t("pairings.detail.noDue"),
        });
    }
  };
  return (
    <section aria-labelledby="pairing-history">
      <h2 id="pairing-history">{t("pairings.detail.history")}</h2>
      <ol className="pairing-history">
        {events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>{" "}
            — {describe(e)}
            {e.note ? <p className="muted">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
