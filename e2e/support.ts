import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page } from "@playwright/test";

/** Demo accounts seeded with the network (scripts/seed/demo-accounts.ts, listed in the README). */
export const DEMO_PASSWORD = "passerelle-demo-2026";
export const DEMO = {
  admin: "admin@passerelle.example",
  coordinatorRabat: "coordination.rabat@passerelle.example",
  coordinatorBrussels: "coordination.bruxelles@passerelle.example",
  student: "etudiant@passerelle.example",
  expert: "expert@passerelle.example",
  researcher: "chercheur@passerelle.example",
  belgianMember: "chercheur.leuven@passerelle.example",
} as const;

/** A fresh browser context signed in as a demo account, on the page the login leads to. */
export async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/** The unread count shown beside "Notifications" in the header (0 when none is shown). */
export async function unreadCount(page: Page): Promise<number> {
  const text = (await page.getByTestId("inbox-link").textContent()) ?? "";
  const match = /\((\d+)\)/.exec(text);
  return match ? Number(match[1]) : 0;
}

/** The page's language from now on (the "lang" cookie the language menu sets). */
export async function setLanguage(page: Page, locale: "fr" | "en" | "ar") {
  const value = encodeURIComponent(Buffer.from(JSON.stringify(locale)).toString("base64"));
  await page.context().addCookies([{ name: "lang", value, url: page.url() }]);
}

/** How many pixels the page is wider than the viewport (0 when nothing overflows). */
export async function horizontalOverflow(page: Page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** axe finds no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

export type SentMail = { to: string; subject: string; text: string };

/**
 * Waits for an e-mail the app wrote (no SMTP in tests: the file transport writes them under the
 * server's DATA_DIR/mail, one .txt per message) and returns the newest that matches.
 */
export async function waitForMail(match: (mail: SentMail) => boolean): Promise<SentMail> {
  const dir = path.join(process.env.E2E_DATA_DIR ?? "", "mail");
  let found: SentMail | undefined;
  await expect
    .poll(
      async () => {
        const files = (await readdir(dir).catch(() => [] as string[])).filter((f) =>
          f.endsWith(".txt"),
        );
        for (const file of files.sort().reverse()) {
          const mail = parseMail(await readFile(path.join(dir, file), "utf8"));
          if (match(mail)) {
            found = mail;
            return true;
          }
        }
        return false;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

function parseMail(content: string): SentMail {
  const [head = "", ...body] = content.split("\n\n");
  const header = (name: string) =>
    head
      .split("\n")
      .find((l) => l.startsWith(`${name}: `))
      ?.slice(name.length + 2) ?? "";
  return { to: header("To"), subject: header("Subject"), text: body.join("\n\n") };
}
