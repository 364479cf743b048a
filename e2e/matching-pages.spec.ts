import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// Demo accounts seeded with the network (scripts/seed/demo-accounts.ts).
const STUDENT = "etudiant@passerelle.example";
const COORDINATOR = "coordination.rabat@passerelle.example";

test("a student sees suggested mentors, each explained, and why near misses were left out", async ({
  browser,
}) => {
  const page = await signIn(browser, STUDENT);
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", { name: "Mes mentors suggérés" })
    .click();
  await expect(page).toHaveURL(/\/mentors$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes mentors suggérés");
  await expect(page.getByRole("heading", { level: 2, name: /mentors? suggérés?/ })).toBeVisible();

  const first = page.locator("#mentors-suggestions ~ .suggestion-list .mentor-card").first();
  await expect(first).toBeVisible();
  // The one-line summary, then one row per criterion with its points written out.
  await expect(first.locator(".explain")).toHaveText(/compétences? (partagées?|voisines?)/);
  const criteria = first.getByRole("list", { name: "Pourquoi cette suggestion" });
  await expect(criteria.locator(".criterion-row").first()).toContainText(/\d+([.,]\d)? \/ \d+ pts/);
  await expect(
    criteria.getByText(/^(Compétences partagées|Compétences voisines)$/).first(),
  ).toBeVisible();
  await expect(criteria.getByText("Lieu", { exact: true })).toBeVisible();
  await expect(first.getByRole("link", { name: /^Demander un mentorat à / })).toHaveAttribute(
    "href",
    /^\/mentorship\/new\?mentor=[a-z0-9-]+$/,
  );

  const nearMisses = page.locator(".near-misses .mentor-card");
  if ((await nearMisses.count()) > 0) {
    await expect(nearMisses.first().locator(".badge.reason").first()).toHaveText(
      /capacité atteinte|mentorat en pause|aucune langue commune/,
    );
  }
  await expectAccessible(page);

  // Filters live in the URL.
  await page.getByLabel("Pays du mentor").selectOption("BE");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/country=BE/);
  const cards = page.locator("#mentors-suggestions ~ .suggestion-list .mentor-card .meta");
  for (const meta of await cards.all()) await expect(meta).toContainText("Belgique");

  // In Arabic the page reads right to left and stays accessible.
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("المرشدون المقترحون لي");
  await expectAccessible(page);
});

test("a coordinator pastes a project description and gets ranked experts with breakdowns", async ({
  browser,
}) => {
  const page = await signIn(browser, COORDINATOR);
  // Mentor suggestions are for students: a coordinator is told so and pointed here.
  await page.goto("/mentors");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Réservé aux étudiant·e·s");
  await expect(
    page.getByRole("main").getByRole("link", { name: "Décrire un besoin" }),
  ).toBeVisible();
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", { name: "Décrire un besoin" })
    .click();
  await expect(page).toHaveURL(/\/match$/);
  const text = page.getByLabel("Votre besoin");
  await expect(text).toHaveAttribute("dir", "auto");

  // Nothing typed: the error sits next to the field.
  await page.getByRole("button", { name: "Trouver des expert·e·s" }).click();
  await expect(page.getByText("Décrivez votre besoin en quelques mots.")).toBeVisible();
  await expect(text).toHaveAttribute("aria-invalid", "true");

  await page.getByRole("button", { name: "Essayer avec un exemple" }).click();
  await expect(text).toHaveValue(/^Appel à projets 2027/);

  const project =
    "Projet de plateforme d'aide au diagnostic : segmentation de tumeurs cérébrales sur IRM par apprentissage profond, avec une équipe de radiologues à Casablanca. Nous cherchons un expert en vision par ordinateur et en analyse d'images médicales.";
  await text.fill(project);
  await expect(page.getByText(`${project.length} / 5 000 caractères`)).toBeVisible();
  await page.getByRole("button", { name: "Trouver des expert·e·s" }).click();

  await expect(page.getByRole("heading", { name: /\d+ expert·e·s? classé·e·s?/ })).toBeVisible();
  await expect(text).toHaveValue(project);
  const concepts = page.locator(".concept-chips li");
  await expect(concepts.filter({ hasText: "vision par ordinateur" })).toContainText("FR");
  const first = page.locator(".expert-result").first();
  await expect(first.locator(".rank")).toHaveText("n° 1");
  await expect(first.locator(".score")).toHaveText(/Score : \d+([.,]\d)? \/ 100/);
  await expect(first.locator('[data-criterion="concepts"]')).toContainText(
    "Compétences correspondantes",
  );
  await expect(first.locator(".explain")).not.toBeEmpty();
  expect(await page.locator(".expert-result").count()).toBeGreaterThan(3);
  await expectAccessible(page);
});
