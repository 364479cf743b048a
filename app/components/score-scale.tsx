import { scoreBand } from "~/utils/score-scale";
import { useT } from "~/utils/use-i18n";

/**
 * What a score out of 100 means, next to the results: for "describe your need", the bands of
 * the absolute scale (app/utils/score-scale.ts); for mentors, how the points are made.
 */
export function ScoreScaleNote({ kind }: { kind: "match" | "mentors" }) {
  const t = useT();
  return (
    <details className="score-scale">
      <summary>{t("scoreScale.title")}</summary>
      <p>{t(kind === "match" ? "scoreScale.match" : "scoreScale.mentors")}</p>
    </details>
  );
}

/** "forte adéquation" beside a "describe your need" score: its band on the scale. */
export function ScoreBand({ score }: { score: number }) {
  const t = useT();
  const band = scoreBand(score);
  return (
    <span className="score-band" data-band={band}>
      {t(`scoreScale.band.${band}`)}
    </span>
  );
}
