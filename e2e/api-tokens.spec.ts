import { expect, test } from "@playwright/test";

const COORDINATOR = "coordination.rabat@passerelle.example";
const DEMO_PASSWORD = "passerelle-demo-2026";

test("a coordinator creates an API token in settings and ranks experts with it", async ({
  page,
  request,
}) => {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(COORDINATOR);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).last().click();
  await expect(page.locator("summary.account-name")).toBeVisible();

  await page.goto("/settings/profile");
  await page.getByRole("link", { name: "Jetons d'API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jetons d'API" })).toBeVisible();
  const name = `e2e ${Date.now().toString(36)}`;
  await page.getByLabel("Nom du jeton").fill(name);
  await page.getByRole("button", { name: "Créer le jeton" }).click();
  const shown = page.getByTestId("new-api-token");
  await expect(shown).toHaveValue(/^pas_[a-z2-7]{52}$/);
  const token = await shown.inputValue();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Jamais");

  const unauthorized = await request.post("/api/v1/match/experts", {
    data: { text: "vision par ordinateur" },
  });
  expect(unauthorized.status()).toBe(401);

  const response = await request.post("/api/v1/match/experts", {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      text: "Projet de détection des maladies des cultures par vision par ordinateur et apprentissage automatique",
      limit: 5,
    },
  });
  expect(response.status()).toBe(200);
  const { results } = (await response.json()) as {
    results: { personId: string; name: string; score: number; breakdown: unknown[] }[];
  };
  expect(results.length).toBeGreaterThan(0);
  expect(results.length).toBeLessThanOrEqual(5);
  for (const result of results) {
    expect(result.breakdown.length).toBeGreaterThan(0);
    expect(result.score).toBeGreaterThan(0);
  }

  // The token is listed with its last use, and can be revoked.
  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).not.toContainText("Jamais");
  await row.getByRole("button", { name: "Révoquer" }).click();
  await expect(page.getByRole("status")).toContainText(name);
  const revoked = await request.post("/api/v1/match/experts", {
    headers: { Authorization: `Bearer ${token}` },
    data: { text: "vision" },
  });
  expect(revoked.status()).toBe(401);
});
