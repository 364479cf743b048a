import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { z } from "zod";
import { localeCookie } from "~/.server/locale.server";
import { parseForm } from "~/utils/forms";
import { LOCALES } from "~/utils/i18n";
import { safeRedirect } from "~/utils/safe-redirect";

const LocaleChoiceSchema = z.object({
  locale: z.enum(LOCALES),
  // Only same-site paths: never an open redirect.
  redirectTo: z.unknown().transform((to) => safeRedirect(typeof to === "string" ? to : null)),
});

/** The header's language buttons (a plain form: it posts no user input; see ADR 032). */
export async function action({ request }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), LocaleChoiceSchema);
  if (submission.status !== "success") return redirect("/");
  return redirect(submission.value.redirectTo, {
    headers: { "Set-Cookie": await localeCookie.serialize(submission.value.locale) },
  });
}

export async function loader() {
  return redirect("/");
}
