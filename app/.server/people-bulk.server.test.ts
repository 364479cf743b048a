import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import { createPerson } from "./people.server";
import { createPeople } from "./people-bulk.server";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.cleanup();
});

const person = (fullName: string) => ({
  kind: "expert" as const,
  fullName,
  country: "MA",
  city: "Rabat",
});

it("gives namesakes the next free slugs, unaffected by longer names that share a prefix", async () => {
  await createPerson(ctx.db, person("Amine Alaoui"));
  await createPerson(ctx.db, person("Amine Alaoui"));
  await createPerson(ctx.db, person("Amine Alaoui El Fassi"));

  const created = await ctx.db.transaction((tx) =>
    createPeople(tx, [person("Amine Alaoui"), person("Sara Bennani"), person("Amine Alaoui")]),
  );

  expect(created.map((c) => c.slug)).toEqual(["amine-alaoui-3", "sara-bennani", "amine-alaoui-4"]);
  const single = await createPerson(ctx.db, person("Amine Alaoui El Fassi"));
  expect(single.slug).toBe("amine-alaoui-el-fassi-2");
});
