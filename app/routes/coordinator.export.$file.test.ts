import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, createAccount, sessionCookieFor } from "../../tests/accounts";
import { createTestContext, type TestContext } from "../../tests/setup/test-context";
import * as route from "./coordinator.export.$file";

let ctx: TestContext;
let cookie: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const coordinator = await createAccount(ctx.db, { roles: ["coordinator"], visibility: "hidden" });
  cookie = await sessionCookieFor(ctx.db, coordinator.userId);
});
afterAll(() => ctx.cleanup());

const get = (file: string) =>
  callRoute(route, { url: `/coordinator/export/${file}`, params: { file }, cookie });

describe("dashboard CSV exports", () => {
  it("serve every dataset as a CSV attachment", async () => {
    for (const name of [
      "pairings",
      "status",
      "sectors",
      "countries",
      "months",
      "delays",
      "mentors",
    ]) {
      const res = await get(`${name}.csv`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("Content-Disposition")).toMatch(
        new RegExp(`^attachment; filename="passerelle-${name}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
      );
    }
  });

  it("answer 404 for an unknown dataset or extension", async () => {
    for (const file of ["nope.csv", "status.json", "../status.csv", "STATUS.csv"]) {
      expect((await get(file)).status, file).toBe(404);
    }
  });
});
