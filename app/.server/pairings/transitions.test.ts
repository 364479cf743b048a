import { describe, expect, it } from "vitest";
import { PAIRING_STATUSES, type PairingStatus } from "../../../db/schema";
import { canTransition, checkTransition, isOpen, OPEN_STATUSES } from "./transitions";

// Written out by hand, independently of the table under test.
const ALLOWED: [PairingStatus, PairingStatus][] = [
  ["proposed", "contacted"],
  ["contacted", "agreed"],
  ["agreed", "convention_signed"],
  ["convention_signed", "active"],
  ["active", "completed"],
  ["proposed", "abandoned"],
  ["contacted", "abandoned"],
  ["agreed", "abandoned"],
  ["convention_signed", "abandoned"],
  ["active", "abandoned"],
];
const allowed = new Set(ALLOWED.map(([from, to]) => `${from}→${to}`));
const ALL_PAIRS = PAIRING_STATUSES.flatMap((from) =>
  PAIRING_STATUSES.map((to) => [from, to] as const),
);
const ACCEPTED = ["accepted", "accepted"] as const;

describe("the pairing pipeline", () => {
  it("covers the 49 ordered pairs of statuses: 10 allowed, 39 refused", () => {
    expect(ALL_PAIRS).toHaveLength(49);
    expect(ALL_PAIRS.filter(([f, t]) => allowed.has(`${f}→${t}`))).toHaveLength(10);
  });

  it.each(ALLOWED)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(
      checkTransition({
        from,
        to,
        reason: "no budget",
        decisions: ACCEPTED,
        conventionRecorded: true,
      }),
    ).toEqual({ ok: true });
  });

  it.each(ALL_PAIRS.filter(([f, t]) => !allowed.has(`${f}→${t}`)))(
    "refuses %s → %s",
    (from, to) => {
      expect(canTransition(from, to)).toBe(false);
      expect(checkTransition({ from, to, reason: "no budget", decisions: ACCEPTED })).toEqual({
        ok: false,
        reason: "invalid_transition",
      });
    },
  );

  it("knows which statuses are open", () => {
    expect(OPEN_STATUSES).toEqual([
      "proposed",
      "contacted",
      "agreed",
      "convention_signed",
      "active",
    ]);
    expect(isOpen("completed")).toBe(false);
    expect(isOpen("abandoned")).toBe(false);
  });

  it("asks a reason to abandon", () => {
    for (const from of OPEN_STATUSES) {
      expect(checkTransition({ from, to: "abandoned", decisions: ACCEPTED })).toEqual({
        ok: false,
        reason: "reason_required",
      });
      expect(checkTransition({ from, to: "abandoned", reason: "  ", decisions: ACCEPTED }).ok).toBe(
        false,
      );
    }
  });

  it("reaches agreement only when both sides accepted", () => {
    for (const decisions of [
      ["pending", "accepted"],
      ["accepted", "declined"],
      ["pending", "pending"],
    ] as const) {
      expect(checkTransition({ from: "contacted", to: "agreed", decisions })).toEqual({
        ok: false,
        reason: "sides_not_accepted",
      });
    }
    expect(checkTransition({ from: "contacted", to: "agreed", decisions: ACCEPTED })).toEqual({
      ok: true,
    });
  });
});
