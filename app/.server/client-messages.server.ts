import { createHash } from "node:crypto";
import { catalogues, type Messages } from "~/locales";
import type { Locale } from "~/utils/i18n";

/** Messages only server code renders (e-mails, notifications): the browser never needs them. */
const SERVER_ONLY = ["email.", "notification.", "reminders."];

type Script = { body: string; hash: string };
const scripts = new Map<Locale, Script>();

/** One language's messages as an ES module, and the hash that names it (cached for a year). */
export function messagesScript(locale: Locale): Script {
  let script = scripts.get(locale);
  if (!script) {
    const shipped = Object.fromEntries(
      Object.entries(catalogues[locale]).filter(
        ([key]) => !SERVER_ONLY.some((p) => key.startsWith(p)),
      ),
    ) as Messages;
    const json = JSON.stringify(shipped);
    // JSON.parse of a string literal is faster for the browser than an object literal this size.
    const body = `export default JSON.parse(${JSON.stringify(json)});\n`;
    script = { body, hash: createHash("sha256").update(body).digest("hex").slice(0, 12) };
    scripts.set(locale, script);
  }
  return script;
}

export function messagesHref(locale: Locale) {
  return `/i18n/${locale}.${messagesScript(locale).hash}.js`;
}
