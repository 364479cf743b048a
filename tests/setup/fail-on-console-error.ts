import { afterEach, beforeEach, vi } from "vitest";

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
