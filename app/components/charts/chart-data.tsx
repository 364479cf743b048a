import { formatList } from "~/utils/format-list";
import { useLocale, useT } from "~/utils/use-i18n";

export type Datum = { label: string; value: number };

/** "label : value, label : value et label : value" in the page's language, for aria summaries and <desc>. */
export function useSummary() {
  const t = useT();
  const locale = useLocale();
  return (data: readonly Datum[], unit?: string) =>
    formatList(
      data.map((d) =>
        t("dash.summary.item", { label: d.label, value: unit ? `${d.value} ${unit}` : d.value }),
      ),
      locale,
    );
}

/** The chart's numbers as a table for screen readers (visually hidden). */
export function ChartTable({
  caption,
  data,
  valueHeader,
}: {
  caption: string;
  data: readonly Datum[];
  valueHeader?: string;
}) {
  const t = useT();
  return (
    // The wrapper hides it: a table ignores width: 1px and would widen a phone's page.
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dash.table.category")}</th>
            <th scope="col">{valueHeader ?? t("dash.table.value")}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td>{d.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A round upper bound for the scale: 1, 2, 5, 10, 20, 50… at least the largest value. */
export function niceMax(values: readonly number[]): number {
  const max = Math.max(1, ...values);
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= max) ?? 10;
  return step * magnitude;
}
