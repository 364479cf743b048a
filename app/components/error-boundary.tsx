import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

const PAGES: Record<number, { title: MessageKey; body: MessageKey }> = {
  403: { title: "error.forbidden.title", body: "error.forbidden.body" },
  404: { title: "error.notFound.title", body: "error.notFound.body" },
};
const GENERIC = { title: "error.generic.title", body: "error.generic.body" } as const;

/**
 * One friendly page for every route: 403 and 404 say so, anything else is generic. A reference
 * the user can quote shows when the response carries one (`requestId`, the id its log line has).
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const response = isRouteErrorResponse(error) ? error : null;
  const page = (response && PAGES[response.status]) || GENERIC;
  const reference =
    response && typeof response.data === "object" && response.data
      ? (response.data as { requestId?: string }).requestId
      : undefined;
  return (
    <section className="error-page" role="alert">
      <h1>{t(page.title)}</h1>
      <p>{t(page.body)}</p>
      {reference ? <p className="muted">{t("error.reference", { id: reference })}</p> : null}
      <Link to="/">{t("error.backHome")}</Link>
    </section>
  );
}
