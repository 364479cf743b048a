import type { CriterionId } from "~/.server/partners/types";
import { useT } from "~/utils/use-i18n";

export type PartnerCriterionRow = {
  id: CriterionId;
  points: number;
  max: number;
  evidence: string | null;
};

/** A partner suggestion's criteria, folded: points and evidence per criterion (localized on the server). */
export function PartnerCriteria({ rows }: { rows: PartnerCriterionRow[] }) {
  const t = useT();
  return (
    <details>
      <summary>{t("partners.page.breakdown")}</summary>
      <table className="data-table breakdown">
        <thead>
          <tr>
            <th scope="col">{t("partners.page.criterion")}</th>
            <th scope="col">{t("partners.page.points")}</th>
            <th scope="col">{t("partners.page.evidence")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-criterion={row.id}>
              <th scope="row">{t(`partners.criterion.${row.id}`)}</th>
              <td>
                {row.points} / {row.max}
              </td>
              <td>{row.evidence ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
