/**
 * "Scripts run in this browser": set once the page hydrates, read by entry.server.tsx. Only such a
 * browser gets a page whose slow parts stream after the rest (React swaps them in with an inline
 * script); any other reader gets the whole page at once, so nothing stays behind a fallback
 * (docs/decisions/073-participants-page-streams-its-suggestions.md).
 */
const NAME = "scripts";

export function scriptsRun(cookieHeader: string | null): boolean {
  return (cookieHeader ?? "").split(/;\s*/).includes(`${NAME}=on`);
}

export function rememberScriptsRun() {
  if (scriptsRun(document.cookie)) return;
  const secure = location.protocol === "https:" ? "; Secure" : "";
  // biome-ignore lint/suspicious/noDocumentCookie: every browser has it; the Cookie Store API is async and recent
  document.cookie = `${NAME}=on; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}
