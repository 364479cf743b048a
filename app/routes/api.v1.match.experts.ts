import type { ActionFunctionArgs } from "@remix-run/node";
import { readJsonBody } from "~/.server/api/json-body.server";
import { jsonError, requireApiUser } from "~/.server/auth/api-tokens.server";
import { getDb } from "~/.server/db.server";
import { logError } from "~/.server/log.server";
import { matchExperts } from "~/.server/matching";
import { getSearchEngine } from "~/.server/search.server";
import { MatchExpertsRequestSchema } from "~/utils/matching-query";

export function loader() {
  return jsonError(405, "Use POST with a JSON body", { Allow: "POST" });
}

/**
 * POST /api/v1/match/experts {"text","filters","limit"} with `Authorization: Bearer <token>`:
 * experts ranked for a free text, each with its per-criterion breakdown.
 */
export async function action({ request }: ActionFunctionArgs) {
  await requireApiUser(request);
  const input = await readJsonBody(request, MatchExpertsRequestSchema);
  try {
    const result = await matchExperts(getDb(), getSearchEngine(), {
      ...input,
      audience: "members",
    });
    return Response.json(result);
  } catch (error) {
    const id = logError(error, request);
    return Response.json({ error: "Matching is unavailable", requestId: id }, { status: 503 });
  }
}
