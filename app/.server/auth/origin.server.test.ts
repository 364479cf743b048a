import { describe, expect, test } from "vitest";
import { checkRequestOrigin, type OriginCheckInput } from "./origin.server";

const base: OriginCheckInput = {
  method: "POST",
  origin: null,
  secFetchSite: null,
  host: "passerelle.example",
};
const ok = (input: Partial<OriginCheckInput>) => checkRequestOrigin({ ...base, ...input }).ok;

describe("checkRequestOrigin", () => {
  test("safe methods are never checked", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(ok({ method, origin: "https://evil.example", secFetchSite: "cross-site" })).toBe(true);
    }
  });

  test("a same-origin POST passes; another origin, even a sibling subdomain, does not", () => {
    expect(ok({ origin: "https://passerelle.example" })).toBe(true);
    expect(ok({ origin: "http://localhost:3000", host: "localhost:3000" })).toBe(true);
    expect(ok({ origin: "https://evil.example" })).toBe(false);
    expect(ok({ origin: "https://api.passerelle.example" })).toBe(false);
    expect(ok({ origin: "https://passerelle.example:8443" })).toBe(false);
    for (const method of ["PUT", "PATCH", "DELETE"])
      expect(ok({ method, origin: "https://evil.example" })).toBe(false);
  });

  test("opaque and malformed origins are refused", () => {
    expect(ok({ origin: "null" })).toBe(false);
    expect(ok({ origin: "not a url" })).toBe(false);
  });

  test("the public URL is accepted when a proxy rewrites Host", () => {
    const input = { origin: "https://passerelle.example", host: "127.0.0.1:3000" };
    expect(ok(input)).toBe(false);
    expect(ok({ ...input, allowedOrigins: ["https://passerelle.example"] })).toBe(true);
  });

  test("without Origin: allowed for non-browsers and same-origin fetches only", () => {
    expect(ok({})).toBe(true);
    expect(ok({ secFetchSite: "same-origin" })).toBe(true);
    expect(ok({ secFetchSite: "cross-site" })).toBe(false);
    expect(ok({ secFetchSite: "same-site" })).toBe(false);
    expect(ok({ secFetchSite: "none" })).toBe(false);
  });
});
