import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";

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

async function signInAsCoordinator(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(COORDINATOR);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test("a coordinator imports people, sees rejected lines, and finds the good ones", async ({
  page,
}) => {
  await signInAsCoordinator(page);

  await page.goto("/coordinator/import");
  await expect(page.getByRole("heading", { name: "Importer des personnes" })).toBeVisible();
  // Submitting without a file is said next to the field, in French.
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByLabel("Fichier JSONL")).toHaveAccessibleDescription(
    /Choisissez un fichier \.jsonl/,
  );
  await page.getByLabel("Fichier JSONL").setInputFiles({
    name: "people.jsonl",
    mimeType: "application/jsonl",
    buffer: Buffer.from(lines.join("\n")),
  });
  await page.getByRole("button", { name: "Importer" }).click();

  await expect(page.getByTestId("import-summary")).toContainText("1 créée,");
  await expect(page.getByTestId("import-summary")).toContainText("3 refusées");
  const rejected = page.getByTestId("rejected-lines");
  await expect(rejected.getByRole("listitem")).toHaveCount(3);
  await expect(rejected).toContainText(
    "Ligne 2 : la catégorie (kind) ne peut pas valoir « mentor » (valeurs permises : student, expert, researcher)",
  );
  await expect(rejected).toContainText("Ligne 3 : ce n'est pas du JSON valide");
  await expect(rejected).toContainText("Ligne 4 : le pays (country) est obligatoire");
  await expect(rejected).not.toContainText(/Invalid|Required|Unrecognized/);

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

test("the import format is a page of the app, in Arabic too, with an example to download", async ({
  page,
}) => {
  await signInAsCoordinator(page);

  await page.goto("/coordinator/import");
  await page.getByRole("link", { name: /Le format du fichier/ }).click();
  await expect(page.getByRole("heading", { name: "Format du fichier d’import" })).toBeVisible();
  const fields = page.getByTestId("format-fields");
  await expect(fields.getByRole("row", { name: /externalId/ })).toContainText("Oui");
  await expect(fields.getByRole("row", { name: /^kind/ })).toContainText(
    "student, expert, researcher",
  );
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Télécharger un fichier d’exemple/ }).click();
  const lines = await readFile((await (await download).path())!, "utf8");
  expect(lines.trim().split("\n")).toHaveLength(3);

  // The language switcher's cookie: a JSON string, base64-encoded.
  const arabic = encodeURIComponent(Buffer.from(JSON.stringify("ar")).toString("base64"));
  await page.context().addCookies([{ name: "lang", value: arabic, url: page.url() }]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/coordinator/import/format");
  await expect(page.getByRole("heading", { name: "صيغة ملف الاستيراد" })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
});
