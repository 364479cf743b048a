import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { seedAgendaEvent } from "./event-fixture";
import { DEMO, DEMO_PASSWORD } from "./support";

/**
 * Every page of the route matrix a demo account reaches, on a phone (390×844), in French and in
 * Arabic: the page is no wider than the screen and axe finds no serious or critical violation.
 * One browser context walks them all (one sign-in per account). With SCREENSHOTS=1 it also
 * writes the README's screenshots (docs/screenshots/, phone and 1366×900 desktop).
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const LOCALES = ["fr", "ar"] as const;
const SCREENSHOTS = process.env.SCREENSHOTS === "1";

/** A page to visit: a path, or found from another page (the first request, pairing…). */
type Visit = { path: string | ((page: Page) => Promise<string>); shot?: string };
type Walk = { account: string | null; visits: Visit[] };

const firstLink = (from: string, selector: string) => async (page: Page) => {
  await page.goto(from);
  const href = await page.locator(selector).first().getAttribute("href");
  expect(href, `a link ${selector} on ${from}`).toBeTruthy();
  return href as string;
};

/** An event with placed meetings for the demo researcher (e2e/event-fixture.ts). */
const EVENT = "master-class-responsive";
test.beforeAll(() => seedAgendaEvent(EVENT));

const WALKS: Walk[] = [
  {
    account: null,
    visits: [
      { path: "/", shot: "home" },
      { path: "/experts", shot: "directory" },
      { path: "/experts?q=vision&country=MA" },
      { path: "/orgs", shot: "organizations" },
      { path: "/orgs/laboratoire-lias-uh2c", shot: "organization" },
      { path: firstLink("/experts?q=apprentissage", ".expert-card h2 a"), shot: "profile" },
      { path: "/login" },
      { path: "/signup" },
      { path: "/forgot-password" },
      { path: "/reset-password/abc" },
      { path: "/no/such/page" },
    ],
  },
  {
    account: DEMO.student,
    visits: [
      { path: "/mentors", shot: "mentors" },
      { path: "/match" },
      { path: "/mentorship", shot: "mentorship" },
      { path: firstLink("/mentorship", 'table a[href^="/mentorship/"]') },
      { path: firstLink("/mentors", '.mentor-card a[href^="/mentorship/new"]') },
      { path: "/pairings" },
      { path: "/inbox" },
      { path: "/settings/profile" },
      { path: "/settings/data" },
    ],
  },
  {
    account: DEMO.researcher,
    visits: [
      { path: "/mentorship" },
      { path: "/settings/profile" },
      { path: "/orgs/laboratoire-sids-ensias/representatives" },
      { path: `/events/${EVENT}/agenda` },
    ],
  },
  {
    account: DEMO.coordinatorRabat,
    visits: [
      { path: "/coordinator", shot: "dashboard" },
      { path: "/coordinator/verification" },
      { path: "/coordinator/import" },
      { path: "/coordinator/import/format" },
      { path: `/events/${EVENT}/dashboard` },
      { path: `/events/${EVENT}/check-in` },
      { path: "/pairings" },
      { path: "/pairings/new" },
      // An agreed pairing: the convention form (date, signatories, PDF) and the status moves.
      {
        path: firstLink("/pairings?status=agreed", 'table a[href^="/pairings/"]'),
        shot: "pairing",
      },
      { path: "/orgs/laboratoire-sids-ensias/partners", shot: "partners" },
      { path: "/orgs/laboratoire-sids-ensias/representatives" },
      { path: "/settings/api-tokens" },
      { path: "/inbox" },
      { path: "/dev/mail" },
    ],
  },
  { account: DEMO.admin, visits: [{ path: "/admin/roles" }] },
];

/** What a phone user would notice: a page wider than the screen, or content cut off either side. */
async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clipped = (el: Element) => {
      for (let p: Element | null = el; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== "visible" || style.clip !== "auto") return true;
      }
      return false;
    };
    const outside = [...document.querySelectorAll("body *")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const shown = el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
        return shown && r.width > 1 && r.height > 1 && (r.right > width + 1 || r.left < -1);
      })
      .filter((el) => !clipped(el))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, outside };
  });
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] })
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function browseIn(context: BrowserContext, locale: string, baseURL: string) {
  // The switcher's cookie (app/.server/locale.server.ts): a JSON string, base64-encoded.
  const value = encodeURIComponent(Buffer.from(JSON.stringify(locale)).toString("base64"));
  await context.addCookies([{ name: "lang", value, url: baseURL }]);
}

test.describe("phones, in French and Arabic", () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    context = await browser.newContext({ viewport: PHONE, locale: "fr-BE" });
    page = await context.newPage();
  });
  test.afterAll(async () => {
    await context.close();
  });

  for (const walk of WALKS) {
    test(`every page ${walk.account ?? "an anonymous visitor"} reaches fits the screen and passes axe`, async ({
      baseURL,
    }) => {
      test.setTimeout(300_000);
      await context.clearCookies();
      await page.setViewportSize(PHONE);
      if (walk.account) {
        await page.goto("/login");
        await page.getByLabel("Adresse e-mail").fill(walk.account);
        await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
        await page.getByRole("button", { name: "Se connecter" }).click();
        await expect(page).not.toHaveURL(/\/login/);
      }
      for (const locale of LOCALES) {
        await browseIn(context, locale, baseURL as string);
        for (const visit of walk.visits) {
          const path = typeof visit.path === "string" ? visit.path : await visit.path(page);
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          const where = `${locale} ${path}`;
          const { scrollWidth, width, outside } = await overflowOf(page);
          expect.soft({ scrollWidth, outside }, `${where} fits ${width}px`).toEqual({
            scrollWidth: width,
            outside: [],
          });
          expect.soft(await seriousViolations(page), `${where}: axe`).toEqual([]);
          if (SCREENSHOTS && visit.shot) await screenshots(page, visit.shot, locale);
        }
      }
    });
  }
});

async function screenshots(page: Page, name: string, locale: string) {
  mkdirSync("docs/screenshots", { recursive: true });
  for (const [size, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `docs/screenshots/${name}-${locale}-${size}.png` });
  }
  await page.setViewportSize(PHONE);
}
