import { Link } from "@remix-run/react";
import { type DirectoryQuery, queryToSearchParams } from "~/utils/directory-query";
import { useT } from "~/utils/use-i18n";

export function Pagination({
  query,
  page,
  totalPages,
}: {
  query: DirectoryQuery;
  page: number;
  totalPages: number;
}) {
  const t = useT();
  if (totalPages <= 1) return null;
  const href = (p: number) => `?${queryToSearchParams({ ...query, page: p }).toString()}`;
  return (
    <nav className="pagination" aria-label={t("directory.page", { page, pages: totalPages })}>
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          {t("directory.previous")}
        </Link>
      ) : null}
      <span>{t("directory.page", { page, pages: totalPages })}</span>
      {page < totalPages ? (
        <Link to={href(page + 1)} rel="next">
          {t("directory.next")}
        </Link>
      ) : null}
    </nav>
  );
}
