import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { updatePerson } from "~/.server/people.server";
import { drainOutboxOnce } from "../../search/outbox-worker";
import { createAccount, type TestAccount } from "../accounts";
import { rawRequest } from "./raw-request";
import { NO_RATE_LIMITS, startTestApp, type TestApp } from "./test-app";

// The directory and profile pages are rendered once for every anonymous visitor
// (server/anonymous-pages.ts): what a visitor sees must still follow every change, and a
// signed-in reader must never be handed a page rendered for somebody else.

let app: TestApp;
let expert: TestAccount;
let student: TestAccount;

beforeAll(async () => {
  app = await startTestApp({ limits: NO_RATE_LIMITS });
  [expert, student] = await Promise.all([
    createAccount(app.ctx.db, { fullName: "Nadia Bennani-Cache" }),
    createAccount(app.ctx.db, { kind: "student", fullName: "Yassine Étudiant-Cache" }),
  ]);
  await drain();
}, 180_000);
afterAll(async () => {
  await app?.close();
});

async function drain() {
  while ((await drainOutboxOnce(app.ctx.db, app.ctx.search)).more) {}
}

const page = (path: string, who?: TestAccount, headers: Record<string, string> = {}) =>
  rawRequest(app.url, {
    path,
    headers: { ...headers, ...(who ? { cookie: who.cookie } : {}) },
  });

function nonceOf(response: { headers: Record<string, unknown> }) {
  return String(response.headers["content-security-policy"]).match(/'nonce-([^']+)'/)?.[1];
}

describe("an anonymous page served from memory", () => {
  test("carries its own response's nonce and request id, so its scripts still run", async () => {
    const first = await page(`/people/${expert.slug}`);
    const second = await page(`/people/${expert.slug}`);
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      const nonce = nonceOf(response);
      expect(nonce).toBeTruthy();
      const scripts = [...response.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
      // The error page's reference after a client-side navigation is this response's id.
      expect(response.body).toContain(String(response.headers["x-request-id"]));
    }
    expect(nonceOf(second)).not.toBe(nonceOf(first));
    expect(second.body).not.toContain(nonceOf(first));
  });

  test("a profile edit shows to visitors once it reaches the index, on the profile and the directory", async () => {
    const before = await page(`/people/${expert.slug}`);
    expect(before.body).toContain("Profil de test");
    const listed = await page("/experts?q=Bennani-Cache");
    expect(listed.body).toContain("Profil de test");

    await updatePerson(app.ctx.db, expert.personId, { headline: "Vision par ordinateur agricole" });
    await drain();

    const after = await page(`/people/${expert.slug}`);
    expect(after.body).toContain("Vision par ordinateur agricole");
    expect(after.body).not.toContain("Profil de test");
    const relisted = await page("/experts?q=Bennani-Cache");
    expect(relisted.body).toContain("Vision par ordinateur agricole");
  });

  test("each language keeps its own page", async () => {
    const fr = await page(`/people/${expert.slug}`, undefined, { "accept-language": "fr" });
    const ar = await page(`/people/${expert.slug}`, undefined, { "accept-language": "ar" });
    expect(fr.body).toContain('<html lang="fr" dir="ltr"');
    expect(ar.body).toContain('<html lang="ar" dir="rtl"');
  });
});

describe("signed-in readers always get their own page", () => {
  test("after anonymous visits, the owner sees their contact details and visitors never do", async () => {
    const anonymous = await page(`/people/${expert.slug}`);
    expect(anonymous.body).not.toContain(expert.email);

    const own = await page(`/people/${expert.slug}`, expert);
    expect(own.status).toBe(200);
    expect(own.body).toContain(expert.email);

    const again = await page(`/people/${expert.slug}`);
    expect(again.body).not.toContain(expert.email);
  });

  test("a signed-in student is not shown the anonymous header, nor another reader's", async () => {
    await page("/experts");
    const theirs = await page("/experts", student);
    expect(theirs.body).toContain("Yassine Étudiant-Cache");
    const ownerView = await page("/experts", expert);
    expect(ownerView.body).not.toContain("Yassine Étudiant-Cache");
    const anonymous = await page("/experts");
    expect(anonymous.body).not.toContain("Yassine Étudiant-Cache");
  });
});
