import { describe, expect, it } from "vitest";
import { COUNTRIES, ORGANIZATION_KINDS } from "../../db/schema";
import { ALL_ORGANIZATIONS, LAB_PARTNERSHIPS } from "./institutions";
import { NAME_POOLS } from "./names";
import { EXPERT_ROLES, RESEARCHER_ROLES } from "./roles";
import { BIOS, HEADLINES, OFFER_DETAILS, STUDENT_HEADLINES } from "./templates";

// The JSON files in ./data escape the type checker: check what their typed modules claim.
describe("demo seed data", () => {
  it("describes organizations with known kinds, countries and earlier parents", () => {
    const seen = new Set<string>();
    for (const spec of ALL_ORGANIZATIONS) {
      expect(ORGANIZATION_KINDS, spec.key).toContain(spec.kind);
      expect(COUNTRIES, spec.key).toContain(spec.country);
      expect([undefined, "fr", "nl"], spec.key).toContain(spec.community);
      expect(spec.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (spec.parent) expect(seen.has(spec.parent), `${spec.key} → ${spec.parent}`).toBe(true);
      expect(seen.has(spec.key), spec.key).toBe(false);
      seen.add(spec.key);
    }
    for (const [a, b] of LAB_PARTNERSHIPS)
      expect(seen.has(a) && seen.has(b), `${a}–${b}`).toBe(true);
  });

  it("has names, roles and templates for every case the generator draws", () => {
    for (const pool of Object.values(NAME_POOLS)) {
      for (const list of [pool.f, pool.m, pool.last]) expect(list.length).toBeGreaterThan(10);
    }
    for (const [, weights] of RESEARCHER_ROLES)
      expect(Object.keys(weights).sort()).toEqual(["BE", "MA"]);
    expect(EXPERT_ROLES.management?.length).toBeGreaterThan(0);
    for (const lang of ["fr", "en", "ar"] as const) {
      expect(HEADLINES[lang].length).toBeGreaterThan(0);
      expect(STUDENT_HEADLINES[lang].length).toBeGreaterThan(0);
      for (const bio of Object.values(BIOS)) expect(bio[lang]).toContain("{first}");
    }
    for (const details of Object.values(OFFER_DETAILS)) expect(details.length).toBeGreaterThan(0);
  });
});
