import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./support";

const BIBTEX = path.resolve("docs/examples/publications.bib");

test("a researcher imports a BibTeX file, sees the report, and adds a publication theme as a skill", async ({
  browser,
}) => {
  // Two uploads, an added skill and three pages checked with axe: a long walk.
  test.slow();
  const page = await signIn(browser, DEMO.researcher);
  await page.goto("/settings/profile");
  await page.getByRole("link", { name: "Importer depuis un fichier BibTeX ou ORCID" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importer des publications");

  // A file that is not a bibliography: a clear error, nothing imported.
  await page.getByLabel("Fichier .bib ou .json (2 Mo au plus)").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Mes articles, à recopier un jour."),
  });
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "Ce fichier n’est ni du BibTeX ni l’export JSON d’un dossier ORCID.",
  );

  await page.getByLabel("Fichier .bib ou .json (2 Mo au plus)").setInputFiles(BIBTEX);
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Ajoutées : 3 · fusionnées avec une publication existante : 1 · refusées : 1.",
  );
  await expect(page.getByText("benali-notes — année manquante ou invalide")).toBeVisible();
  await expect(
    page.getByRole("link", { name: "doi:10.5555/passerelle.palm.2024" }),
  ).toHaveAttribute("href", "https://doi.org/10.5555/passerelle.palm.2024");
  await expectAccessible(page);

  // The editor offers the themes of the papers as skills, one click each.
  await page.getByRole("link", { name: "Retour à mon profil" }).click();
  const themes = page.locator(".publication-tools");
  await expect(themes.getByRole("heading", { name: "Thèmes de vos publications" })).toBeVisible();
  await themes
    .getByRole("button", { name: "Ajouter « reconnaissance de la parole » à mes compétences" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "a été ajoutée" })).toHaveText(
    "« reconnaissance de la parole » a été ajoutée à vos compétences.",
  );
  await expect(
    themes.getByRole("listitem").filter({ hasText: "reconnaissance de la parole" }),
  ).toContainText("déjà dans vos compétences");

  // The public profile shows the themes apart from the skills; in Arabic too.
  await page.getByRole("link", { name: "Voir mon profil" }).click();
  await expect(page.getByRole("heading", { name: "Thèmes de ses publications" })).toBeVisible();
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "مواضيع منشوراته" })).toBeVisible();
  await expectAccessible(page);
});
