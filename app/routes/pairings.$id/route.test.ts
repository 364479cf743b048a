import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPairingWorld, type PairingWorld } from "~/.server/pairings/test-world";
import { callRoute, sessionCookieFor } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action as partnersAction } from "../orgs.$slug_.partners/route";
import { loader as conventionLoader } from "../pairings.$id_.convention[.]pdf";
import { action, loader } from "./route";

let ctx: TestContext;
let w: PairingWorld;
const cookies: Record<string, string> = {};

type Route = Parameters<typeof callRoute>[0];
// The route modules' argument types name Remix's AppLoadContext; callRoute passes a plain object.
const pairingRoute = { loader, action } as unknown as Route;
const partnersRoute = { action: partnersAction } as unknown as Route;
const conventionRoute = { loader: conventionLoader } as unknown as Route;
const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const pdf = (bytes: Uint8Array<ArrayBuffer> | string, name = "convention.pdf") =>
  new File([bytes], name, { type: "application/pdf" });
let dataDir: string;
const previousDataDir = process.env.DATA_DIR;

function call(
  route: Route,
  who: keyof typeof cookies,
  url: string,
  params: Record<string, string>,
  form?: Record<string, string | File>,
) {
  return callRoute(route, {
    method: form ? "POST" : "GET",
    url,
    cookie: cookies[who],
    params,
    form,
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "passerelle-conventions-"));
  process.env.DATA_DIR = dataDir;
  w = await buildPairingWorld(ctx.db);
  for (const name of ["coordinator", "maHead", "beHead", "beMember", "outsider"] as const) {
    cookies[name] = await sessionCookieFor(ctx.db, w[name].userId);
  }
});
afterAll(async () => {
  await ctx.cleanup();
  if (previousDataDir === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = previousDataDir;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("proposing from the partners page, then answering and moving on the pairing page", () => {
  let pairingPath = "";

  it("shows conflict warnings first, then proposes and redirects", async () => {
    const form = {
      partnerId: w.orgs.labBe,
      purpose: "joint_research",
      note: "Projet commun",
      dueAt: "",
    };
    const params = { slug: "lab-ma" };
    const warned = await call(partnersRoute, "coordinator", "/orgs/lab-ma/partners", params, form);
    expect(warned).toMatchObject({
      status: 409,
      body: { partnerId: w.orgs.labBe, warnings: [{ code: "coauthors" }] },
    });
    const bad = await call(partnersRoute, "coordinator", "/orgs/lab-ma/partners", params, {
      ...form,
      dueAt: "31/12/2026",
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { result: { error: { dueAt: [{ key: "form.invalidFormat" }] } } },
    });
    const done = await call(partnersRoute, "coordinator", "/orgs/lab-ma/partners", params, {
      ...form,
      acknowledge: "on",
    });
    expect(done.status).toBe(302);
    pairingPath = done.location!;
    expect(pairingPath).toMatch(/^\/pairings\/[0-9a-f-]{36}$/);
    const refused = await call(partnersRoute, "maHead", "/orgs/lab-ma/partners", params, form);
    expect(refused.status).toBe(403);
  });

  it("lets each side answer, hides the pairing from others, and keeps mistakes on the form", async () => {
    const id = pairingPath.split("/").pop()!;
    const params = { id };
    expect((await call(pairingRoute, "outsider", pairingPath, params)).status).toBe(404);
    expect(
      (
        await call(pairingRoute, "outsider", pairingPath, params, {
          intent: "decide",
          side: "a",
          decision: "accepted",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(pairingRoute, "beHead", pairingPath, params, {
          intent: "decide",
          side: "a",
          decision: "accepted",
        })
      ).status,
    ).toBe(403);
    for (const [who, side] of [
      ["maHead", "a"],
      ["beHead", "b"],
    ] as const) {
      const answered = await call(pairingRoute, who, pairingPath, params, {
        intent: "decide",
        side,
        decision: "accepted",
      });
      expect(answered).toMatchObject({ status: 200, body: { done: "pairings.done.decided" } });
    }
    const skipped = await call(pairingRoute, "coordinator", pairingPath, params, {
      intent: "move",
      to: "agreed",
    });
    expect(skipped).toMatchObject({
      status: 409,
      body: { result: { error: { "": [{ key: "pairings.error.invalid_transition" }] } } },
    });
    const noReason = await call(pairingRoute, "coordinator", pairingPath, params, {
      intent: "move",
      to: "abandoned",
    });
    expect(noReason).toMatchObject({
      status: 400,
      body: { result: { error: { reason: [{ key: "pairings.error.reason_required" }] } } },
    });
    // A day the database cannot store (year 0) is a localized form error, not a 500.
    const yearZero = await call(pairingRoute, "coordinator", pairingPath, params, {
      intent: "move",
      to: "contacted",
      dueAt: "0000-01-01",
    });
    expect(yearZero).toMatchObject({
      status: 400,
      body: {
        result: {
          error: {
            dueAt: [
              { key: "form.dayOutOfRange", params: { min: "2000-01-01", max: "2099-12-31" } },
            ],
          },
        },
      },
    });
    // A due date already past ("late by 2530 days") is refused on the form.
    const past = await call(pairingRoute, "coordinator", pairingPath, params, {
      intent: "move",
      to: "contacted",
      dueAt: "2020-01-01",
    });
    expect(past).toMatchObject({
      status: 400,
      body: { result: { error: { dueAt: [{ key: "form.dayInPast" }] } } },
    });
    const moved = await call(pairingRoute, "coordinator", pairingPath, params, {
      intent: "move",
      to: "contacted",
      dueAt: day(30),
    });
    expect(moved).toMatchObject({ status: 200, body: { done: "pairings.done.moved" } });
    const page = await call(pairingRoute, "maHead", pairingPath, params);
    expect(page.body).toMatchObject({
      status: "contacted",
      dueAt: new Date(`${day(30)}T00:00:00.000Z`),
      mySides: ["a"],
      allowedTransitions: [],
    });
    expect(
      (await call(pairingRoute, "coordinator", "/pairings/not-a-uuid", { id: "not-a-uuid" }))
        .status,
    ).toBe(404);
  });

  it("records the signed convention only as a real PDF of sensible size, for parties and staff to download", async () => {
    const id = pairingPath.split("/").pop()!;
    const params = { id };
    await call(pairingRoute, "coordinator", pairingPath, params, { intent: "move", to: "agreed" });
    const convention = (file: File, extra: Record<string, string> = {}) =>
      call(pairingRoute, "coordinator", pairingPath, params, {
        intent: "convention",
        signedOn: day(-1),
        signatories: "Amina Rabat, Lotte Brussel",
        file,
        ...extra,
      });
    const fieldError = (key: string, field = "file") => ({
      body: { result: { error: { [field]: [{ key }] } } },
    });
    // Named .pdf, typed application/pdf, but not a PDF inside.
    expect(await convention(pdf("MZ\x90\x00 not a pdf"))).toMatchObject({
      status: 400,
      ...fieldError("pairings.error.document_not_pdf"),
    });
    expect(await convention(pdf(""))).toMatchObject(fieldError("pairings.error.document_missing"));
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode("%PDF-1.7"));
    expect(await convention(pdf(big))).toMatchObject({
      status: 413,
      ...fieldError("pairings.error.document_too_large"),
    });
    expect(await convention(pdf("%PDF-1.7\n%%EOF"), { signedOn: day(3) })).toMatchObject(
      fieldError("form.dayInFuture", "signedOn"),
    );
    // A party cannot record it, even with a valid file.
    const byParty = await call(pairingRoute, "maHead", pairingPath, params, {
      intent: "convention",
      signedOn: day(-1),
      signatories: "Amina Rabat",
      file: pdf("%PDF-1.7\n%%EOF"),
    });
    expect(byParty.status).toBe(403);
    const bytes = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n";
    expect(await convention(pdf(bytes, "Convention signée.pdf"))).toMatchObject({
      status: 200,
      body: { done: "pairings.done.convention" },
    });
    const page = await call(pairingRoute, "beMember", pairingPath, params);
    expect(page.body).toMatchObject({
      status: "convention_signed",
      convention: { signatories: "Amina Rabat, Lotte Brussel", fileSize: bytes.length },
    });
    const pdfPath = `${pairingPath}/convention.pdf`;
    for (const who of ["coordinator", "maHead", "beMember"] as const) {
      const download = await conventionLoader({
        request: new Request(`http://localhost${pdfPath}`, { headers: { Cookie: cookies[who]! } }),
        params,
        context: {},
      });
      expect(download.headers.get("Content-Type")).toBe("application/pdf");
      expect(download.headers.get("Content-Disposition")).toMatch(/^attachment; filename="/);
      expect(await download.text()).toBe(bytes);
    }
    expect((await call(conventionRoute, "outsider", pdfPath, params)).status).toBe(404);
    expect((await callRoute(conventionRoute, { url: pdfPath, params })).status).toBe(302);
  });
});
