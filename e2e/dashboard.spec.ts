import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

// Demo accounts seeded with the network (scripts/seed/demo-accounts.ts).
const COORDINATOR = "coordination.rabat@passerelle.example";
const MOROCCAN_LAB = "laboratoire-sids-ensias";

/** The "Proposé" count, read from the status chart's table for screen readers. */
async function proposedCount(page: Page): Promise<number> {
  const row = page.getByTestId("status-chart").locator("tr", { hasText: "Proposé" });
  return Number(await row.locator("td").textContent());
}

test("a coordinator follows the pipeline on the dashboard and exports its data", async ({
  browser,
}) => {
  const page = await signIn(browser, COORDINATOR);
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", {
      name: "Tableau de bord",
    })
    .click();
  await expect(page).toHaveURL(/\/coordinator$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Tableau de bord de la coordination",
  );
  // Charts are images with a spoken summary of every value.
  const statusChart = page.getByRole("img", { name: /^Binômes par statut/ });
  await expect(statusChart).toBeVisible();
  await expect(statusChart).toHaveAccessibleName(/Proposé : \d+/);
  await expect(page.getByRole("img", { name: /^Binômes proposés par mois/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Charge des mentors/ })).toBeVisible();
  // The seeded requests: the researcher answered both of theirs, the expert one of two.
  await expect(
    page.getByRole("img", { name: /^Taux de réponse des mentors/ }),
  ).toHaveAccessibleName(/75 % et plus : 1.*50 à 75 % : 1/);
  await expect(page.getByRole("link", { name: "Vérifier les profils" })).toBeVisible();
  const before = await proposedCount(page);

  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);

  // Propose a pairing from the Moroccan lab's partner suggestions; the chart counts it.
  await page.goto(`/orgs/${MOROCCAN_LAB}/partners?purpose=joint_research`);
  const card = page.locator(".suggestion-card").first();
  await card.getByText("Proposer un binôme").click();
  await card.getByLabel("Note pour les parties").fill("Pour le tableau de bord");
  await card.getByRole("button", { name: "Proposer" }).click();
  const warned = page.locator(".suggestion-card").filter({ has: page.getByRole("alert") });
  const proposed = () => /\/pairings\//.test(page.url());
  await expect.poll(async () => proposed() || (await warned.count()) > 0).toBe(true);
  if (!proposed()) {
    await warned.getByLabel(/J'ai pris connaissance/).check();
    await warned.getByRole("button", { name: "Proposer" }).click();
  }
  await expect(page).toHaveURL(/\/pairings\/[0-9a-f-]{36}$/);

  await page.goto("/coordinator");
  expect(await proposedCount(page)).toBe(before + 1);
  await expect(page.getByRole("img", { name: /^Binômes par paire de pays/ })).toHaveAccessibleName(
    /Belgique – Maroc : \d+|Maroc – Belgique : \d+/,
  );

  // The status dataset downloads as a UTF-8 CSV with a BOM, French headers and labels.
  const downloading = page.waitForEvent("download");
  await page
    .getByTestId("status-chart")
    .getByRole("link", { name: /Exporter en CSV/ })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^passerelle-status-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe("statut,libellé,binômes");
  expect(lines[1]).toBe(`proposed,Proposé,${before + 1}`);
  await page.context().close();
});

test("the dashboard reads right to left in Arabic", async ({ browser, baseURL }) => {
  const page = await signIn(browser, COORDINATOR);
  await page.request.post("/locale", {
    form: { locale: "ar", redirectTo: "/coordinator" },
    headers: { Origin: baseURL! },
  });
  await page.goto("/coordinator");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("لوحة قيادة التنسيق");
  await expect(page.getByRole("img", { name: /^الثنائيات حسب الحالة/ })).toBeVisible();
  // Bars grow from the right: the first bar starts at the right end of its track.
  const track = await page.getByTestId("status-chart").locator(".bar-track").first().boundingBox();
  const bar = await page.getByTestId("status-chart").locator(".bar-fill").first().boundingBox();
  expect(Math.round(bar!.x + bar!.width)).toBe(Math.round(track!.x + track!.width));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);
  if (process.env.DASHBOARD_SCREENSHOT)
    await page.screenshot({ path: process.env.DASHBOARD_SCREENSHOT, fullPage: true });
  await page.context().close();
});
