import { describe, expect, it } from "vitest";
import { MENTORSHIP_STATUSES, type MentorshipStatus } from "../../../db/schema";
import { canMove, isOpen, type MoveBy, movesFor, OPEN_STATUSES, turnOf } from "./transitions";

// Written out by hand, independently of the table under test.
const ALLOWED: [MentorshipStatus, MentorshipStatus, MoveBy][] = [
  ["pending", "accepted", "mentor"],
  ["pending", "declined", "mentor"],
  ["pending", "more_info", "mentor"],
  ["pending", "withdrawn", "student"],
  ["pending", "expired", "system"],
  ["more_info", "pending", "student"],
  ["more_info", "accepted", "mentor"],
  ["more_info", "declined", "mentor"],
  ["more_info", "withdrawn", "student"],
  ["more_info", "expired", "system"],
  ["accepted", "ended", "mentor"],
  ["accepted", "ended", "student"],
];
const BY: MoveBy[] = ["mentor", "student", "system"];
const allowed = new Set(ALLOWED.map(([f, t, by]) => `${f}→${t}:${by}`));
const ALL = MENTORSHIP_STATUSES.flatMap((from) =>
  MENTORSHIP_STATUSES.flatMap((to) => BY.map((by) => [from, to, by] as const)),
);

describe("the mentorship request workflow", () => {
  it("covers 7 × 7 status pairs × 3 movers: 12 allowed, 135 refused", () => {
    expect(ALL).toHaveLength(147);
    expect(ALL.filter(([f, t, by]) => allowed.has(`${f}→${t}:${by}`))).toHaveLength(12);
  });

  it.each(ALLOWED)("allows %s → %s by the %s", (from, to, by) => {
    expect(canMove(from, to, by)).toBe(true);
  });

  it.each(ALL.filter(([f, t, by]) => !allowed.has(`${f}→${t}:${by}`)))(
    "refuses %s → %s by the %s",
    (from, to, by) => {
      expect(canMove(from, to, by)).toBe(false);
    },
  );

  it("knows what is open and whose turn it is", () => {
    expect(OPEN_STATUSES).toEqual(["pending", "more_info"]);
    expect(isOpen("accepted")).toBe(false);
    expect(turnOf("pending")).toBe("mentor");
    expect(turnOf("more_info")).toBe("student");
    expect(turnOf("expired")).toBeNull();
  });

  it("lists each party's moves", () => {
    expect(movesFor("pending", "mentor")).toEqual(["accepted", "declined", "more_info"]);
    expect(movesFor("pending", "student")).toEqual(["withdrawn"]);
    expect(movesFor("more_info", "student")).toEqual(["pending", "withdrawn"]);
    expect(movesFor("accepted", "mentor")).toEqual(["ended"]);
    expect(movesFor("accepted", "student")).toEqual(["ended"]);
    expect(movesFor("ended", "mentor")).toEqual([]);
  });
});
