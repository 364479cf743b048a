import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The server/client boundary, checked on the production build the e2e server was started from
// (e2e/serve.ts builds it first): no asset the browser may load carries the database or search
// clients. A component importing db/schema used to ship Drizzle to /orgs.
const ASSETS = path.resolve("build/client/assets");
const SERVER_ONLY: [string, RegExp][] = [
  ["Drizzle ORM", /drizzle:entityKind|drizzle:Name/],
  ["the postgres driver", /SCRAM-SHA-256/],
  ["the Meilisearch client", /"MeilisearchApiError"/],
];

test("no client asset contains Drizzle, postgres or Meilisearch code", () => {
  const scripts = readdirSync(ASSETS).filter((name) => name.endsWith(".js"));
  expect(scripts.length, "the client build has scripts").toBeGreaterThan(10);
  const leaks = scripts.flatMap((name) => {
    const code = readFileSync(path.join(ASSETS, name), "utf8");
    return SERVER_ONLY.filter(([, marker]) => marker.test(code)).map(
      ([what]) => `${name}: ${what}`,
    );
  });
  expect(leaks).toEqual([]);
});
