import { type Locale, translator } from "~/utils/i18n";
import { describeIssue } from "./describe-issue.server";
import type { ImportIssue } from "./import-issues.server";
import type { ImportReport } from "./import-people.server";

/** Lines that share one reason: "Lignes 2, 5, 9 et 330 autres : l'identifiant externe … ". */
export type IssueGroup = { text: string; count: number };

export type PresentedReport = Pick<ImportReport, "lines" | "created" | "updated" | "unchanged"> & {
  /** "1 ligne : 1 créée, 0 mise à jour, 0 inchangée, 0 refusée." in the reader's language. */
  summary: string;
  rejectedLines: number;
  rejected: IssueGroup[];
  moreRejected: number;
  warnings: IssueGroup[];
  moreWarnings: number;
};

const LINES_SHOWN = 10;
const GROUPS_SHOWN = 20;

/**
 * An import's report in the reader's language, grouped so that a file with thousands of bad lines
 * reads as a few reasons: the most frequent first, each with its first line numbers.
 */
export function presentReport(report: ImportReport, locale: Locale): PresentedReport {
  const rejected = group(
    report.rejected.flatMap((r) => r.issues.map((issue) => ({ line: r.line, issue }))),
    locale,
  );
  const warnings = group(report.warnings, locale);
  return {
    summary: importSummary({ ...report, rejectedLines: report.rejected.length }, locale),
    lines: report.lines,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    rejectedLines: report.rejected.length,
    rejected: rejected.slice(0, GROUPS_SHOWN),
    moreRejected: Math.max(0, rejected.length - GROUPS_SHOWN),
    warnings: warnings.slice(0, GROUPS_SHOWN),
    moreWarnings: Math.max(0, warnings.length - GROUPS_SHOWN),
  };
}

export type ImportCounts = Pick<ImportReport, "lines" | "created" | "updated" | "unchanged"> & {
  rejectedLines: number;
};

/**
 * The import's counts as one sentence, each count in its own plural form (Arabic's six): the page
 * and `npm run import` say the same.
 */
export function importSummary(counts: ImportCounts, locale: Locale): string {
  const t = translator(locale);
  return t("import.summary", {
    lines: t("importReport.lineCount", { count: counts.lines }),
    created: t("import.summary.created", { count: counts.created }),
    updated: t("import.summary.updated", { count: counts.updated }),
    unchanged: t("import.summary.unchanged", { count: counts.unchanged }),
    rejected: t("import.summary.rejected", { count: counts.rejectedLines }),
  });
}

function group(items: { line: number; issue: ImportIssue }[], locale: Locale): IssueGroup[] {
  const t = translator(locale);
  const byMessage = new Map<string, number[]>();
  for (const { line, issue } of items) {
    const message = describeIssue(issue, locale);
    const lines = byMessage.get(message);
    if (lines) {
      if (lines.at(-1) !== line) lines.push(line);
    } else byMessage.set(message, [line]);
  }
  const separator = locale === "ar" ? "، " : ", ";
  return [...byMessage]
    .sort(([, a], [, b]) => b.length - a.length || a[0]! - b[0]!)
    .map(([message, lines]) => {
      const shown = lines.slice(0, LINES_SHOWN).join(separator);
      const more = lines.length - LINES_SHOWN;
      const listed = more > 0 ? t("importReport.andMore", { lines: shown, count: more }) : shown;
      return {
        text: t("importReport.atLines", { count: lines.length, lines: listed, message }),
        count: lines.length,
      };
    });
}
