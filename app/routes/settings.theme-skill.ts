import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid } from "~/.server/http/form-reply.server";
import { addOwnSkill } from "~/.server/people.server";
import { getVocabulary } from "~/.server/taxonomy.server";
import { parseForm } from "~/utils/forms";
import { invariantResponse } from "~/utils/responses";
import { THEME_SKILL_LEVEL, ThemeSkillSchema } from "~/utils/theme-skill";

/** Only POST: the editor's "add this theme" buttons. */
export async function loader() {
  invariantResponse(false, "Not found");
}

/**
 * Adds a theme of one's publications to one's own skills (the profile is the session's, never an
 * id from the form), then back to the editor saying so. A forged or unknown concept is a 400.
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseForm(await request.formData(), ThemeSkillSchema);
  if (submission.status !== "success") return invalid(submission, {});
  const { skillId } = submission.value;
  const vocabulary = await getVocabulary();
  if (!vocabulary.skills.has(skillId)) {
    return invalid(submission, {}, { fieldErrors: { skillId: [{ key: "form.invalidChoice" }] } });
  }
  await addOwnSkill(getDb(), user.userId, skillId, THEME_SKILL_LEVEL);
  return redirect(`/settings/profile?themeAdded=${encodeURIComponent(skillId)}#publication-themes`);
}
