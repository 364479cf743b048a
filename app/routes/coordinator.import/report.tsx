import type { ImportReport } from "~/.server/import/import-people.server";
import { useT } from "~/utils/use-i18n";

/** Counts, then every rejected line with its reason, then the warnings. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  return (
    <section className="import-report" aria-live="polite">
      <p data-testid="import-summary">
        {t("import.summary", {
          lines: report.lines,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected.length,
        })}
      </p>
      {report.rejected.length === 0 ? (
        <p>{t("import.allGood")}</p>
      ) : (
        <>
          <h2>{t("import.rejectedTitle")}</h2>
          <table data-testid="rejected-lines">
            <thead>
              <tr>
                <th scope="col">{t("import.line")}</th>
                <th scope="col">{t("import.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r) => (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <td dir="ltr">{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {report.warnings.length > 0 ? (
        <>
          <h2>{t("import.warningsTitle")}</h2>
          <ul>
            {report.warnings.map((w) => (
              <li key={`${w.line}-${w.message}`} dir="ltr">
                {t("import.line")} {w.line}: {w.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
