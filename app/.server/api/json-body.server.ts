import type { z } from "zod";
import { jsonError } from "../auth/api-tokens.server";

const MAX_BODY_BYTES = 64 * 1024;

/** "filters.country: country must be an ISO code like MA" — the first problem, for a 400. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid request";
  const where = issue.path.join(".");
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * The request's JSON body validated by a schema; anything else throws a JSON 400 with a message
 * (a body that is not JSON, too large, or does not fit the schema). Never a 500.
 */
export async function readJsonBody<S extends z.ZodTypeAny>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  if (request.method !== "POST") throw jsonError(405, "Use POST", { Allow: "POST" });
  const raw = await request.text();
  if (new TextEncoder().encode(raw).length > MAX_BODY_BYTES) {
    throw jsonError(413, "The request body is too large (64 KB at most)");
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw jsonError(400, "The request body must be JSON");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw jsonError(400, describeIssue(parsed.error));
  return parsed.data;
}
