import type { ReactNode } from "react";
import { formatNumber, type Locale } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";

/**
 * One criterion of a match: its name, a bar and its points as text ("12 / 40 pts"). The bar is
 * decoration (aria-hidden): the numbers and the evidence beside it carry the meaning.
 */
export function CriterionRow({
  name,
  points,
  max,
  showMax = true,
  criterion,
  children,
}: {
  name: string;
  points: number;
  /** The bar's full length: the criterion's cap, or the whole score's scale. */
  max: number;
  /** False when `max` is the score's scale rather than this criterion's cap. */
  showMax?: boolean;
  criterion: string;
  children?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const share = max > 0 ? Math.max(0, Math.min(1, points / max)) : 0;
  const value = formatPoints(points, locale);
  return (
    <li className="criterion-row" data-criterion={criterion}>
      <div className="criterion-head">
        <span className="criterion-name">{name}</span>
        <span className="criterion-bar" aria-hidden="true">
          <span className="criterion-fill" style={{ inlineSize: `${Math.round(share * 100)}%` }} />
        </span>
        <span className="criterion-points">
          {showMax
            ? t("criterion.points", { points: value, max: formatPoints(max, locale) })
            : t("criterion.pointsOnly", { points: value })}
        </span>
      </div>
      {children ? <div className="criterion-evidence">{children}</div> : null}
    </li>
  );
}

/** Points are rounded to a tenth by the engine: "12,5" in French, "12.5" in English. */
export function formatPoints(points: number, locale: Locale) {
  return formatNumber(points, locale);
}
