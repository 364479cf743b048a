import { parseWithZod } from "@conform-to/zod";
import { type ActionFunctionArgs, data, redirect } from "@remix-run/node";
import { requireUser } from "~/.server/auth/require-user.server";
import { addOwnSkill } from "~/.server/people.server";
import { getVocabulary } from "~/.server/taxonomy.server";
import { THEME_SKILL_LEVEL, ThemeSkillSchema } from "~/utils/theme-skill";
import { getDb } from "../../db/client";

/** Only POST: the editor's "add this theme" buttons. */
export async function loader() {
  throw new Response("Not found", { status: 404 });
}

/**
 * Adds a theme of one's publications to one's own skills (the profile is the session's, never an
 * id from the form), then back to the editor saying so. A forged or unknown concept is a 400.
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: ThemeSkillSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const { skillId } = submission.value;
  const vocabulary = await getVocabulary();
  if (!vocabulary.skills.has(skillId)) {
    return data(
      { result: submission.reply({ fieldErrors: { skillId: ["form.invalidChoice"] } }) },
      { status: 400 },
    );
  }
  await addOwnSkill(getDb(), user.id, skillId, THEME_SKILL_LEVEL);
  return redirect(`/settings/profile?themeAdded=${encodeURIComponent(skillId)}#publication-themes`);
}
