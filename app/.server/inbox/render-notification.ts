import { catalogues } from "~/locales";
import { formatDay } from "~/utils/format-date";
import { type Locale, type MessageKey, translator } from "~/utils/i18n";

type Payload = Record<string, string | number | null>;

const isMessageKey = (key: string): key is MessageKey => key in catalogues.fr;

/** A payload value that names a vocabulary item is shown with its label in the reader's language. */
const VOCABULARY: Record<string, (value: string) => string> = {
  purpose: (v) => `offer.${v}`,
  from: (v) => `pairings.status.${v}`,
  to: (v) => `pairings.status.${v}`,
  status: (v) => `pairings.status.${v}`,
  decision: (v) => `pairings.decision.${v}`,
};
const DATES = new Set(["dueAt", "due", "date", "at"]);

/**
 * The text of a notification in the reader's language, from `notification.<kind>` and the row's
 * payload. Any kind registered in the merged catalogue renders (features add their own keys); an
 * unknown kind, or an odd payload, falls back to a generic line instead of failing the page.
 */
export function renderNotification(
  locale: Locale,
  notification: { kind: string; payload: unknown },
): string {
  const t = translator(locale);
  const key = `notification.${notification.kind}`;
  if (!isMessageKey(key)) return t("notification.unknown");
  return t(key, paramsOf(locale, notification.payload));
}

function paramsOf(locale: Locale, raw: unknown): Record<string, string | number> {
  const t = translator(locale);
  const params: Record<string, string | number> = {};
  const numbers: number[] = [];
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return params;
  const payload = raw as Payload;
  for (const [name, value] of Object.entries(payload)) {
    if (name.includes("@")) continue;
    // A name written in several languages carries its translations as `<name>@<locale>`.
    const translated = payload[`${name}@${locale}`];
    if (typeof translated === "string" && translated !== "") {
      params[name] = translated;
      continue;
    }
    if (value === null || value === undefined) {
      params[name] = "—";
      continue;
    }
    if (typeof value !== "string" && typeof value !== "number") continue;
    if (typeof value === "number") {
      // Formatted in the reader's language by the translator.
      params[name] = value;
      numbers.push(value);
      continue;
    }
    const text = String(value);
    const vocabularyKey = VOCABULARY[name]?.(text);
    if (vocabularyKey && isMessageKey(vocabularyKey)) params[name] = t(vocabularyKey);
    else if (DATES.has(name) && !Number.isNaN(Date.parse(text)))
      params[name] = formatDay(new Date(text), locale) ?? text;
    else params[name] = text;
  }
  // A payload's one number ("days") chooses the message's plural form.
  if (!("count" in params) && numbers.length === 1) params.count = numbers[0] as number;
  return params;
}
