import type { LoaderFunctionArgs } from "@remix-run/node";
import { clientIp } from "~/.server/auth/client-ip.server";
import { hitRateLimit, ipKey, perMinute } from "~/.server/auth/rate-limit.server";
import { getDb } from "~/.server/db.server";
import { publicOrigin } from "~/.server/email/links.server";
import { loadAgendaByFeedToken } from "~/.server/events/agenda.server";
import { agendaCalendar } from "~/.server/events/agenda-calendar.server";
import { isFeedToken } from "~/.server/events/feed.server";
import { getLocale } from "~/.server/locale.server";

/** Calendar apps poll a few times an hour; more than this per address is someone guessing. */
const FEED_REQUESTS_PER_MINUTE = 60;

/**
 * GET /events/feed/:token — the private iCalendar feed a calendar app subscribes to: no session,
 * the token is the key. An unknown, reset or malformed token is a plain 404.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const db = getDb();
  const limit = await hitRateLimit(
    db,
    ipKey("event-feed", clientIp(context)),
    perMinute(FEED_REQUESTS_PER_MINUTE),
  );
  if (!limit.allowed) {
    throw new Response("Too many requests", {
      status: 429,
      headers: { "Retry-After": String(Math.max(1, Math.ceil(limit.retryAfterMs / 1000))) },
    });
  }
  const token = params.token ?? "";
  const agenda = isFeedToken(token) ? await loadAgendaByFeedToken(db, token) : null;
  if (!agenda) throw new Response("Not found", { status: 404 });
  const locale = await getLocale(request);
  return new Response(agendaCalendar(agenda, locale, publicOrigin(request)), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      // The URL is a secret: never sent on as a referrer, never indexed.
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
