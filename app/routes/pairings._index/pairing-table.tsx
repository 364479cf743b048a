import { Link } from "@remix-run/react";
import { formatDay } from "~/utils/format-date";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import type { PairingRow } from "./queries.server";

export function PairingTable({ rows }: { rows: PairingRow[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <table className="data-table pairing-table">
      <thead>
        <tr>
          <th scope="col">{t("pairings.col.parties")}</th>
          <th scope="col">{t("pairings.col.purpose")}</th>
          <th scope="col">{t("pairings.col.status")}</th>
          <th scope="col">{t("pairings.col.due")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link to={`/pairings/${row.id}`}>
                {row.parties.map((p) => p.name ?? t("pairings.removedParty")).join(" – ")}
              </Link>
            </td>
            <td>{t(`offer.${row.purpose}` as MessageKey)}</td>
            <td>
              <span className={`badge status-${row.status}`}>
                {t(`pairings.status.${row.status}`)}
              </span>
            </td>
            <td>{formatDay(row.dueAt, locale) ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
