import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getLocale } from "~/.server/locale.server";
import { suggestSkills } from "~/.server/skill-lookup.server";
import { LOCALES } from "~/utils/i18n";

const SkillSuggestQuerySchema = z.object({
  q: z.string().max(100).default(""),
  lang: z.enum(LOCALES).optional(),
});

/**
 * GET /api/v1/skills?q=…&lang=fr — taxonomy concepts whose label or synonym matches, in French,
 * English or Arabic, accent-insensitive. Feeds the profile editor's autocomplete.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = SkillSuggestQuerySchema.strict().safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return Response.json(
      { error: `${issue.path.join(".") || "query"}: ${issue.message}` },
      { status: 400 },
    );
  }
  const locale = parsed.data.lang ?? (await getLocale(request));
  return Response.json(
    { skills: await suggestSkills(parsed.data.q, locale) },
    // Shared caches only when the language is in the URL (otherwise it comes from a cookie).
    {
      headers: {
        "Cache-Control": parsed.data.lang ? "public, max-age=300" : "private, max-age=300",
      },
    },
  );
}
