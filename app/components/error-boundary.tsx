import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useT } from "~/utils/use-i18n";

/** One friendly page for every route: 404s say so, anything else shows a reference to quote. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (isRouteErrorResponse(error) && error.status === 403) {
    return (
      <section className="error-page" role="alert">
        <h1>{t("error.forbidden.title")}</h1>
        <p>{t("error.forbidden.body")}</p>
        <Link to="/">{t("error.backHome")}</Link>
      </section>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 403) {
    return (
      <section className="error-page" role="alert">
        <h1>{t("error.forbidden.title")}</h1>
        <p>{t("error.forbidden.body")}</p>
        <Link to="/">{t("error.backHome")}</Link>
      </section>
    );
  }
  const reference =
    isRouteErrorResponse(error) && typeof error.data === "object" && error.data
      ? (error.data as { requestId?: string }).requestId
      : undefined;
  return (
    <section className="error-page" role="alert">
      <h1>{t(notFound ? "error.notFound.title" : "error.generic.title")}</h1>
      <p>{t(notFound ? "error.notFound.body" : "error.generic.body")}</p>
      {reference ? <p className="muted">{t("error.reference", { id: reference })}</p> : null}
      <Link to="/">{t("error.backHome")}</Link>
    </section>
  );
}
