import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loader } from "~/routes/api.v1.skills";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { resolveSkillLabel, suggestSkills } from "./skill-lookup.server";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.cleanup();
});

const ids = async (q: string, locale: "fr" | "en" | "ar" = "fr") =>
  (await suggestSkills(q, locale)).map((s) => s.id);

describe("skill autocomplete", () => {
  test("matches labels and synonyms in French, English and Arabic, accents and case ignored", async () => {
    expect(await ids("apprentissage auto")).toContain("machine-learning");
    expect(await ids("APPRENTISSAGE AUTOMATIQUE")).toEqual(
      expect.arrayContaining(["machine-learning"]),
    );
    expect((await ids("machine learning"))[0]).toBe("machine-learning");
    expect(await ids("التعلم الآلي")).toContain("machine-learning");
    expect(await ids("التعلم الالي")).toContain("machine-learning");
    expect((await ids("IA"))[0]).toBe("artificial-intelligence");
    expect(await ids("reseaux")).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  test("a typo still finds the skill; a word inside another word does not", async () => {
    expect(await ids("apprentisage")).toContain("machine-learning");
    expect(await ids("aprentissage automatique")).toContain("machine-learning");
    const vision = await suggestSkills("vision", "fr");
    expect(vision.map((s) => s.label)).toContain("vision par ordinateur");
    expect(vision.map((s) => s.label).filter((label) => /prévision/.test(label))).toEqual([]);
  });

  test("labels come in the reader's language, with what matched", async () => {
    const [first] = await suggestSkills("machine learning", "ar");
    expect(first).toEqual({
      id: "machine-learning",
      label: "التعلم الآلي",
      matched: "machine learning",
    });
    const [fr] = await suggestSkills("apprentissage automatique", "fr");
    expect(fr).toMatchObject({ label: "apprentissage automatique", matched: null });
  });

  test("a typed label resolves to its concept in any language; anything else is a free tag", async () => {
    expect(await resolveSkillLabel("Machine Learning")).toBe("machine-learning");
    expect(await resolveSkillLabel("التعلم الآلي")).toBe("machine-learning");
    expect(await resolveSkillLabel("apprentissage automatique")).toBe("machine-learning");
    expect(await resolveSkillLabel("Imagerie hyperspectrale")).toBeNull();
  });

  test("GET /api/v1/skills answers JSON; bad parameters are a 400", async () => {
    const call = async (query: string) => {
      const response = (await loader({
        request: new Request(`http://localhost/api/v1/skills?${query}`),
        params: {},
        context: {},
      })) as Response;
      return { status: response.status, body: await response.json() };
    };
    const ok = await call("q=deep&lang=en");
    expect(ok.status).toBe(200);
    expect(ok.body.skills[0]).toMatchObject({ id: "deep-learning", label: "deep learning" });
    expect((await call("q=")).body).toEqual({ skills: [] });
    expect((await call("q=x&colour=red")).status).toBe(400);
    expect((await call(`q=${"a".repeat(200)}`)).status).toBe(400);
  });
});
