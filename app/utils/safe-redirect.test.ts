import { describe, expect, test } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect: only a path of this site", () => {
  test.each([
    "/experts?q=vision",
    "/people/amina-el-idrissi",
    "/experts?q=%C3%A9cole",
    "/login?redirectTo=%2Fsettings",
  ])("keeps %s", (path) => {
    expect(safeRedirect(path)).toBe(path);
  });

  test.each([
    ["https://evil.example/phish"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["/\t/evil.example/phish"],
    ["/%09/evil.example/phish"],
    ["/%2F/evil.example"],
    ["/%5Cevil.example"],
    ["/\n/x"],
    ["/%0A/x"],
    ["/%zz"],
    ["/\uD800"],
    ["evil"],
    [""],
    [null],
  ])("refuses %j (back to the fallback)", (value) => {
    expect(safeRedirect(value, "/inbox")).toBe("/inbox");
  });

  test("non-ASCII is percent-encoded, so the Location header stays valid", () => {
    expect(safeRedirect("/%E3%80%82/")).toBe("/%E3%80%82/");
    expect(safeRedirect("/。/")).toBe("/%E3%80%82/");
    expect(safeRedirect("/experts?q=école")).toBe("/experts?q=%C3%A9cole");
  });
});
