import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { describeIssue } from "~/.server/api/json-body.server";
import { jsonError, readBearerToken, requireApiUser } from "~/.server/auth/api-tokens.server";
import { getOptionalUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { suggestMentors } from "~/.server/matching";
import { activeMenteesLoader } from "~/.server/mentorship";
import { MentorSuggestionsQuerySchema } from "~/utils/matching-query";

const PersonIdSchema = z.string().uuid("the person id must be a UUID");

/**
 * GET /api/v1/people/:id/mentor-suggestions?limit= — for coordinators and admins with a bearer
 * token, and for a signed-in student asking for their own person id (403 for anyone else's).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (readBearerToken(request)) {
    await requireApiUser(request);
  } else {
    const user = await getOptionalUser(request);
    if (!user) return jsonError(401, "Sign in, or send Authorization: Bearer <token>");
    if (user.person?.id !== params.id) {
      return jsonError(403, "You may only ask for your own mentor suggestions");
    }
  }
  const id = PersonIdSchema.safeParse(params.id);
  if (!id.success) return jsonError(400, describeIssue(id.error));
  const query = MentorSuggestionsQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!query.success) return jsonError(400, describeIssue(query.error));
  const db = getDb();
  const result = await suggestMentors(db, {
    personId: id.data,
    limit: query.data.limit,
    activeMentees: activeMenteesLoader(db),
  });
  if (!result) return jsonError(404, "No such person");
  return Response.json(result);
}
