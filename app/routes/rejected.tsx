import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { GeneralErrorBoundary } from "~/components/error-boundary";

export const meta: MetaFunction = () => [{ title: "Passerelle" }];

/**
 * The error page of a request the HTTP layer refused (server/rejection-handler.ts): its status,
 * reason and request id, rendered by the error boundary in the reader's language. Reached only
 * through that handler; visited directly it is a 404.
 */
export function loader({ context }: LoaderFunctionArgs) {
  const rejection = context.rejection;
  if (!rejection) throw Response.json({ requestId: context.requestId }, { status: 404 });
  throw Response.json(
    {
      requestId: context.requestId,
      reason: rejection.reason,
      retryAfterSeconds: rejection.retryAfterSeconds,
    },
    { status: rejection.status },
  );
}

export default function Rejected() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
