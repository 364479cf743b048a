import { afterEach, beforeEach, vi } from "vitest";
import { setLogDestination } from "~/.server/log.server";

// An error logged during a test is a bug the test did not assert on: fail loudly.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (errors.length > 0) {
    throw new Error(
      `console.error was called during the test:\n${errors.map((a) => a.join(" ")).join("\n")}`,
    );
  }
});

/** For tests that expect an error to be logged: returns what was logged and clears it. */
export function takeLoggedErrors() {
  const taken = errors;
  errors = [];
  return taken;
}

/** Every JSON log line of this test file, newest last (tests read request ids and reasons). */
export const logLines: Record<string, unknown>[] = [];
// The app's structured log (app/.server/log.server.ts) is kept here instead of stdout; its
// error lines go through console.error, so they fail the test like any other logged error.
setLogDestination({
  write(line: string) {
    const entry = JSON.parse(line) as Record<string, unknown>;
    logLines.push(entry);
    if (logLines.length > 5000) logLines.shift();
    if (entry.level === "error" || entry.level === "fatal") console.error(line.trim());
  },
});
