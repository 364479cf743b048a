import { DoiLink } from "~/components/doi-link";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

export type PublicationImportReport = {
  added: { title: string; year: number; doi: string | null }[];
  merged: { title: string; year?: number; by: "doi" | "title" | "inFile" }[];
  refused: { label: string; reason: MessageKey }[];
};

const BY: Record<PublicationImportReport["merged"][number]["by"], MessageKey> = {
  doi: "publicationImport.report.byDoi",
  title: "publicationImport.report.byTitle",
  inFile: "publicationImport.report.inFile",
};

/** What an upload did: publications added, merged with one already there, refused (and why). */
export function PublicationImportReportView({ report }: { report: PublicationImportReport }) {
  const t = useT();
  return (
    <section className="import-report" aria-labelledby="publication-import-report">
      <h2 id="publication-import-report" role="status">
        {t("publicationImport.report.summary", {
          added: report.added.length,
          merged: report.merged.length,
          refused: report.refused.length,
        })}
      </h2>
      {report.added.length > 0 ? (
        <>
          <h3>{t("publicationImport.report.added")}</h3>
          <ul>
            {report.added.map((p) => (
              <li key={`${p.title}-${p.year}`} dir="auto">
                {p.title} ({p.year})
                {p.doi ? (
                  <>
                    {" · "}
                    <DoiLink doi={p.doi} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.merged.length > 0 ? (
        <>
          <h3>{t("publicationImport.report.merged")}</h3>
          <ul>
            {report.merged.map((p) => (
              <li key={`${p.by}|${p.title}`} dir="auto">
                {p.title} <span className="muted">({t(BY[p.by])})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.refused.length > 0 ? (
        <>
          <h3>{t("publicationImport.report.refused")}</h3>
          <ul>
            {report.refused.map((r) => (
              <li key={`${r.reason}|${r.label}`}>
                <span dir="auto">{r.label}</span> — {t(r.reason)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
