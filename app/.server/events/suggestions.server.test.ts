import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ConventionKind } from "~/vocabulary/offers";
import {
  eventRegistrations,
  events,
  type NewOrganization,
  organizations,
  publicationAuthors,
  publications,
} from "../../../db/schema";
import { enqueueIndexing } from "../../../search/outbox";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { invalidateCorpusStats } from "../matching";
import { createPerson, type NewPersonInput } from "../people.server";
import { loadParticipants } from "./participants.server";
import { suggestMeetings } from "./suggestions.server";

// Real engines: the matching engine behind /match and the partner ranking behind
// /orgs/:slug/partners, over a small network and one event.
let ctx: TestContext;
let eventId: string;
const ids: Record<string, string> = {};
const registration: Record<string, { note: string; needs: ConventionKind[] }> = {};

async function org(values: Omit<NewOrganization, "id">) {
  const [row] = await ctx.db
    .insert(organizations)
    .values(values)
    .returning({ id: organizations.id });
  ids[values.slug] = row!.id;
}

async function person(name: string, input: Partial<NewPersonInput> = {}) {
  const created = await createPerson(ctx.db, {
    kind: "researcher",
    fullName: name,
    country: "MA",
    city: "Rabat",
    verification: "verified",
    visibility: "public",
    languages: [{ language: "fr", level: "fluent" }],
    ...input,
  });
  ids[name] = created.id;
  return created.id;
}

async function paper(name: string, title: string, abstract: string) {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(publications)
      .values({ title, abstract, year: 2024 })
      .returning({ id: publications.id });
    await tx.insert(publicationAuthors).values({ publicationId: row!.id, personId: ids[name]! });
    await enqueueIndexing(tx, "person", [ids[name]!]);
  });
}

async function register(name: string, note = "", needs: ConventionKind[] = []) {
  registration[name] = { note, needs };
  await ctx.db.insert(eventRegistrations).values({
    eventId,
    personId: ids[name]!,
    note,
    needs,
    feedToken: randomBytes(12).toString("hex"),
  });
}

const TOMATO_NEED =
  "Nous cherchons qui sait détecter les maladies de la tomate sur des images de feuilles prises au smartphone.";

beforeAll(async () => {
  ctx = await createTestContext();
  await org({
    slug: "lab-vision-ma",
    name: "Labo Vision Rabat",
    kind: "lab",
    country: "MA",
    city: "Rabat",
  });
  await org({
    slug: "lab-nlp-be",
    name: "NLP Lab Leuven",
    kind: "lab",
    country: "BE",
    city: "Leuven",
  });
  await org({
    slug: "lab-away-be",
    name: "Away Lab Gent",
    kind: "lab",
    country: "BE",
    city: "Gent",
  });
  const member = (slug: string, represents = false) => ({
    memberships: [{ organizationId: ids[slug]!, isPrimary: true, represents }],
  });
  await person("Rania Vision", {
    skills: [{ skillId: "computer-vision", level: 5 }],
    sectors: ["agriculture"],
    ...member("lab-vision-ma"),
  });
  await person("Pieter Member", {
    country: "BE",
    city: "Leuven",
    skills: [{ skillId: "natural-language-processing", level: 4 }],
    sectors: ["agriculture"],
    ...member("lab-nlp-be"),
  });
  await person("Els Head", {
    country: "BE",
    city: "Leuven",
    skills: [
      { skillId: "natural-language-processing", level: 5 },
      { skillId: "computer-vision", level: 3 },
    ],
    sectors: ["agriculture"],
    ...member("lab-nlp-be", true),
  });
  await person("Wout Away", {
    country: "BE",
    city: "Gent",
    skills: [
      { skillId: "natural-language-processing", level: 5 },
      { skillId: "computer-vision", level: 4 },
    ],
    sectors: ["agriculture"],
    ...member("lab-away-be", true),
  });
  await person("Amina Tomate", {
    kind: "expert",
    skills: [{ skillId: "machine-learning", level: 3 }],
  });
  await paper(
    "Amina Tomate",
    "Détection des maladies de la tomate sur images de feuilles",
    "Un réseau convolutif reconnaît les maladies foliaires de la tomate sur smartphone.",
  );
  // The network's best answer to the need, but not at the event.
  await person("Omar Absent", {
    kind: "expert",
    skills: [{ skillId: "computer-vision", level: 5 }],
  });
  await paper(
    "Omar Absent",
    "Maladies de la tomate : détection sur images de feuilles au smartphone",
    "Détection des maladies foliaires de la tomate sur des images de feuilles prises au smartphone.",
  );
  await person("Hind Entreprise", { kind: "expert" });
  await person("Nour Sans Besoin", {
    kind: "expert",
    skills: [{ skillId: "computer-vision", level: 5 }],
    sectors: ["agriculture"],
  });
  await person("Yassir Profil", {
    kind: "student",
    offers: [{ direction: "need", kind: "internship", details: TOMATO_NEED }],
  });
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
  invalidateCorpusStats(ctx.db);

  const [event] = await ctx.db
    .insert(events)
    .values({
      slug: "ai-day",
      kind: "master_class",
      titleFr: "Journée IA",
      startsOn: "2030-05-13",
      endsOn: "2030-05-13",
      timeZone: "Africa/Casablanca",
      city: "Rabat",
      publishedAt: new Date(),
    })
    .returning({ id: events.id });
  eventId = event!.id;
  await register("Hind Entreprise", TOMATO_NEED);
  await register("Amina Tomate");
  await register("Rania Vision", "", ["joint_research"]);
  await register("Pieter Member");
  await register("Els Head");
  await register("Nour Sans Besoin");
  await register("Yassir Profil", "", ["internship"]);
});
afterAll(() => ctx.cleanup());

