// Private-use characters mark matches: unlike HTML tags they cannot be injected by user content,
// and the UI renders them as <mark> elements without dangerouslySetInnerHTML.
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

export type HighlightPart = { text: string; match: boolean };

export function splitHighlight(value: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const pattern = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, "g");
  let last = 0;
  for (const m of value.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: value.slice(last, m.index), match: false });
    parts.push({ text: m[1] ?? "", match: true });
    last = m.index + m[0].length;
  }
  if (last < value.length) parts.push({ text: value.slice(last), match: false });
  return parts.filter((p) => p.text !== "");
}

export function stripHighlight(value: string) {
  return value.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
}
