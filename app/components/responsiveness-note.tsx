import { useT } from "~/utils/use-i18n";

export type ResponsivenessValue = {
  label: "within" | "less_responsive" | null;
  medianDays: number | null;
} | null;

/** "Usually responds within 3 days" or "Less responsive"; nothing without history. */
export function ResponsivenessNote({ value }: { value: ResponsivenessValue | undefined }) {
  const t = useT();
  if (!value?.label) return null;
  return (
    <p className="muted responsiveness" data-label={value.label}>
      {value.label === "within"
        ? t("mentorship.responsiveness.within", {
            days: t("count.days", { count: value.medianDays ?? 1 }),
          })
        : t("mentorship.responsiveness.less_responsive")}
    </p>
  );
}
