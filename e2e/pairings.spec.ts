import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, setLanguage, signIn } from "./support";

// Demo accounts seeded with the network (scripts/seed/demo-accounts.ts). The researcher's primary
// lab is the Moroccan SIDS lab (ENSIAS); the expert works at OCP; the Leuven researcher is a
// primary member of the Belgian lab DTAI, a top suggestion for SIDS.
const COORDINATOR = "coordination.rabat@passerelle.example";
const RESEARCHER = "chercheur@passerelle.example";
const EXPERT = "expert@passerelle.example";
const BELGIAN_MEMBER = "chercheur.leuven@passerelle.example";
const BELGIAN_LAB = "dtai";
const MOROCCAN_LAB = "laboratoire-sids-ensias";

/** Proposes from a suggestion (the first by default), acknowledging conflict warnings if any. */
async function proposeFirst(page: Page, note: string, partnerSlug?: string): Promise<string> {
  const cards = page.locator(".suggestion-card");
  const card = partnerSlug
    ? cards.filter({ has: page.locator(`h2 a[href="/orgs/${partnerSlug}"]`) })
    : cards.first();
  await card.getByText("Proposer un binôme").click();
  await card.getByLabel("Note pour les parties").fill(note);
  await card.getByRole("button", { name: "Proposer" }).click();
  const warned = page.locator(".suggestion-card").filter({ has: page.getByRole("alert") });
  const proposed = () => /\/pairings\//.test(page.url());
  await expect.poll(async () => proposed() || (await warned.count()) > 0).toBe(true);
  if (!proposed()) {
    await warned.getByLabel(/J'ai pris connaissance/).check();
    await warned.getByRole("button", { name: "Proposer" }).click();
  }
  await expect(page).toHaveURL(/\/pairings\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

async function moveTo(page: Page, status: string) {
  await page.getByLabel("Nouveau statut").selectOption({ label: status });
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("pairing-status")).toHaveText(status);
}

test.describe("the pairing pipeline", () => {
  test.describe.configure({ mode: "serial" });
  let labPairing = "";
  let companyPairing = "";

  test("a coordinator gets Belgian partners for a Moroccan lab and proposes a pairing", async ({
    browser,
  }) => {
    const page = await signIn(browser, COORDINATOR);
    await page.goto(`/orgs/${MOROCCAN_LAB}/partners?purpose=joint_research`);
    const cards = page.locator(".suggestion-card");
    await expect(cards.first()).toBeVisible();
    // Morocco ↔ Belgium is preferred by default: the top suggestions are Belgian.
    await expect(cards.first().locator(".meta")).toContainText("Belgique");
    await cards.first().getByText("Détail du score").click();
    const rows = cards.first().locator("tbody tr");
    await expect(rows).toHaveCount(8);
    await expect(cards.first().locator('tr[data-criterion="country"]')).toContainText("Belgique");
    await expectAccessible(page);

    labPairing = await proposeFirst(
      page,
      "Recherche conjointe proposée par la coordination",
      BELGIAN_LAB,
    );
    await expect(page.getByTestId("pairing-status")).toHaveText("Proposé");
    await expectAccessible(page);

    // A second pairing, for the expert's company: used below to check who sees what.
    await page.goto("/orgs/ocp/partners?purpose=internship");
    companyPairing = await proposeFirst(page, "Stages");
    await page.context().close();
  });

  test("both sides accept and the coordinator moves it to convention signed", async ({
    browser,
  }) => {
    const researcher = await signIn(browser, RESEARCHER);
    await researcher.goto(labPairing);
    const ours = researcher.locator('[data-side="a"]');
    await expect(ours).toContainText("Votre côté");
    // Only their own side can be answered.
    await expect(researcher.locator('[data-side="b"]').getByRole("button")).toHaveCount(0);
    await ours.getByRole("button", { name: "Accepter" }).click();
    await expect(ours).toContainText("Accepté");
    await researcher.context().close();

    // The Belgian side is accepted by one of the Belgian lab's own members.
    const belgian = await signIn(browser, BELGIAN_MEMBER);
    await belgian.goto(labPairing);
    const theirs = belgian.locator('[data-side="b"]');
    await expect(theirs).toContainText("Votre côté");
    await expect(belgian.locator('[data-side="a"]').getByRole("button")).toHaveCount(0);
    await theirs.getByRole("button", { name: "Accepter" }).click();
    await expect(theirs).toContainText("Accepté");
    await belgian.context().close();

    const coordinator = await signIn(browser, COORDINATOR);
    await coordinator.goto(labPairing);
    // Until both sides accept, "Accord des parties" is not offered; here they have.
    await moveTo(coordinator, "Parties contactées");
    await moveTo(coordinator, "Accord des parties");
    // "Convention signée" is not a menu choice: it takes the date, signatories and the PDF.
    await expect(
      coordinator.getByLabel("Nouveau statut").locator("option", { hasText: "Convention signée" }),
    ).toHaveCount(0);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await coordinator.getByLabel("Date de signature").fill(yesterday);
    await coordinator.getByLabel("Signataires").fill("Directions de SIDS et de DTAI");
    await coordinator.getByLabel(/Convention signée \(PDF/).setInputFiles({
      name: "convention.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"),
    });
    await coordinator.getByRole("button", { name: "Enregistrer la convention" }).click();
    await expect(coordinator.getByTestId("pairing-status")).toHaveText("Convention signée");
    await expect(coordinator.getByTestId("convention")).toContainText(
      "Directions de SIDS et de DTAI",
    );
    const download = coordinator.waitForEvent("download");
    await coordinator.getByRole("link", { name: /Télécharger la convention/ }).click();
    expect((await download).suggestedFilename()).toBe("convention.pdf");
    await expect(coordinator.locator(".pairing-history li")).toHaveCount(6);
    // The filtered list has it, beside the demo pipeline's own signed conventions.
    await coordinator.goto("/pairings?status=convention_signed");
    await expect(coordinator.locator(`.pairing-table a[href="${labPairing}"]`)).toHaveCount(1);
    await expectAccessible(coordinator);
    await coordinator.context().close();
  });

  test("a party cannot see another party's pairing", async ({ browser }) => {
    const researcher = await signIn(browser, RESEARCHER);
    await researcher.goto("/pairings");
    await expect(researcher.locator(`a[href="${labPairing}"]`)).toHaveCount(1);
    await expect(researcher.locator(`a[href="${companyPairing}"]`)).toHaveCount(0);
    const response = await researcher.goto(companyPairing);
    expect(response?.status()).toBe(404);
    await researcher.context().close();

    const expert = await signIn(browser, EXPERT);
    await expert.goto("/pairings");
    await expect(expert.locator(`a[href="${companyPairing}"]`)).toHaveCount(1);
    expect((await expert.goto(labPairing))?.status()).toBe(404);
    // Nor may a party move a pairing along.
    await expert.goto(companyPairing);
    await expect(expert.getByLabel("Nouveau statut")).toHaveCount(0);
    await expert.context().close();
  });
});

test("the partners page lists a lab's strengths as an Arabic reader writes a list", async ({
  browser,
}) => {
  const page = await signIn(browser, COORDINATOR);
  await setLanguage(page, "ar");
  await page.goto(`/orgs/${MOROCCAN_LAB}/partners`);
  const strengths = page.locator(".lab-summary p").filter({ hasText: "نقاط القوة:" });
  await expect(strengths).toContainText(" و");
  // Intl.ListFormat's "و", never a Latin ", " between the skills.
  expect(await strengths.textContent()).not.toContain(", ");
  // A partner's city and country: the Arabic comma.
  await expect(page.locator(".suggestion-card .meta").first()).toContainText("، ");
  await page.context().close();
});
