import { describe, expect, it } from "vitest";
import { type Actor, isStaff } from "../actor";
import { canDecideSide, canViewPairing, type SideParty, sidesOf } from "./access";

const coordinator: Actor = { userId: "u-coord", personId: null, roles: ["coordinator"] };
const admin: Actor = { userId: "u-admin", personId: "p-admin", roles: ["admin"] };
const student: Actor = { userId: "u-stu", personId: "p-stu", roles: [] };
const labHead: Actor = { userId: "u-head", personId: "p-head", roles: [] };
const visitor: Actor = { userId: "u-visit", personId: "p-visit", roles: [] };
const noProfile: Actor = { userId: "u-none", personId: null, roles: [] };

const sides: SideParty[] = [
  { side: "a", personId: "p-stu", organizationId: null },
  { side: "b", personId: null, organizationId: "lab-be" },
];
const member = (organizationId: string, isPrimary: boolean) => [{ organizationId, isPrimary }];

describe("pairing access rules", () => {
  it("treats coordinators and admins as staff", () => {
    expect([coordinator, admin, student].map(isStaff)).toEqual([true, true, false]);
  });

  it("lets staff and parties see a pairing, nobody else", () => {
    expect(canViewPairing(coordinator, [], sides)).toBe(true);
    expect(canViewPairing(admin, [], sides)).toBe(true);
    expect(canViewPairing(student, [], sides)).toBe(true);
    expect(canViewPairing(labHead, member("lab-be", true), sides)).toBe(true);
    // Any membership is enough to see the organization's pairings.
    expect(canViewPairing(visitor, member("lab-be", false), sides)).toBe(true);
    expect(canViewPairing(visitor, member("lab-ma", true), sides)).toBe(false);
    expect(canViewPairing(noProfile, [], sides)).toBe(false);
  });

  it("names the sides a party stands on", () => {
    expect(sidesOf(student, [], sides)).toEqual(["a"]);
    expect(sidesOf(labHead, member("lab-be", true), sides)).toEqual(["b"]);
    expect(sidesOf(coordinator, [], sides)).toEqual([]);
  });

  it("lets a party decide only its own side; an organization through primary members", () => {
    const [personSide, orgSide] = sides as [SideParty, SideParty];
    expect(canDecideSide(student, [], personSide)).toBe(true);
    expect(canDecideSide(student, [], orgSide)).toBe(false);
    expect(canDecideSide(labHead, member("lab-be", true), orgSide)).toBe(true);
    expect(canDecideSide(labHead, member("lab-be", true), personSide)).toBe(false);
    expect(canDecideSide(visitor, member("lab-be", false), orgSide)).toBe(false);
    expect(canDecideSide(coordinator, [], personSide)).toBe(true);
    expect(canDecideSide(admin, [], orgSide)).toBe(true);
    // A side whose party was deleted can only be handled by staff.
    const emptied: SideParty = { side: "a", personId: null, organizationId: null };
    expect(canDecideSide(noProfile, [], emptied)).toBe(false);
    expect(canDecideSide(coordinator, [], emptied)).toBe(true);
  });
});
