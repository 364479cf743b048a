import { isRouteErrorResponse, Link, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

/** One friendly page for every route: 404s say so, anything else shows a reference to quote. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const root = useRouteLoaderData<{ requestId?: string | null }>("root");
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
  const details = (
    isRouteErrorResponse(error) && typeof error.data === "object" && error.data ? error.data : {}
  ) as { requestId?: string; retryAfterSeconds?: number };
  // The request id of the failed request: sent with the error, or with the root data of the same
  // navigation; the server log line carries it too.
  const reference = details.requestId ?? root?.requestId ?? undefined;
  const message = notFound
    ? NOT_FOUND
    : (isRouteErrorResponse(error) && BY_STATUS[error.status]) || GENERIC;
  return (
    <section className="error-page" role="alert">
      <h1>{t(message.title)}</h1>
      <p>{t(message.body, { seconds: details.retryAfterSeconds ?? 60 })}</p>
      {reference ? <p className="muted">{t("error.reference", { id: reference })}</p> : null}
      <Link to="/">{t("error.backHome")}</Link>
    </section>
  );
}

type Message = { title: MessageKey; body: MessageKey };
const NOT_FOUND: Message = { title: "error.notFound.title", body: "error.notFound.body" };
const GENERIC: Message = { title: "error.generic.title", body: "error.generic.body" };
/** What a refused or failed request tells the reader, by status (server/http-rejection.ts). */
const BY_STATUS: Record<number, Message> = {
  400: { title: "error.badRequest.title", body: "error.badRequest.body" },
  405: { title: "error.methodNotAllowed.title", body: "error.methodNotAllowed.body" },
  413: { title: "error.tooLarge.title", body: "error.tooLarge.body" },
  415: { title: "error.badRequest.title", body: "error.badRequest.body" },
  429: { title: "error.tooMany.title", body: "error.tooMany.body" },
  503: { title: "error.unavailable.title", body: "error.unavailable.body" },
};
