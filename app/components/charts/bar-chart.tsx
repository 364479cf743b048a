import { useId } from "react";
import { direction } from "~/utils/i18n";
import { useLocale } from "~/utils/use-i18n";
import { ChartTable, type Datum, niceMax, useSummary } from "./chart-data";

const WIDTH = 640;
const ROW = 30;
const BAR = 20;
const LABEL = 230;
const VALUE = 48;

/**
 * A horizontal bar chart drawn on the server as SVG: a titled image (<title>, <desc> with every
 * value) followed by the same numbers as a visually hidden table. Mirrored in right-to-left pages.
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
  const rtl = direction(useLocale()) === "rtl";
  const max = niceMax(data.map((d) => d.value));
  const plot = WIDTH - LABEL - VALUE;
  const height = Math.max(1, data.length) * ROW + 8;
  // x in left-to-right coordinates, mirrored for right-to-left pages
  const x = (ltr: number, w = 0) => (rtl ? WIDTH - ltr - w : ltr);
  return (
    <div className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        className="chart-svg"
        direction="ltr"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{`${description} ${summary(data, unit)}`}</desc>
        {data.map((d, i) => {
          const y = 4 + i * ROW;
          const w = d.value === 0 ? 0 : Math.max(2, (d.value / max) * plot);
          return (
            <g key={d.label}>
              <text
                x={x(LABEL - 8)}
                y={y + BAR / 2}
                dominantBaseline="middle"
                textAnchor={rtl ? "start" : "end"}
                className="chart-label"
              >
                {d.label}
              </text>
              <rect x={x(LABEL, w)} y={y} width={w} height={BAR} rx={3} className="chart-bar" />
              <text
                x={x(LABEL + w + 6)}
                y={y + BAR / 2}
                dominantBaseline="middle"
                textAnchor={rtl ? "end" : "start"}
                className="chart-value"
              >
                {d.value}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable caption={title} data={data} valueHeader={valueHeader} />
    </div>
  );
}
