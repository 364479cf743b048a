import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, unreadCount, waitForMail } from "./support";

// Demo accounts (scripts/seed/demo-accounts.ts): the student owns Hicham Ait Ouahmane's profile, the
// expert Imane Benabdeljalil's (mentoring open, 2 places). The seed is deterministic, so are the
// slugs and the profiles' contact e-mails.
const STUDENT = "etudiant@passerelle.example";
const EXPERT = "expert@passerelle.example";
const EXPERT_SLUG = "imane-benabdeljalil";
const EXPERT_CONTACT = "imane-benabdeljalil@example.ma";
const STUDENT_CONTACT = "hicham-ait-ouahmane@example.ma";

test("a student asks an expert for mentoring, the expert accepts, both see contact details", async ({
  browser,
}) => {
  const student = await signIn(browser, STUDENT);
  await student.goto(`/people/${EXPERT_SLUG}`);
  await expect(student.getByText(EXPERT_CONTACT)).toHaveCount(0);
  await student.getByRole("link", { name: "Demander un mentorat" }).click();
  await expect(student).toHaveURL(new RegExp(`/mentorship/new\\?mentor=${EXPERT_SLUG}$`));
  await expectAccessible(student);

  // A mistake is said next to the field, and what was typed stays.
  await student.getByLabel("Votre message").fill("Bonjour !");
  await student.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(student.getByText("Choisissez l'objet de votre demande.")).toBeVisible();
  await expect(student.getByText("Écrivez au moins 20 caractères.")).toBeVisible();
  await expect(student.getByLabel("Votre message")).toHaveValue("Bonjour !");

  await student.getByLabel("Objet de la demande").selectOption({ label: "Mémoire ou thèse" });
  await student
    .getByLabel("Votre message")
    .fill(
      "Bonjour, je prépare un mémoire sur l'IA appliquée à l'agriculture et cherche un mentor.",
    );
  await student.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(student).toHaveURL(/\/mentorship\/[0-9a-f-]{36}$/);
  const requestPath = new URL(student.url()).pathname;
  await expect(student.getByTestId("mentorship-status")).toHaveText("En attente");
  await expect(student.getByText(EXPERT_CONTACT)).toHaveCount(0);

  const expert = await signIn(browser, EXPERT);
  await expect(expert.getByTestId("mentorship-link")).toContainText(/\(\d+\)/);
  await expert.getByTestId("mentorship-link").click();
  await expect(expert).toHaveURL(/\/mentorship$/);
  await expect(expert.getByTestId("mentorship-waiting")).toBeVisible();
  await expect(expert.getByTestId("mentorship-capacity")).toContainText("0 sur 2");
  await expectAccessible(expert);
  const unreadBefore = await unreadCount(expert);
  expect(unreadBefore).toBeGreaterThan(0);
  await expert.locator(`a[href="${requestPath}"]`).click();
  await expect(expert.getByTestId("mentorship-status")).toHaveText("En attente");
  // Opening the request reads its notice: the header says so on this very page, not a view later.
  expect(await unreadCount(expert)).toBe(unreadBefore - 1);
  await expect(expert.getByText(STUDENT_CONTACT)).toHaveCount(0);
  await expert.getByRole("button", { name: "Accepter" }).click();
  await expect(expert.getByTestId("mentorship-status")).toHaveText("Acceptée");
  await expect(expert.getByTestId("contact-email")).toHaveText(STUDENT_CONTACT);
  await expectAccessible(expert);

  await student.reload();
  await expect(student.getByTestId("mentorship-status")).toHaveText("Acceptée");
  await expect(student.getByTestId("contact-email")).toHaveText(EXPERT_CONTACT);
  await student.goto(`/people/${EXPERT_SLUG}`);
  await expect(student.getByText(EXPERT_CONTACT)).toBeVisible();
});

