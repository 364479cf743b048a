import { expect, test } from "@playwright/test";

test("GET /healthz reports both engines and when the matching table was built", async ({
  request,
}) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  const { matchingTableBuiltAt, ...engines } = await response.json();
  expect(engines).toEqual({ status: "ok", db: "ok", search: "ok" });
  // Built at boot over the demo network (null only while that first build runs).
  if (matchingTableBuiltAt !== null) {
    expect(Date.parse(matchingTableBuiltAt)).toBeLessThanOrEqual(Date.now());
  }
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
