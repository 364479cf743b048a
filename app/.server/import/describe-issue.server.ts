import { catalogues } from "~/locales";
import { direction, type Locale, type MessageKey, type Translate, translator } from "~/utils/i18n";
import type { ImportIssue } from "./import-issues.server";

const isMessageKey = (value: string): value is MessageKey => value in catalogues.fr;

/** Isolates a JSON name (Latin, dots and digits) so it reads whole inside an Arabic sentence. */
const isolated = (text: string) => `\u2068${text}\u2069`;
const asIs = (text: string) => text;

/**
 * The field a path names, in the reader's words with its JSON name after it:
 * ["skills", 2, "level"] → "le niveau de la compétence n° 3 (skills.2.level)".
 */
export function describeField(
  path: (string | number)[],
  t: Translate,
  isolate: (text: string) => string = asIs,
): string {
  const [top, index, child] = path;
  const jsonName = isolate(path.join("."));
  let key = `importField.${String(top)}`;
  const params: Record<string, number> = {};
  if (typeof index === "number") {
    key = `importField.${String(top)}.${typeof child === "string" ? child : "item"}`;
    params.n = index + 1;
  }
  const label = isMessageKey(key) ? t(key, params) : t("importField.other");
  return `${label} (${jsonName})`;
}

/** One issue as a sentence in the reader's language, without its line number. */
export function describeIssue(issue: ImportIssue, locale: Locale): string {
  const t = translator(locale);
  const isolate = direction(locale) === "rtl" ? isolated : asIs;
  const params: Record<string, string | number> = { ...issue.params };
  if (issue.path?.length) params.field = describeField(issue.path, t, isolate);
  if (issue.reason) params.reason = t(issue.reason);
  if (typeof params.expected === "string") {
    const expected = `importExpected.${params.expected}`;
    params.expected = isMessageKey(expected) ? t(expected) : params.expected;
  }
  for (const name of [
    "fields",
    "allowed",
    "detail",
    "doi",
    "received",
    "name",
    "label",
    "externalId",
  ]) {
    if (typeof params[name] === "string") params[name] = isolate(params[name] as string);
  }
  if (issue.code === "unknownFields" && issue.path?.length) {
    return t("importIssue.unknownFieldsIn", params);
  }
  return t(`importIssue.${issue.code}`, params);
}
