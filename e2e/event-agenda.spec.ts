import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { seedAgendaEvent } from "./event-fixture";
import { DEMO, expectAccessible, signIn } from "./support";

const SLUG = "master-class-agenda-e2e";

test.beforeAll(() => seedAgendaEvent(SLUG));

test.describe("the event agenda", () => {
  test.describe.configure({ mode: "serial" });

  test("a participant sees a placed meeting, downloads the .ics, marks it held and reports an agreement", async ({
    browser,
  }) => {
    const page = await signIn(browser, DEMO.researcher);
    await page.goto(`/events/${SLUG}/agenda`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "Master class IA appliquée",
    );
    const meeting = page.getByTestId("agenda-meeting").first();
    await expect(meeting).toContainText("Table 3");
    await expect(meeting.locator('a[href^="mailto:"]')).toBeVisible();
    await expect(page.locator(".qr-code svg")).toBeVisible();
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Télécharger (.ics)" }).click(),
    ]);
    const ics = await readFile((await download.path())!, "utf8");
    expect(ics).toContain("DTSTART;TZID=Africa/Casablanca:");
    expect(ics).toMatch(/table 3/i);

    await meeting.getByRole("button", { name: "Rencontre tenue" }).click();
    await expect(meeting.getByRole("button", { name: "Rencontre tenue" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    // Agreement without its kind: said on the form, nothing lost.
    await meeting.getByLabel("Qu'en est-il ressorti ?").selectOption("agreement_reached");
    await meeting.getByLabel("Note (facultative)").fill("Stage de trois mois à Louvain");
    await meeting.getByRole("button", { name: "Enregistrer la réponse" }).click();
    await expect(meeting.getByText("Choisissez le type d'accord conclu.")).toBeVisible();
    await expect(meeting.getByLabel("Note (facultative)")).toHaveValue(
      "Stage de trois mois à Louvain",
    );
    await meeting.getByLabel("Type d'accord (si accord conclu)").selectOption("internship");
    await meeting.getByRole("button", { name: "Enregistrer la réponse" }).click();
    await expect(meeting.getByTestId("outcome-answer")).toContainText("Accord conclu — Stage");
    await page.context().close();
  });

  test("a coordinator opens the pairing from the event dashboard", async ({ browser }) => {
    const page = await signIn(browser, DEMO.coordinatorRabat);
    await page.goto(`/events/${SLUG}/dashboard`);
    await expect(page.getByTestId("event-meetings")).toBeVisible();
    await expectAccessible(page);
    const agreement = page.getByTestId("event-agreements").locator("li").first();
    await agreement.getByRole("button", { name: "Ouvrir un binôme" }).click();
    // Conflict-of-interest warnings (same lab, co-authors) are acknowledged, as on /pairings/new.
    const opened = () => /\/pairings\/[0-9a-f-]{36}$/.test(page.url());
    await expect
      .poll(async () => opened() || (await page.getByRole("alert").count()) > 0)
      .toBe(true);
    if (!opened()) {
      await page.getByLabel("J'ai pris connaissance de ces avertissements").check();
      await page.getByRole("button", { name: "Ouvrir un binôme" }).click();
    }
    await expect(page).toHaveURL(/\/pairings\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("pairing-event")).toContainText("Master class IA appliquée");
    await page.goto(`/events/${SLUG}/dashboard`);
    await expect(page.getByTestId("event-agreements")).toContainText("Voir le binôme");
    await page.context().close();
  });
});
