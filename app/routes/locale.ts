import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { z } from "zod";
import { localeCookie } from "~/.server/locale.server";
import { LOCALES } from "~/utils/i18n";
import { safeRedirect } from "~/utils/safe-redirect";

const LocaleChoiceSchema = z.object({
  locale: z.enum(LOCALES),
  // Only same-site paths: never an open redirect.
  redirectTo: z.unknown().transform((to) => safeRedirect(typeof to === "string" ? to : null)),
});

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData());
  const parsed = LocaleChoiceSchema.safeParse(form);
  if (!parsed.success) return redirect("/");
  return redirect(parsed.data.redirectTo, {
    headers: { "Set-Cookie": await localeCookie.serialize(parsed.data.locale) },
  });
}

export async function loader() {
  return redirect("/");
}
