import type { IssueGroup, PresentedReport } from "~/.server/import/present-report.server";
import { useT } from "~/utils/use-i18n";

/** Counts, then the rejected lines grouped by reason (most frequent first), then the warnings. */
export function ImportReportView({ report }: { report: PresentedReport }) {
  const t = useT();
  return (
    <section className="import-report stack" aria-live="polite">
      <p data-testid="import-summary">{report.summary}</p>
      {report.rejectedLines === 0 ? (
        <p>{t("import.allGood")}</p>
      ) : (
        <Groups
          testId="rejected-lines"
          title={`${t("import.rejectedTitle")} (${t("importReport.lineCount", { count: report.rejectedLines })})`}
          groups={report.rejected}
          more={report.moreRejected}
        />
      )}
      {report.warnings.length > 0 ? (
        <Groups
          testId="import-warnings"
          title={t("import.warningsTitle")}
          groups={report.warnings}
          more={report.moreWarnings}
        />
      ) : null}
    </section>
  );
}

function Groups({
  title,
  groups,
  more,
  testId,
}: {
  title: string;
  groups: IssueGroup[];
  more: number;
  testId: string;
}) {
  const t = useT();
  return (
    <div data-testid={testId}>
      <h2>{title}</h2>
      <ul className="import-issues">
        {groups.map((g) => (
          <li key={g.text}>{g.text}</li>
        ))}
      </ul>
      {more > 0 ? <p>{t("importReport.moreReasons", { count: more })}</p> : null}
    </div>
  );
}
