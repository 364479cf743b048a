import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeExpert } from "../../../tests/factories";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { activeMenteesNotTrackedYet, suggestMentors } from ".";

let ctx: TestContext;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  const person = async (key: string, overrides: Parameters<typeof makeExpert>[1]) => {
    ids[key] = (await makeExpert(ctx.db, { fullName: key, ...overrides })).id;
  };
  await person("Salma Student", {
    kind: "student",
    visibility: "members",
    city: "Laâyoune",
    mentoringStatus: "paused",
    mentoringCapacity: 0,
    skills: [{ skillId: "computer-vision", level: 3 }],
    sectors: ["agriculture"],
    languages: [
      { language: "ar", level: "native" },
      { language: "fr", level: "fluent" },
    ],
    offers: [{ direction: "need", kind: "thesis_cosupervision" }],
  });
  const topic = { skills: [{ skillId: "computer-vision", level: 5 }], sectors: ["agriculture"] };
  await person("Amina Mentor", {
    ...topic,
    kind: "researcher",
    offers: [{ direction: "offer", kind: "thesis_cosupervision" }],
  });
  await person("Bart Related", {
    country: "BE",
    city: "Bruxelles",
    skills: [{ skillId: "image-processing", level: 5 }],
    sectors: ["agriculture"],
  });
  await person("Dirk Dutch", {
    ...topic,
    country: "BE",
    city: "Gand",
    languages: [{ language: "nl", level: "native" }],
  });
  await person("Paula Paused", { ...topic, mentoringStatus: "paused" });
  await person("Fatima Full", { ...topic, mentoringCapacity: 1 });
  await person("Pia Pending", { ...topic, verification: "pending" });
  await person("Sami Student", { ...topic, kind: "student" });
});
afterAll(async () => {
  await ctx.cleanup();
});

const oneMenteeForFatima = async (personIds: string[]) =>
  new Map(personIds.map((id) => [id, id === ids["Fatima Full"] ? 1 : 0]));

describe("suggestMentors on PostgreSQL", () => {
  test("suggests the fitting mentor first and explains the near misses", async () => {
    const result = await suggestMentors(ctx.db, {
      personId: ids["Salma Student"]!,
      limit: 5,
      activeMentees: oneMenteeForFatima,
    });
    expect(result!.suggestions.map((s) => s.name)).toEqual(["Amina Mentor", "Bart Related"]);
    expect(result!.suggestions[0]!.breakdown.map((i) => i.criterion)).toEqual(
      expect.arrayContaining(["shared_skills", "offer", "sectors", "languages", "place"]),
    );
    const reasons = Object.fromEntries(result!.nearMisses.map((m) => [m.name, m.reasons]));
    expect(reasons).toEqual({
      "Dirk Dutch": ["no_shared_language"],
      "Paula Paused": ["mentoring_paused"],
      "Fatima Full": ["capacity_full"],
    });
  });

  test("pending profiles and students are never suggested, not even as near misses", async () => {
    const result = await suggestMentors(ctx.db, { personId: ids["Salma Student"]!, limit: 10 });
    const everyone = [...result!.suggestions, ...result!.nearMisses].map((s) => s.name);
    expect(everyone).not.toContain("Pia Pending");
    expect(everyone).not.toContain("Sami Student");
    expect(everyone).not.toContain("Salma Student");
  });

  test("without tracked mentorships every capacity is free (placeholder loader)", async () => {
    expect(await activeMenteesNotTrackedYet(["a"])).toEqual(new Map([["a", 0]]));
    const result = await suggestMentors(ctx.db, { personId: ids["Salma Student"]!, limit: 10 });
    expect(result!.suggestions.map((s) => s.name)).toContain("Fatima Full");
  });

  test("the limit is respected and an unknown person gives null", async () => {
    const result = await suggestMentors(ctx.db, { personId: ids["Salma Student"]!, limit: 1 });
    expect(result!.suggestions).toHaveLength(1);
    expect(
      await suggestMentors(ctx.db, { personId: "00000000-0000-4000-8000-000000000000" }),
    ).toBeNull();
  });
});
