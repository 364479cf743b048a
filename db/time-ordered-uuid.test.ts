import { describe, expect, it } from "vitest";
import { timeOrderedUuid } from "./time-ordered-uuid";

describe("timeOrderedUuid", () => {
  it("is a version 7 UUID whose order follows the time it was made", () => {
    const earlier = timeOrderedUuid(Date.UTC(2026, 11, 5, 12));
    const later = timeOrderedUuid(Date.UTC(2026, 11, 5, 12) + 1);
    expect(earlier).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(earlier < later).toBe(true);
    expect(earlier.slice(0, 13)).toBe("01a24613-4e00");
    expect(timeOrderedUuid()).not.toBe(timeOrderedUuid());
  });
});