test("a student asks their top suggested mentor, who claims their account from the e-mail and accepts", async ({
  browser,
}) => {
  const student = await signIn(browser, STUDENT);
  await student.goto("/mentors");
  const card = student.locator("#mentors-suggestions ~ .suggestion-list .mentor-card").first();
  await expect(card.locator(".criteria")).toBeVisible();
  const mentorName = (await card.locator("h3").innerText()).trim();
  await card.getByRole("link", { name: /Demander un mentorat/ }).click();
  await expect(student).toHaveURL(/\/mentorship\/new\?mentor=/);
  await student.getByLabel("Objet de la demande").selectOption({ label: "Stage" });
  await student
    .getByLabel("Votre message")
    .fill(
      "Bonjour, votre profil correspond à mon projet de stage : accepteriez-vous de m'accompagner ?",
    );
  await student.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(student).toHaveURL(/\/mentorship\/[0-9a-f-]{36}$/);
  const requestPath = new URL(student.url()).pathname;

  // The mentor has never signed in (an unclaimed account): the request reaches them by e-mail.
  const notice = await waitForMail((m) => m.text.includes(requestPath));
  const mentor = await (await browser.newContext()).newPage();
  await mentor.goto("/forgot-password");
  await mentor.getByLabel("Adresse e-mail").fill(notice.to);
  await mentor.getByRole("button", { name: "Envoyer le lien" }).click();
  const reset = await waitForMail((m) => m.to === notice.to && m.text.includes("/reset-password/"));
  const link = /https?:\/\/\S+\/reset-password\/\S+/.exec(reset.text)![0];
  await mentor.goto(new URL(link).pathname);
  await mentor.getByLabel("Nouveau mot de passe").fill("mon mot de passe de mentor");
  await mentor.getByLabel("Confirmez le mot de passe").fill("mon mot de passe de mentor");
  await mentor.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(mentor).toHaveURL(/\/settings\/profile/);

  await mentor.goto(requestPath);
  await expect(mentor.getByTestId("mentorship-status")).toHaveText("En attente");
  await mentor.getByRole("button", { name: "Accepter" }).click();
  await expect(mentor.getByTestId("mentorship-status")).toHaveText("Acceptée");
  await expect(mentor.getByTestId("contact-email")).toHaveText(STUDENT_CONTACT);

  await student.reload();
  await expect(student.getByTestId("mentorship-status")).toHaveText("Acceptée");
  await expect(student.getByTestId("contact-email")).toHaveText(notice.to);
  await expect(student.getByText(mentorName).first()).toBeVisible();
});

test("the researcher asks a question about the seeded request and the student answers", async ({
  browser,
}) => {
  // scripts/seed/mentorship.ts: the demo student's request waits for the demo researcher.
  const researcher = await signIn(browser, "chercheur@passerelle.example");
  await expect(researcher.getByTestId("mentorship-link")).toContainText("(1)");
  await researcher.goto("/mentorship?status=pending");
  await researcher.getByTestId("requests-mentor").locator("tbody a").first().click();
  await expect(researcher.getByTestId("mentorship-status")).toHaveText("En attente");
  await researcher.getByRole("button", { name: "Décliner" }).click();
  await expect(researcher.getByText("Ce champ est obligatoire.")).toBeVisible();
  await researcher.getByLabel("Votre question").fill("Quel jeu de données comptez-vous utiliser ?");
  await researcher.getByRole("button", { name: "Poser une question" }).click();
  await expect(researcher.getByTestId("mentorship-status")).toHaveText("Question posée");
  const requestPath = new URL(researcher.url()).pathname;

  const student = await signIn(browser, STUDENT);
  await student.goto("/mentorship");
  await expect(student.getByTestId("mentorship-waiting")).toBeVisible();
  await student.locator(`a[href="${requestPath}"]`).first().click();
  await expect(student.getByText("Quel jeu de données comptez-vous utiliser ?")).toBeVisible();
  await student.getByLabel("Votre réponse").fill("PlantVillage, complété par nos propres photos.");
  await student.getByRole("button", { name: "Répondre" }).click();
  await expect(student.getByTestId("mentorship-status")).toHaveText("En attente");
  await expectAccessible(student);
});
