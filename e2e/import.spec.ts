import { expect, test } from "@playwright/test";

// A coordinator imports a file with good and bad lines, sees the bad ones listed, and finds the
// good ones in the directory once the search outbox has indexed them.
const PASSWORD = "passerelle-demo-2026";
const COORDINATOR = "coordination.rabat@passerelle.example";

const lines = [
  {
    externalId: "e2e-import-1",
    kind: "expert",
    name: "Zineb Oulhaj-Import",
    headline: "Experte en vision par ordinateur",
    country: "MA",
    city: "Rabat",
    organization: "UM5",
    languages: ["fr", "ar"],
    skills: ["vision artificielle", "Quillography"],
    offers: ["mentoring"],
  },
  { externalId: "e2e-import-2", kind: "mentor", name: "Bad Kind", country: "MA" },
  '{"externalId":"e2e-import-3",',
  { externalId: "e2e-import-4", kind: "researcher", name: "Nobody Somewhere" },
].map((l) => (typeof l === "string" ? l : JSON.stringify(l)));

test("a coordinator imports people, sees rejected lines, and finds the good ones", async ({
  page,
}) => {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(COORDINATOR);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/login/);

  await page.goto("/coordinator/import");
  await expect(page.getByRole("heading", { name: "Importer des personnes" })).toBeVisible();
  await page.getByLabel("Fichier JSONL").setInputFiles({
    name: "people.jsonl",
    mimeType: "application/jsonl",
    buffer: Buffer.from(lines.join("\n")),
  });
  await page.getByRole("button", { name: "Importer" }).click();

  await expect(page.getByTestId("import-summary")).toContainText("1 créées");
  await expect(page.getByTestId("import-summary")).toContainText("3 refusées");
  const rejected = page.getByTestId("rejected-lines");
  await expect(rejected.getByRole("row")).toHaveCount(4);
  await expect(rejected).toContainText("kind:");
  await expect(rejected).toContainText("not valid JSON");
  await expect(rejected).toContainText("country is required");

  // The outbox worker indexes the new expert within moments; the directory then finds her.
  await expect
    .poll(
      async () => {
        await page.goto("/experts?q=Oulhaj-Import");
        return page.getByText("Zineb Oulhaj-Import").count();
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: "Exporter en CSV" })).toBeVisible();
});
