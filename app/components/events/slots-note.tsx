import { useT } from "~/utils/use-i18n";

/** "4 slots of 30 min, 5 tables": what a meeting block holds. */
export function SlotsNote({
  session,
}: {
  session: { slots: number; slotMinutes: number | null; tables: number | null };
}) {
  const t = useT();
  return (
    <p className="muted">
      {t("events.slots", {
        count: session.slots,
        minutes: session.slotMinutes ?? 0,
        tables: session.tables ?? 0,
      })}
    </p>
  );
}
