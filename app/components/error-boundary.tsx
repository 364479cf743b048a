import { isRouteErrorResponse, Link, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

type Message = { title: MessageKey; body: MessageKey };
/** What a refused or failed request tells the reader, by status (server/http-rejection.ts). */
const PAGES: Record<number, Message> = {
  400: { title: "error.badRequest.title", body: "error.badRequest.body" },
  403: { title: "error.forbidden.title", body: "error.forbidden.body" },
  404: { title: "error.notFound.title", body: "error.notFound.body" },
  405: { title: "error.methodNotAllowed.title", body: "error.methodNotAllowed.body" },
  413: { title: "error.tooLarge.title", body: "error.tooLarge.body" },
  415: { title: "error.badRequest.title", body: "error.badRequest.body" },
  429: { title: "error.tooMany.title", body: "error.tooMany.body" },
  503: { title: "error.unavailable.title", body: "error.unavailable.body" },
};
const GENERIC: Message = { title: "error.generic.title", body: "error.generic.body" };

/**
 * One friendly page for every route, by status; anything else is generic. A reference the user
 * can quote shows when one is known: the `requestId` the response carries, or the root data's of
 * the same navigation — the server log line carries it too.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const root = useRouteLoaderData<{ requestId?: string | null }>("root");
  const response = isRouteErrorResponse(error) ? error : null;
  const page = (response && PAGES[response.status]) || GENERIC;
  const details = (
    response && typeof response.data === "object" && response.data ? response.data : {}
  ) as { requestId?: string; retryAfterSeconds?: number };
  const reference = details.requestId ?? root?.requestId ?? undefined;
  return (
    <section className="error-page" role="alert">
      <h1>{t(page.title)}</h1>
      <p>{t(page.body, { seconds: details.retryAfterSeconds ?? 60 })}</p>
      {reference ? <p className="muted">{t("error.reference", { id: reference })}</p> : null}
      <Link to="/">{t("error.backHome")}</Link>
    </section>
  );
}
