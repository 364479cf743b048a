import type { LoaderFunctionArgs, ServerBuild } from "@remix-run/node";
import { type DomainError, isDomainError } from "../domain-error";

type Handler = (args: LoaderFunctionArgs) => unknown;
type RouteModule = { loader?: Handler; action?: Handler };

/**
 * The route boundary: the one place a DomainError becomes a response. A page gets the status (its
 * error boundary shows the 404 or 403 page), /api/* the JSON `{"error": code}`. Actions that show
 * a refusal on their form catch it before it gets here (utils/forms: refusalReply).
 */
export function domainErrorResponse(error: DomainError): Response {
  return Response.json({ error: error.code }, { status: error.status });
}

function guard(handler: Handler): Handler {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      if (isDomainError(error)) throw domainErrorResponse(error);
      throw error;
    }
  };
}

/** A route module whose loader and action answer a DomainError with its response. */
export function withDomainErrors<M extends RouteModule>(module: M): M {
  return {
    ...module,
    ...(module.loader ? { loader: guard(module.loader) } : {}),
    ...(module.action ? { action: guard(module.action) } : {}),
  };
}

/** Every route of a server build behind the boundary (server/remix-handler.ts serves this). */
export function withDomainErrorsBuild(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => [
      id,
      { ...route, module: withDomainErrors(route.module as RouteModule) },
    ]),
  ) as ServerBuild["routes"];
  return { ...build, routes };
}
