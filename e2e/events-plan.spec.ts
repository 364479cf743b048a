import { expect, test } from "@playwright/test";
import { expectAccessible, horizontalOverflow, setLanguage, signIn } from "./support";

// The demo seed's past master class (scripts/seed/events.ts), planned and published by the seed.
const PLAN = "/events/master-class-ia-codeveloppement-est-laayoune-2025/plan";
const COORDINATOR = "coordination.rabat@passerelle.example";
const SHOTS = process.env.SCREENSHOTS === "1";

test.describe("the organiser's meeting plan", () => {
  test("a coordinator re-plans the master class, locks a meeting and publishes; then publishes what changed", async ({
    browser,
  }) => {
    // Planning a 3-day event and three page loads with axe: more than the default minute on a
    // busy machine.
    test.setTimeout(180_000);
    const page = await signIn(browser, COORDINATOR);
    await page.goto(PLAN);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Planning des rendez-vous");
    await expect(page.locator(".plan-block")).toHaveCount(3);
    await expect(page.locator(".plan-table").first()).toBeVisible();
    await expectAccessible(page);

    // Mark the first meeting of the list "must meet", lock it, re-plan around it, publish
    // whatever changed.
    const firstRow = page.locator(".plan-meeting").first();
    const mark = firstRow.getByRole("button", { name: "À rencontrer absolument" });
    if ((await mark.count()) === 0) {
      // A previous run left the mark: take it off first, so the journey marks it itself.
      await firstRow.getByRole("button", { name: "Retirer « à rencontrer absolument »" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "Marque « à rencontrer absolument » retirée.",
      );
    }
    await firstRow.getByRole("button", { name: "À rencontrer absolument" }).click();
    await expect(page.getByRole("status")).toContainText("marqué « à rencontrer absolument »");
    await expect(firstRow.locator(".badge", { hasText: "À rencontrer absolument" })).toBeVisible();
    await firstRow.getByRole("button", { name: "Verrouiller" }).click();
    await expect(page.getByRole("status")).toHaveText("Rendez-vous verrouillé à sa place.");
    await expect(firstRow.getByText("Verrouillé", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Planifier", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Plan calculé", { timeout: 60_000 });
    await expect(firstRow.getByText("Verrouillé", { exact: true })).toBeVisible();
    const publish = page.getByRole("button", { name: "Publier" });
    if (await publish.isEnabled()) {
      await publish.click();
      await expect(page.getByRole("status")).toContainText("Plan publié");
    }
    await expect(page.getByTestId("plan-summary")).toContainText("modifications non publiées : 0");
    await expect(publish).toBeDisabled();

    for (const [width, locale] of [
      [390, "fr"],
      [390, "ar"],
      [1280, "fr"],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await setLanguage(page, locale);
      await page.goto(PLAN);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect(await horizontalOverflow(page), `${locale} at ${width} px`).toBe(0);
      if (SHOTS) {
        await page.screenshot({
          path: `test-results/plan-${locale}-${width}.png`,
          fullPage: false,
        });
        // The meeting list, with its "must meet" and lock buttons.
        await page.locator(".plan-meeting").first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/plan-list-${locale}-${width}.png` });
      }
    }
  });

  test("is not found for a participant of the event", async ({ browser }) => {
    const page = await signIn(browser, "etudiant@passerelle.example");
    const response = await page.goto(PLAN);
    expect(response?.status()).toBe(404);
  });
});
