import { describe, expect, it } from "vitest";
import { LabMatchRequestSchema } from "./api";

describe("LabMatchRequestSchema", () => {
  it("takes orgId, purpose and limit, with defaults", () => {
    expect(LabMatchRequestSchema.parse({ orgId: "lab-x", purpose: "joint_research" })).toEqual({
      orgId: "lab-x",
      purpose: "joint_research",
      limit: 10,
    });
    expect(
      LabMatchRequestSchema.parse({
        orgId: "lab-x",
        purpose: "mobility",
        limit: 3,
        countryPreference: { pairs: [["MA", "FR"]] },
      }).countryPreference,
    ).toEqual({ pairs: [["MA", "FR"]], strict: false });
  });

  it("refuses unknown fields and bad values", () => {
    for (const body of [
      { orgId: "x", purpose: "holiday" },
      { orgId: "x", purpose: "mobility", limit: 0 },
      { orgId: "x", purpose: "mobility", limit: 51 },
      { orgId: "x", purpose: "mobility", extra: true },
      { orgId: "", purpose: "mobility" },
      { orgId: "x", purpose: "mobility", countryPreference: { pairs: [["ma", "be"]] } },
    ]) {
      expect(LabMatchRequestSchema.safeParse(body).success).toBe(false);
    }
  });
});
