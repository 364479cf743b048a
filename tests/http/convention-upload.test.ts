import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { localeCookie } from "~/.server/locale.server";
import {
  conventionDirectory,
  decideSide,
  proposePairing,
  transitionPairing,
} from "~/.server/pairings";
import { buildPairingWorld, type PairingWorld } from "~/.server/pairings/test-world";
import { pairingConventions, pairings } from "../../db/schema";
import { sessionCookieFor } from "../accounts";
import { rawRequest } from "./raw-request";
import { NO_RATE_LIMITS, startTestApp, type TestApp } from "./test-app";

/**
 * The signed convention's upload through the whole HTTP pipeline (server/app.ts): the input
 * guard's per-route limit, multipart parsing, the origin check, the session cookie, then the
 * pairing page's action, and the download by a party.
 */
let app: TestApp;
let w: PairingWorld;
let pairingId: string;
let dataDir: string;
const previousDataDir = process.env.DATA_DIR;
const cookies: Record<string, string> = {};
const MB = 1024 * 1024;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "passerelle-http-conventions-"));
  process.env.DATA_DIR = dataDir;
  app = await startTestApp({ limits: NO_RATE_LIMITS });
  const db = app.ctx.db;
  w = await buildPairingWorld(db);
  for (const name of ["coordinator", "maHead", "beHead", "beMember", "outsider"] as const) {
    cookies[name] = await sessionCookieFor(db, w[name].userId);
  }
  const proposed = await proposePairing(db, w.coordinator, {
    sideA: { type: "organization", id: w.orgs.labMa },
    sideB: { type: "organization", id: w.orgs.labBe },
    purpose: "joint_research",
    note: "",
    acknowledgeConflicts: true,
  });
  if (proposed.status !== "proposed") throw new Error("the pairing was not proposed");
  pairingId = proposed.pairingId;
  await decideSide(db, w.maHead, { pairingId, side: "a", decision: "accepted", note: "" });
  await decideSide(db, w.beHead, { pairingId, side: "b", decision: "accepted", note: "" });
  await transitionPairing(db, w.coordinator, { pairingId, to: "contacted", note: "" });
  await transitionPairing(db, w.coordinator, { pairingId, to: "agreed", note: "" });
}, 180_000);
afterAll(async () => {
  await app?.close();
  if (previousDataDir === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = previousDataDir;
  rmSync(dataDir, { recursive: true, force: true });
});

/** The convention form as a browser sends it: multipart, same origin, with the session. */
async function upload(file: File, cookie: string) {
  const form = new FormData();
  form.set("intent", "convention");
  form.set("signedOn", new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  form.set("signatories", "Les directions des deux laboratoires");
  form.set("file", file);
  const encoded = new Request("http://localhost/", { method: "POST", body: form });
  const response = await rawRequest(app.url, {
    method: "POST",
    path: `/pairings/${pairingId}`,
    headers: {
      "content-type": encoded.headers.get("content-type")!,
      cookie,
      origin: app.url,
    },
    body: Buffer.from(await encoded.arrayBuffer()),
  });
  return { ...response, text: response.body.replaceAll("&#x27;", "'") };
}
const conventionRows = () =>
  app.ctx.db.select().from(pairingConventions).where(eq(pairingConventions.pairingId, pairingId));
const pdfBytes = (size = 0) => {
  const head = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\n");
  const tail = Buffer.from("\n%%EOF\n");
  return Buffer.concat([
    head,
    Buffer.alloc(Math.max(0, size - head.length - tail.length), 32),
    tail,
  ]);
};

describe("uploading a signed convention over HTTP", () => {
  test("a file that is not a PDF is refused in the reader's language (400), nothing stored", async () => {
    const fake = new File(["<html>not a pdf</html>"], "convention.pdf", {
      type: "application/pdf",
    });
    const french = await upload(fake, cookies.coordinator!);
    expect(french.status).toBe(400);
    expect(french.text).toContain("Ce fichier n'est pas un PDF.");
    const arabic = await upload(
      fake,
      `${cookies.coordinator}; ${await localeCookie.serialize("ar")}`,
    );
    expect(arabic.status).toBe(400);
    expect(arabic.text).toContain("هذا الملف ليس بصيغة PDF.");
    expect(await conventionRows()).toEqual([]);
  });

  test("a PDF over 10 MB is refused by the page (413); far over, by the input guard (413)", async () => {
    const over = await upload(new File([pdfBytes(10.5 * MB)], "scan.pdf"), cookies.coordinator!);
    expect(over.status).toBe(413);
    expect(over.text).toContain("Le fichier dépasse 10 Mo.");
    const farOver = await upload(new File([pdfBytes(12 * MB)], "scan.pdf"), cookies.coordinator!);
    expect(farOver.status).toBe(413);
    expect(farOver.text).toContain("Envoi trop volumineux");
    expect(await conventionRows()).toEqual([]);
    const [pairing] = await app.ctx.db.select().from(pairings).where(eq(pairings.id, pairingId));
    expect(pairing!.status).toBe("agreed");
  });

  test("a party cannot record it; the coordinator's valid PDF is stored and a party downloads it", async () => {
    const bytes = pdfBytes(40_000);
    const byParty = await upload(new File([bytes], "convention.pdf"), cookies.maHead!);
    expect(byParty.status).toBe(403);
    expect(await conventionRows()).toEqual([]);

    const stored = await upload(new File([bytes], "convention signée.pdf"), cookies.coordinator!);
    expect(stored.status).toBe(200);
    expect(stored.text).toContain("Convention enregistrée");
    const [row] = await conventionRows();
    expect(row).toMatchObject({ fileSize: bytes.length });
    const file = path.join(conventionDirectory(dataDir), row!.fileKey);
    expect(existsSync(file) && readFileSync(file).equals(bytes)).toBe(true);

    const download = (cookie: string) =>
      fetch(`${app.url}/pairings/${pairingId}/convention.pdf`, { headers: { cookie } });
    // Any member of a side's lab is a party; an outsider learns nothing (404).
    const byMember = await download(cookies.beMember!);
    expect(byMember.status).toBe(200);
    expect(byMember.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await byMember.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await download(cookies.outsider!)).status).toBe(404);
  });
});
