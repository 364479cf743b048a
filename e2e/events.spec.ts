import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, horizontalOverflow, setLanguage, signIn } from "./support";

// Demo accounts (scripts/seed/demo-accounts.ts): the student owns Hicham Ait Ouahmane's profile,
// the expert Imane Benabdeljalil's. The event is made here: the demo seed has none of its own.
const EXPERT_NAME = "Imane Benabdeljalil";
const EXPERT_CONTACT = "imane-benabdeljalil@example.ma";
const STUDENT_NAME = "Hicham Ait Ouahmane";
const YEAR = new Date().getFullYear() + 1;
const SHOTS = process.env.SCREENSHOTS === "1";

test("a coordinator publishes an event; a student requests a meeting the expert accepts", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Master class IA ${Date.now()}`;
  const coordinator = await signIn(browser, DEMO.coordinatorRabat);
  await coordinator.goto("/events");
  await coordinator.getByRole("link", { name: "Créer un événement" }).click();
  await expect(coordinator).toHaveURL(/\/events\/new$/);

  // A mistake is said next to its field and what was typed stays.
  await coordinator.getByLabel("Titre (français)").fill(title);
  await coordinator.getByRole("button", { name: "Créer l'événement" }).click();
  await expect(coordinator.getByLabel("Titre (français)")).toHaveValue(title);
  await expect(coordinator.getByRole("textbox", { name: "Ville", exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );

  await coordinator
    .getByLabel("Description (français)")
    .fill("Trois jours de conférences, d'ateliers et de rendez-vous individuels.");
  await coordinator.getByLabel("Premier jour").fill(`${YEAR}-05-13`);
  await coordinator.getByLabel("Dernier jour").fill(`${YEAR}-05-15`);
  await coordinator.getByRole("textbox", { name: "Ville", exact: true }).fill("Laâyoune");
  await coordinator.getByRole("button", { name: "Créer l'événement" }).click();
  await expect(coordinator).toHaveURL(/\/events\/master-class-ia-\d+\/edit$/);
  const eventPath = new URL(coordinator.url()).pathname.replace(/\/edit$/, "");

  await coordinator.getByLabel("Type de séance").selectOption({ label: "Rendez-vous individuels" });
  await coordinator.getByLabel("Titre (français)").last().fill("Rendez-vous B2B");
  await coordinator.getByLabel("Début").fill(`${YEAR}-05-14T14:00`);
  await coordinator.getByLabel("Fin", { exact: true }).fill(`${YEAR}-05-14T16:00`);
  await coordinator.getByLabel("Salle").fill("Hall A");
  await coordinator.getByLabel("Durée d'un créneau (min)").fill("30");
  await coordinator.getByLabel("Nombre de tables").fill("5");
  await coordinator.getByRole("button", { name: "Ajouter au programme" }).click();
  await expect(coordinator.getByText("Séance ajoutée au programme.")).toBeVisible();
  await expect(coordinator.getByTestId("programme-item")).toContainText(
    "4 créneaux de 30 min, 5 tables",
  );
  await coordinator.getByRole("button", { name: "Publier" }).click();
  await expect(coordinator.getByTestId("publish-state")).toHaveText("Publié : visible par tous.");
  // The organiser reaches the event's tools from its page.
  await coordinator.goto(eventPath);
  for (const tool of [
    "Planifier les rencontres",
    "Accueil des participants",
    "Tableau de bord de l'événement",
  ]) {
    await expect(coordinator.getByRole("link", { name: tool })).toBeVisible();
  }

  // Both register; the meeting block's four slots are ticked by default.
  const expert = await signIn(browser, DEMO.expert);
  await expert.goto(eventPath);
  await expect(expert.getByText("14:00–16:00")).toBeVisible();
  await expect(expert.getByText("Heures indiquées à l'heure de Casablanca.")).toBeVisible();
  await expect(expert.getByRole("checkbox", { name: "15:30" })).toBeChecked();
  await expert.getByRole("button", { name: "M'inscrire" }).click();
  await expect(expert.getByTestId("registration-status")).toContainText("Vous êtes inscrit·e");
  await expect(expert.getByRole("link", { name: "Mon agenda" })).toBeVisible();
  await expect(expert.getByRole("link", { name: "Planifier les rencontres" })).toHaveCount(0);
  // What was ticked was kept: the slots come back ticked, one unticked stays so.
  await expert.getByRole("checkbox", { name: "14:30" }).uncheck();
  const saved = expert.waitForResponse((r) => r.request().method() === "POST");
  await expert.getByRole("button", { name: "Enregistrer" }).click();
  expect((await saved).status()).toBe(200);
  await expert.reload();
  await expect(expert.getByRole("checkbox", { name: "15:30" })).toBeChecked();
  await expect(expert.getByRole("checkbox", { name: "14:30" })).not.toBeChecked();

  const student = await signIn(browser, DEMO.student);
  await student.goto(eventPath);
  await expectAccessible(student);
  await student.getByRole("checkbox", { name: "Stage" }).last().check();
  await student.getByRole("button", { name: "M'inscrire" }).click();
  await expect(student.getByTestId("registration-status")).toContainText("Vous êtes inscrit·e");
  await expect(student.getByTestId("registered-count")).toContainText("2");
  await student.reload();
  await expect(student.getByRole("checkbox", { name: "Stage" }).last()).toBeChecked();

  await student.getByRole("link", { name: "Participant·e·s et rendez-vous" }).click();
  await expectAccessible(student);
  const card = student.getByTestId("participant").filter({ hasText: EXPERT_NAME });
  await expect(card.getByText(EXPERT_CONTACT)).toHaveCount(0);
  await card.getByText(`Demander un rendez-vous à ${EXPERT_NAME}`).click();
  await card.getByLabel("Votre message").fill("Court");
  await card.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(card.getByLabel("Votre message")).toHaveValue("Court");
  await expect(card.getByLabel("Votre message")).toHaveAttribute("aria-invalid", "true");
  await card
    .getByLabel("Votre message")
    .fill("Bonjour, je cherche un stage en vision par ordinateur : pouvons-nous en parler ?");
  await card.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(student.getByText("Demande envoyée.")).toBeVisible();

  await expert.goto(`${eventPath}/meetings`);
  await expectAccessible(expert);
  const received = expert.getByTestId("meeting-request").filter({ hasText: STUDENT_NAME });
  await expect(received.getByTestId("request-status")).toHaveText("En attente");
  await received.getByRole("button", { name: "Accepter" }).click();
  await expect(expert.getByText("Rendez-vous accepté.")).toBeVisible();
  await expect(
    expert
      .getByTestId("meeting-request")
      .filter({ hasText: STUDENT_NAME })
      .getByTestId("request-status"),
  ).toHaveText("Acceptée");

  await student.goto(`${eventPath}/meetings`);
  const sent = student.getByTestId("meeting-request").filter({ hasText: EXPERT_NAME });
  await expect(sent.getByTestId("request-status")).toHaveText("Acceptée");
  await expect(sent.getByText(EXPERT_CONTACT)).toBeVisible();

  // A researcher (not a student) writes what they come for: the matching engine suggests the
  // expert for that need, explained criterion by criterion, and the request goes from the card.
  const researcher = await signIn(browser, DEMO.researcher);
  await researcher.goto(eventPath);
  await researcher
    .getByLabel("Ce que vous venez chercher, en quelques mots (facultatif)")
    .fill("Optimisation mathématique et prévision de séries temporelles pour la logistique.");
  await researcher.getByRole("button", { name: "M'inscrire" }).click();
  await expect(researcher.getByTestId("registration-status")).toContainText("Vous êtes inscrit·e");
  await researcher.getByRole("link", { name: "Participant·e·s et rendez-vous" }).click();
  const suggestion = researcher
    .getByTestId("meeting-suggestion")
    .filter({ hasText: "Expert pour votre besoin" })
    .filter({ hasText: EXPERT_NAME });
  await expect(suggestion.getByRole("list", { name: "Pourquoi cette suggestion" })).toBeVisible();
  await expectAccessible(researcher);
  // The suggestions come after the list, in the same HTML: a browser without JavaScript shows them.
  const signedIn = await researcher.context().storageState();
  const withoutScripts = await browser.newContext({
    javaScriptEnabled: false,
    // Such a browser never ran the script that says it runs scripts (app/utils/scripts-cookie.ts).
    storageState: { ...signedIn, cookies: signedIn.cookies.filter((c) => c.name !== "scripts") },
  });
  const plain = await withoutScripts.newPage();
  await plain.goto(`${eventPath}/participants`);
  await expect(
    plain
      .getByTestId("meeting-suggestion")
      .filter({ hasText: "Expert pour votre besoin" })
      .filter({ hasText: EXPERT_NAME }),
  ).toBeVisible();
  await expect(plain.getByTestId("suggestions-loading")).toHaveCount(0);
  await withoutScripts.close();
  for (const [width, locale] of [
    [390, "fr"],
    [390, "ar"],
    [1280, "fr"],
  ] as const) {
    await researcher.setViewportSize({ width, height: 900 });
    await setLanguage(researcher, locale);
    await researcher.goto(`${eventPath}/participants`);
    await expect(researcher.locator("html")).toHaveAttribute("lang", locale);
    await expect(researcher.getByTestId("meeting-suggestion").first()).toBeVisible();
    expect(await horizontalOverflow(researcher), `${locale} at ${width} px`).toBe(0);
    if (width === 390) {
      // Results before filters on a phone: the facets wait behind a closed "Filtres" panel.
      await expect(researcher.locator(".filters-panel")).not.toHaveAttribute("open");
    }
    if (locale === "ar") await expectAccessible(researcher);
    if (SHOTS) {
      await researcher.screenshot({
        path: `test-results/participants-${locale}-${width}.png`,
        fullPage: true,
      });
    }
  }
  await suggestion.getByText(`Demander un rendez-vous à ${EXPERT_NAME}`).click();
  await suggestion
    .getByLabel("Votre message")
    .fill("Bonjour, votre travail en optimisation m'intéresse pour un projet logistique.");
  await suggestion.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(researcher.getByText("Demande envoyée.")).toBeVisible();
  await expect(
    researcher.getByTestId("meeting-suggestion").filter({ hasText: EXPERT_NAME }),
  ).toHaveCount(0);
});
