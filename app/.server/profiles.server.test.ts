import { describe, expect, test } from "vitest";
import { type Actor, ANONYMOUS } from "./actor";
import { canSeeProfile } from "./profiles.server";

const owner = { id: "p-owner", userId: "u-owner" };
const viewers: Record<string, Actor> = {
  anonymous: ANONYMOUS,
  member: { userId: "u-other", personId: "p-other", roles: [] },
  owner: { userId: "u-owner", personId: "p-owner", roles: [] },
  coordinator: { userId: "u-coord", personId: "p-coord", roles: ["coordinator"] },
  admin: { userId: "u-admin", personId: null, roles: ["admin"] },
};
const see = (visibility: string, verification: string) =>
  Object.fromEntries(
    Object.entries(viewers).map(([name, viewer]) => [
      name,
      canSeeProfile({ ...owner, visibility, verification }, viewer),
    ]),
  );

describe("canSeeProfile", () => {
  test("public → everyone", () => {
    expect(see("public", "verified")).toEqual({
      anonymous: true,
      member: true,
      owner: true,
      coordinator: true,
      admin: true,
    });
  });
  test("members → signed-in users", () => {
    expect(see("members", "verified")).toEqual({
      anonymous: false,
      member: true,
      owner: true,
      coordinator: true,
      admin: true,
    });
  });
  test("hidden → the owner, coordinators and admins", () => {
    expect(see("hidden", "verified")).toEqual({
      anonymous: false,
      member: false,
      owner: true,
      coordinator: true,
      admin: true,
    });
  });
  test("pending or rejected → the owner and staff, whatever the visibility", () => {
    for (const verification of ["pending", "rejected"]) {
      expect(see("public", verification)).toEqual({
        anonymous: false,
        member: false,
        owner: true,
        coordinator: true,
        admin: true,
      });
    }
  });
});
