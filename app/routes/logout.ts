import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { getCurrentSession } from "~/.server/auth/require-user.server";
import { serializeBlankSessionCookie } from "~/.server/auth/session-cookie.server";
import { invalidateSession } from "~/.server/auth/sessions.server";
import { getDb } from "~/.server/db.server";

/** POST only: a link or an image cannot sign anyone out. */
export async function action({ request }: ActionFunctionArgs) {
  const session = await getCurrentSession(request);
  if (session) await invalidateSession(getDb(), session.id);
  return redirect("/", { headers: { "Set-Cookie": serializeBlankSessionCookie() } });
}

export async function loader() {
  return redirect("/");
}
