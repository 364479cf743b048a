import { GeneralErrorBoundary } from "~/components/error-boundary";
import { invariantResponse } from "~/utils/responses";

// Unknown paths get the same friendly 404 page as a missing profile.
export async function loader() {
  invariantResponse(false, "Not found");
}

export async function action() {
  invariantResponse(false, "Not found");
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
