import type { LoaderFunctionArgs } from "@remix-run/node";
import { messagesScript } from "~/.server/client-messages.server";
import { isLocale } from "~/utils/i18n";

/**
 * GET /i18n/fr.<hash>.js — one language's messages for the browser (see
 * app/locales/client-catalogues.ts). The hash names the content: cached for a year.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const [, locale, hash] = /^([a-z]{2})(?:\.([0-9a-f]+))?\.js$/.exec(params.file ?? "") ?? [];
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const script = messagesScript(locale);
  const current = hash === script.hash;
  return new Response(script.body, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // No hash or an old one (a page from before a release): today's messages, uncached.
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache",
    },
  });
}
