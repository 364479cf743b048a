import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { publicOrigin } from "~/.server/email/links.server";
import { loadAgenda } from "~/.server/events/agenda.server";
import { agendaCalendar } from "~/.server/events/agenda-calendar.server";
import { getLocale } from "~/.server/locale.server";

/** GET /events/:slug/agenda.ics — the signed-in participant's agenda as a calendar file. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const [agenda, locale] = await Promise.all([loadAgenda(getDb(), user, slug), getLocale(request)]);
  return new Response(agendaCalendar(agenda, locale, publicOrigin(request)), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-agenda.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
