import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiToken } from "~/.server/auth/api-tokens.server";
import { securityHeaders } from "../../server/security-headers";
import { createAccount, type TestAccount } from "../accounts";
import { rawRequest } from "./raw-request";
import { startTestApp, type TestApp } from "./test-app";

let app: TestApp;
let student: TestAccount;
let coordinator: TestAccount;
let token: string;

beforeAll(async () => {
  // Small limits, so a test reaches them in a few requests.
  app = await startTestApp({
    publicUrl: "https://passerelle.example",
    limits: {
      RATE_LIMIT_API_PER_MINUTE: 6,
      RATE_LIMIT_TOKEN_PER_MINUTE: 4,
      RATE_LIMIT_PAGES_PER_MINUTE: 3,
    },
  });
  [student, coordinator] = await Promise.all([
    createAccount(app.ctx.db, { kind: "student" }),
    createAccount(app.ctx.db, { roles: ["coordinator"], visibility: "hidden" }),
  ]);
  token = (await createApiToken(app.ctx.db, coordinator.userId, "limits")).token;
}, 120_000);
afterAll(async () => {
  await app?.close();
});

/** Each test comes from its own address (a loopback source address of its own). */
let nextAddress = 10;
const fromNewAddress = () => `127.0.0.${nextAddress++}`;
function get(path: string, headers: Record<string, string> = {}, local = "127.0.0.1") {
  return rawRequest(app.url, { path, headers, localAddress: local });
}

describe("security headers", () => {
  test("a page: CSP whose nonce is on every inline script, nosniff, no framing, HSTS over https", async () => {
    const response = await get("/");
    const csp = String(response.headers["content-security-policy"]);
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline' 'self';script"); // no unsafe-inline for scripts
    const scripts = [...response.body.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers["strict-transport-security"]).toContain("max-age=31536000");
    // A fresh nonce for every response.
    const again = String((await get("/")).headers["content-security-policy"]);
    expect(again).not.toContain(nonce);
  });

  test("JSON and refusals carry nosniff too", async () => {
    for (const response of [
      await get("/healthz"),
      await get("/people/%zz"),
      await get("/api/v1/skills?q=ml"),
    ]) {
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  test("no HSTS without an https PUBLIC_URL, or outside production", async () => {
    for (const options of [
      { production: true, publicUrl: "http://localhost:3000" },
      { production: true },
      { production: false, publicUrl: "https://passerelle.example" },
    ]) {
      const plain = express()
        .use(securityHeaders(options))
        .get("/", (_req, res) => {
          res.send("ok");
        });
      const server = plain.listen(0, "127.0.0.1");
      await new Promise((resolve) => server.once("listening", resolve));
      const port = (server.address() as AddressInfo).port;
      const response = await rawRequest(`http://127.0.0.1:${port}`, { path: "/" });
      server.close();
      expect(response.headers["strict-transport-security"]).toBeUndefined();
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
    }
  });
});

describe("rate limits", () => {
  test("the API, per address: 429 in JSON with Retry-After past the limit", async () => {
    const local = fromNewAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await get("/api/v1/skills?q=ml", {}, local)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    const refused = await get("/api/v1/skills?q=ml", {}, local);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60);
    expect(JSON.parse(refused.body)).toMatchObject({ error: expect.stringContaining("Too many") });
    // Another address is not affected.
    expect((await get("/api/v1/skills?q=ml", {}, fromNewAddress())).status).toBe(200);
  });

  test("the API, per token, wherever it is used from; bad tokens are counted too", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await get(
        `/api/v1/people/${student.personId}/mentor-suggestions`,
        { authorization: `Bearer ${token}` },
        fromNewAddress(),
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
    expect(statuses[4]).toBe(429);
    const bad = `pas_${"a".repeat(52)}`;
    const badStatuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      badStatuses.push(
        (await get("/api/v1/search", { authorization: `Bearer ${bad}` }, fromNewAddress())).status,
      );
    }
    expect(badStatuses.at(-1)).toBe(429);
  });

  test("search pages, per address: the localized error page with Retry-After", async () => {
    const local = fromNewAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await get("/experts?q=vision", { "accept-language": "ar" }, local)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await get("/experts", { "accept-language": "ar" }, local);
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toMatch(/^\d+$/);
    expect(refused.body).toContain('dir="rtl"');
    expect(refused.body).toContain("طلبات كثيرة جدًا");
  });

  test("describe-your-need: the matching (POST) is limited, the form (GET) is not", async () => {
    const local = fromNewAddress();
    const post = () =>
      rawRequest(app.url, {
        localAddress: local,
        method: "POST",
        path: "/match",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: student.cookie },
        body: "text=vision",
      });
    const statuses = [(await post()).status, (await post()).status, (await post()).status];
    expect(statuses.every((s) => s !== 429)).toBe(true);
    expect((await post()).status).toBe(429);
    expect((await get("/match", { cookie: student.cookie }, local)).status).toBe(200);
  });

  test("deleting one's account checks the password under the login limits", async () => {
    const local = fromNewAddress();
    const attempt = (password: string) =>
      rawRequest(app.url, {
        localAddress: local,
        method: "POST",
        path: "/settings/data",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: student.cookie },
        body: new URLSearchParams({ password }).toString(),
      });
    const wrong: number[] = [];
    for (let i = 0; i < 5; i++) wrong.push((await attempt("not the password")).status);
    expect(wrong).toEqual([400, 400, 400, 400, 400]);
    // Even the right password waits now: guessing cannot go on.
    expect((await attempt(student.password)).status).toBe(429);
  });
});
