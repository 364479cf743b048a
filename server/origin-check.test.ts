import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { originCheck } from "./origin-check";

let base: string;
let close: () => void;

beforeAll(async () => {
  const app = express();
  app.use(originCheck({ publicUrl: "https://passerelle.example" }));
  app.all("*", (_req, res) => {
    res.send("reached");
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe("the origin middleware (registered before Remix in server/index.ts)", () => {
  test("a cross-origin POST is refused with 403 before any handler runs", async () => {
    const response = await fetch(`${base}/settings/profile`, {
      method: "POST",
      headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      body: new URLSearchParams({ intent: "save-profile" }),
    });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toBe("reached");
  });

  test("a same-origin POST, a GET and a non-browser POST reach the app", async () => {
    const host = new URL(base).host;
    const same = await fetch(`${base}/logout`, {
      method: "POST",
      headers: { Origin: `http://${host}` },
    });
    expect(await same.text()).toBe("reached");
    const get = await fetch(`${base}/experts`, { headers: { Origin: "https://evil.example" } });
    expect(await get.text()).toBe("reached");
    const curl = await fetch(`${base}/logout`, { method: "POST" });
    expect(await curl.text()).toBe("reached");
    const proxied = await fetch(`${base}/logout`, {
      method: "POST",
      headers: { Origin: "https://passerelle.example" },
    });
    expect(await proxied.text()).toBe("reached");
  });
});