async function suggestionsFor(name: string, kind = "expert") {
  const participants = await loadParticipants(ctx.db, eventId);
  return suggestMeetings(
    ctx.db,
    ctx.search,
    { personId: ids[name]!, kind, registration: registration[name]! },
    participants,
    "fr",
  );
}

describe("suggested meetings at an event", () => {
  test("an expert whose paper answers the need written at registration, explained by that paper", async () => {
    const { suggestions, needMissing } = await suggestionsFor("Hind Entreprise");
    expect(needMissing).toBe(false);
    const amina = suggestions.find((s) => s.personId === ids["Amina Tomate"]);
    expect(amina).toMatchObject({ reason: "expert" });
    if (amina?.reason !== "expert") throw new Error("not an expert suggestion");
    const papers = amina.breakdown.find((b) => b.criterion === "publications");
    expect(papers?.points).toBeGreaterThan(0);
    expect(JSON.stringify(papers)).toContain("Détection des maladies de la tomate");
  });

  test("the people who are not registered never appear, however well they match", async () => {
    const { suggestions } = await suggestionsFor("Hind Entreprise");
    const shown = suggestions.map((s) => s.personId);
    expect(shown).not.toContain(ids["Omar Absent"]);
    expect(shown).not.toContain(ids["Wout Away"]);
    expect(shown).not.toContain(ids["Hind Entreprise"]);
  });

  test("a student's need written on their profile counts; mentors for them come first", async () => {
    const { suggestions, needMissing } = await suggestionsFor("Yassir Profil", "student");
    expect(needMissing).toBe(false);
    expect(suggestions.find((s) => s.personId === ids["Amina Tomate"])?.reason).toMatch(
      /^(mentor|expert)$/,
    );
    const reasons = suggestions.map((s) => s.reason);
    expect(reasons).toEqual([...reasons].sort((a, b) => order(a) - order(b)));
  });

  test("sectors and skills are not a need: without written words, no expert and an invitation", async () => {
    const { suggestions, needMissing } = await suggestionsFor("Nour Sans Besoin");
    expect(needMissing).toBe(true);
    expect(suggestions.filter((s) => s.reason === "expert")).toEqual([]);
  });

  test("a lab member meets the complementary partner lab's representative, explained by the partner criteria", async () => {
    const { suggestions } = await suggestionsFor("Rania Vision");
    const labs = suggestions.filter((s) => s.reason === "partner_lab");
    expect(labs.map((s) => s.personId)).toEqual([ids["Els Head"]]);
    const [els] = labs;
    if (els?.reason !== "partner_lab") throw new Error("not a partner lab suggestion");
    expect(els.lab.slug).toBe("lab-nlp-be");
    expect(els.explanation.length).toBeGreaterThan(0);
    expect(els.rows.find((r) => r.id === "country")?.points).toBeGreaterThan(0);
    // The absent Gent lab ranks too, but nobody of it is here to meet.
    expect(suggestions.map((s) => s.personId)).not.toContain(ids["Wout Away"]);
  });

  test("someone in no lab gets no partner lab suggestion", async () => {
    const { suggestions } = await suggestionsFor("Hind Entreprise");
    expect(suggestions.filter((s) => s.reason === "partner_lab")).toEqual([]);
  });
});

function order(reason: string) {
  return ["mentor", "expert", "partner_lab"].indexOf(reason);
}
