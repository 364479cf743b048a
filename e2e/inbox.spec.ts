import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, signIn, unreadCount } from "./support";

// Demo accounts seeded with the network (scripts/seed/demo-accounts.ts).
const COORDINATOR = "coordination.bruxelles@passerelle.example";
const RESEARCHER = "chercheur@passerelle.example";
const EXPERT = "expert@passerelle.example";

async function profileName(browser: Browser, email: string): Promise<string> {
  const page = await signIn(browser, email);
  const name = (await page.locator(".account-name").textContent())?.trim() ?? "";
  await page.context().close();
  return name;
}

async function pickParty(page: Page, side: "a" | "b", name: string) {
  const picker = page.locator(`fieldset[data-side="${side}"]`);
  await picker.getByRole("searchbox").fill(name);
  await picker.getByRole("button", { name: "Chercher" }).click();
  await expect(page).toHaveURL(new RegExp(`q${side}=`));
  await picker.getByRole("radio", { name: new RegExp(name) }).check();
}

test("a coordinator proposes a person–person pairing; the party follows it from the inbox", async ({
  browser,
}) => {
  const researcherName = await profileName(browser, RESEARCHER);
  const party = await signIn(browser, EXPERT);
  const expertName = (await party.locator(".account-name").textContent())?.trim() ?? "";
  const before = await unreadCount(party);

  const coordinator = await signIn(browser, COORDINATOR);
  await coordinator.goto("/pairings");
  await coordinator.getByRole("link", { name: "Proposer un binôme" }).click();
  await expect(coordinator).toHaveURL(/\/pairings\/new$/);
  await expect(coordinator.getByLabel("Type de binôme")).toHaveValue("person_person");
  await pickParty(coordinator, "a", researcherName);
  await pickParty(coordinator, "b", expertName);
  // The first search's choice survives the second search.
  await expect(
    coordinator
      .locator('fieldset[data-side="a"]')
      .getByRole("radio", { name: new RegExp(researcherName) }),
  ).toBeChecked();
  await expectAccessible(coordinator);
  await coordinator.getByLabel("Objet").selectOption("mentoring");
  await coordinator.getByLabel("Note pour les parties").fill("Mentorat proposé depuis l'inbox");
  await coordinator.getByRole("button", { name: "Proposer", exact: true }).click();
  const proposed = () => /\/pairings\/[0-9a-f-]{36}$/.test(coordinator.url());
  const warned = coordinator.getByLabel(/J'ai pris connaissance/);
  await expect.poll(async () => proposed() || (await warned.count()) > 0).toBe(true);
  if (!proposed()) {
    await warned.check();
    await coordinator.getByRole("button", { name: "Proposer", exact: true }).click();
  }
  await expect(coordinator).toHaveURL(/\/pairings\/[0-9a-f-]{36}$/);
  const pairingPath = new URL(coordinator.url()).pathname;
  await coordinator.context().close();

  // The party sees the count in the header, with a spoken label.
  await party.goto("/");
  await expect.poll(() => unreadCount(party)).toBe(before + 1);
  await expect(party.getByRole("link", { name: /notifications? non lues?/ })).toBeVisible();
  await party.getByTestId("inbox-link").click();
  await expect(party).toHaveURL(/\/inbox$/);
  const first = party.locator(".inbox-item").first();
  await expect(first).toHaveClass(/unread/);
  await expect(first).toContainText(`proposé entre ${researcherName} et ${expertName}`);
  await expectAccessible(party);

  // Opening it marks it read and leads to the pairing; the count drops.
  await first.getByRole("button").click();
  await expect(party).toHaveURL(new RegExp(`${pairingPath}$`));
  await expect(party.locator('[data-side="b"]')).toContainText("Votre côté");
  await expect.poll(() => unreadCount(party)).toBe(before);
  await party.context().close();
});
