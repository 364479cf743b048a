import { afterAll, beforeAll, expect, it } from "vitest";
import { buildPairingWorld, type PairingWorld } from "~/.server/pairings/test-world";
import { callRoute, sessionCookieFor } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { loader } from "./route";

type Route = Parameters<typeof callRoute>[0];
const route = { loader } as unknown as Route;

let ctx: TestContext;
let w: PairingWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildPairingWorld(ctx.db);
});
afterAll(() => ctx.cleanup());

it("offers the suggested partners link to coordinators and admins only", async () => {
  const page = async (cookie?: string) =>
    (await callRoute(route, { url: "/orgs/lab-ma", params: { slug: "lab-ma" }, cookie })).body;
  expect(await page()).toMatchObject({ showPartners: false });
  expect(await page(await sessionCookieFor(ctx.db, w.maHead.userId))).toMatchObject({
    showPartners: false,
  });
  expect(await page(await sessionCookieFor(ctx.db, w.coordinator.userId))).toMatchObject({
    showPartners: true,
  });
  expect(await page(await sessionCookieFor(ctx.db, w.admin.userId))).toMatchObject({
    showPartners: true,
  });
});
