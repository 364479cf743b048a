import type { ActionFunctionArgs } from "@remix-run/node";
import { readJsonBody } from "~/.server/api/json-body.server";
import { jsonError, requireApiUser } from "~/.server/auth/api-tokens.server";
import { getDb } from "~/.server/db.server";
import { getLocale } from "~/.server/locale.server";
import { LabMatchRequestSchema, toApiSuggestion } from "~/.server/partners/api";
import { suggestPartnerLabs } from "~/.server/partners/suggest.server";

export function loader() {
  return jsonError(405, "Use POST with a JSON body", { Allow: "POST" });
}

/**
 * POST /api/v1/match/labs {"orgId","purpose","limit"} with `Authorization: Bearer <token>`:
 * partner labs for a lab (id or slug), typed by purpose, each with its breakdown.
 */
export async function action({ request }: ActionFunctionArgs) {
  await requireApiUser(request);
  const input = await readJsonBody(request, LabMatchRequestSchema);
  const [locale, found] = await Promise.all([
    getLocale(request),
    suggestPartnerLabs(getDb(), input.orgId, {
      purpose: input.purpose,
      limit: input.limit,
      countryPreference: input.countryPreference,
    }),
  ]);
  if (!found) return jsonError(404, `No organization ${JSON.stringify(input.orgId)}`);
  return Response.json({
    source: { id: found.source.id, slug: found.source.slug, name: found.source.name },
    results: found.suggestions.map((s) => toApiSuggestion(s, locale)),
  });
}
