import { expect, test } from "@playwright/test";

test("GET /healthz reports both engines", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok", search: "ok" });
});

test("GET /api/v1/search answers JSON with facets", async ({ request }) => {
  const response = await request.get("/api/v1/search?q=kubernetes&country=BE");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.total).toBeGreaterThan(0);
  expect(body.hits[0]).toMatchObject({
    id: expect.any(String),
    slug: expect.any(String),
    name: expect.any(String),
    kind: expect.any(String),
  });
  expect(Object.keys(body.facets.country)).toEqual(expect.arrayContaining(["BE"]));
  const bad = await request.get("/api/v1/search?page=abc");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("page");
});
