import { useId } from "react";
import { direction } from "~/utils/i18n";
import { useLocale } from "~/utils/use-i18n";
import { ChartTable, type Datum, niceMax, useSummary } from "./chart-data";

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 20, bottom: 36, side: 28 };

/**
 * Counts over consecutive periods (oldest first) as a line with labelled points, drawn on the
 * server as SVG with <title>/<desc> and a hidden table; time runs right to left in RTL pages.
 */
export function TimeSeries({
  title,
  description,
  data,
  valueHeader,
}: {
  title: string;
  description: string;
  data: readonly Datum[];
  valueHeader?: string;
}) {
  const id = useId();
  const summary = useSummary();
  const rtl = direction(useLocale()) === "rtl";
  const max = niceMax(data.map((d) => d.value));
  const plotW = WIDTH - 2 * PAD.side;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = data.length > 1 ? plotW / (data.length - 1) : 0;
  const points = data.map((d, i) => {
    const ltr = PAD.side + (data.length > 1 ? i * step : plotW / 2);
    return { ...d, x: rtl ? WIDTH - ltr : ltr, y: PAD.top + plotH - (d.value / max) * plotH };
  });
  const baseline = PAD.top + plotH;
  return (
    <div className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        className="chart-svg"
        direction="ltr"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{`${description} ${summary(data)}`}</desc>
        <g>
          <line
            x1={PAD.side}
            x2={WIDTH - PAD.side}
            y1={baseline}
            y2={baseline}
            className="chart-axis"
          />
          <polyline
            points={points.map((p) => `${p.x},${p.y}`).join(" ")}
            className="chart-line"
            fill="none"
          />
          {points.map((p, i) => (
            <g key={p.label}>
              <circle cx={p.x} cy={p.y} r={4} className="chart-point" />
              <text x={p.x} y={p.y - 8} textAnchor="middle" className="chart-value">
                {p.value}
              </text>
              {/* every other period named when crowded; the table and summary name them all */}
              {points.length <= 8 || (points.length - 1 - i) % 2 === 0 ? (
                <text x={p.x} y={baseline + 18} textAnchor="middle" className="chart-label small">
                  {p.label}
                </text>
              ) : null}
            </g>
          ))}
        </g>
      </svg>
      <ChartTable caption={title} data={data} valueHeader={valueHeader} />
    </div>
  );
}
