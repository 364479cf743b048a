import { useId } from "react";
import { formatNumber } from "~/utils/i18n";
import { useLocale } from "~/utils/use-i18n";
import { ChartTable, type Datum, niceMax, useSummary } from "./chart-data";

/**
 * A horizontal bar chart in HTML: one row per datum (label, bar, value) that wraps on a phone
 * instead of shrinking or clipping its labels, mirrored in right-to-left pages by the logical
 * properties of its stylesheet. A titled image for assistive technology, followed by the same
 * numbers as a visually hidden table.
 */
export function BarChart({
  title,
  description,
  data,
  unit,
  valueHeader,
}: {
  title: string;
  description: string;
  data: readonly Datum[];
  /** Appended to values in the spoken summary ("3 places"). */
  unit?: string;
  valueHeader?: string;
}) {
  const id = useId();
  const summary = useSummary();
  const locale = useLocale();
  const max = niceMax(data.map((d) => d.value));
  return (
    <div className="chart">
      <div role="img" aria-labelledby={`${id}-t ${id}-d`} className="bar-chart">
        <span id={`${id}-t`} hidden>
          {title}
        </span>
        <span id={`${id}-d`} hidden>{`${description} ${summary(data, unit)}`}</span>
        {data.map((d) => (
          <div key={d.label} className="bar-row">
            <span className="bar-label">{d.label}</span>
            <span className="bar-track">
              <span
                className="bar-fill"
                style={{ inlineSize: d.value === 0 ? 0 : `${Math.max(1, (d.value / max) * 100)}%` }}
              />
            </span>
            <span className="bar-value">{formatNumber(d.value, locale)}</span>
          </div>
        ))}
      </div>
      <ChartTable caption={title} data={data} valueHeader={valueHeader} />
    </div>
  );
}
