import { expect, type Page, test } from "@playwright/test";

async function search(page: Page, q: string) {
  await page.goto("/experts");
  await page.getByRole("searchbox").fill(q);
  await page.getByRole("searchbox").press("Enter");
  // The count names the query only once the new results are on screen.
  await expect(page.getByTestId("result-count")).toContainText(q);
}

const hits = (page: Page) => page.locator(".hit-list > li");
const resultCount = async (page: Page) =>
  Number((await page.getByTestId("result-count").innerText()).match(/\d+/)?.[0] ?? "0");

test("typo queries still find machine-learning experts", async ({ page }) => {
  for (const q of ["machine lerning", "apprentisage automatique"]) {
    await search(page, q);
    await expect(hits(page).first()).toBeVisible();
    // The first hits carry the skill itself, highlighted, in French (the default language).
    await expect(hits(page).first().locator("mark").first()).toBeVisible();
    await expect(hits(page).first().locator(".chips")).toContainText(/apprentissage automatique/i);
  }
});

test("an Arabic query finds AI experts", async ({ page }) => {
  await search(page, "الذكاء الاصطناعي");
  expect(await resultCount(page)).toBeGreaterThan(5);
  await expect(hits(page).first()).toBeVisible();
});

test("a facet narrows the results and survives a reload", async ({ page }) => {
  await page.goto("/experts");
  const all = await resultCount(page);
  const belgium = page
    .locator('fieldset[data-facet="country"]')
    .getByRole("checkbox", { name: /Belgique/ });
  await belgium.check();
  await expect(page).toHaveURL(/country=BE/);
  await expect.poll(() => resultCount(page)).toBeLessThan(all);
  const narrowed = await resultCount(page);
  expect(narrowed).toBeGreaterThan(0);
  await page.reload();
  await expect(
    page.locator('fieldset[data-facet="country"]').getByRole("checkbox", { name: /Belgique/ }),
  ).toBeChecked();
  expect(await resultCount(page)).toBe(narrowed);
  await expect(hits(page).first()).toContainText("Belgique");
});

test("a folded facet shows its choices when opened, and one narrows the results", async ({
  page,
}) => {
  await page.goto("/experts");
  const all = await resultCount(page);
  const city = page.locator('details[data-facet="city"]');
  await expect(city.getByRole("checkbox")).toHaveCount(0);
  await city.locator("summary").click();
  const rabat = city.getByRole("checkbox", { name: /Rabat/ });
  await rabat.check();
  await expect(page).toHaveURL(/city=Rabat/);
  await expect.poll(() => resultCount(page)).toBeLessThan(all);
  // In use, the facet is counted with the page and shown open.
  await expect(
    page.locator('fieldset[data-facet="city"]').getByRole("checkbox", { name: /Rabat/ }),
  ).toBeChecked();
});

test("a text search folds the skills facet and counts it when opened", async ({ page }) => {
  await page.goto("/experts");
  // Browsing, the skills are counted with the page.
  await expect(
    page.locator('fieldset[data-facet="skills"]').getByRole("checkbox").first(),
  ).toBeVisible();
  await search(page, "apprentissage");
  const skills = page.locator('details[data-facet="skills"]');
  await expect(skills.getByRole("checkbox")).toHaveCount(0);
  await skills.locator("summary").click();
  const first = skills.getByRole("checkbox").first();
  await expect(first).toBeVisible();
  const all = await resultCount(page);
  await first.check();
  await expect(page).toHaveURL(/skills=/);
  await expect.poll(() => resultCount(page)).toBeLessThanOrEqual(all);
  // In use, the facet is counted with the page and shown open.
  await expect(
    page.locator('fieldset[data-facet="skills"]').getByRole("checkbox").first(),
  ).toBeChecked();
});

test("without JavaScript a folded facet opens through a link", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "fr-BE" });
  const page = await context.newPage();
  await page.goto("/experts?country=MA");
  await page.locator('details[data-facet="languages"] summary').click();
  await page.locator('details[data-facet="languages"]').getByRole("link").click();
  await expect(page).toHaveURL(/open=languages/);
  await expect(
    page.locator('fieldset[data-facet="languages"]').getByRole("checkbox").first(),
  ).toBeVisible();
  await context.close();
});

test("a profile page opens from a hit", async ({ page }) => {
  await search(page, "vision par ordinateur");
  const first = hits(page).first().getByRole("link");
  const name = (await first.innerText()).trim();
  const href = await first.getAttribute("href");
  await page.locator(`.hit-list a[href="${href}"]`).click();
  await expect(page).toHaveURL(/\/people\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("heading", { name: "Compétences" })).toBeVisible();
  // Contact details are never shown to an anonymous visitor.
  await expect(page.locator("body")).not.toContainText("@example.");
});

test("switching to Arabic turns the page right-to-left and is remembered", async ({ page }) => {
  await page.goto("/experts");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("دليل الخبراء");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});

test("bad input gives a normal page, never an error", async ({ page }) => {
  for (const url of [
    "/experts?q=%3F%21%2A%3B%3A%28%29",
    `/experts?q=${"intelligence ".repeat(170)}`,
    "/experts?page=abc&colour=red",
    "/experts?page=999999",
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Annuaire des experts");
  }
  const missing = await page.goto("/people/nobody-by-this-name");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
});

test("an organization page lists its members", async ({ page }) => {
  await search(page, "vision par ordinateur");
  await hits(page).first().getByRole("link").click();
  await page.locator('section[aria-labelledby="affiliations"] a').first().click();
  await expect(page).toHaveURL(/\/orgs\//);
  await expect(page.locator(".member-list li").first()).toBeVisible();
});

test("the organizations page lists Belgian labs and opens one", async ({ page }) => {
  await page.goto("/orgs?kind=lab&country=BE");
  const cards = page.locator(".org-grid > li");
  await expect(cards.first()).toContainText("Laboratoire");
  await expect(cards.first()).toContainText("Belgique");
  await cards.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/orgs\/[^?]+$/);
  await expect(page.getByRole("heading", { level: 2, name: /Membres/ })).toBeVisible();
});
