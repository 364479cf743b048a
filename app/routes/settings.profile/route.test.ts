import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addOwnPublication } from "~/.server/people-publications.server";
import {
  memberships,
  organizationRequests,
  people,
  personLanguages,
  personSkills,
  publicationAuthors,
  searchOutbox,
} from "../../../db/schema";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { callRoute, createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { action, loader } from "./route";

let ctx: TestContext;
let me: TestAccount;
let other: TestAccount;
const route = { loader, action };

beforeAll(async () => {
  ctx = await createTestContext();
  [me, other] = await Promise.all([createAccount(ctx.db), createAccount(ctx.db)]);
});
afterAll(async () => {
  await ctx.cleanup();
});

const validProfile = (overrides: Record<string, string | string[]> = {}) => ({
  intent: "save-profile",
  headline: "Chercheuse en vision par ordinateur",
  bio: "Je travaille sur l'imagerie médicale.",
  country: "BE",
  city: "Louvain-la-Neuve",
  contactEmail: "moi@example.org",
  phone: "+32 470 00 00 00",
  organizationId: "",
  organizationRole: "",
  "languages[0].language": "fr",
  "languages[0].level": "native",
  "languages[1].language": "ar",
  "languages[1].level": "fluent",
  "languages[2].language": "",
  "languages[2].level": "basic",
  "skills[0].label": "Apprentissage Automatique",
  "skills[0].level": "5",
  "skills[1].label": "التعلم العميق",
  "skills[1].level": "4",
  "skills[2].label": "Imagerie hyperspectrale",
  "skills[2].level": "3",
  "skills[3].label": "",
  "skills[3].level": "3",
  sectors: ["health", "education"],
  "offers.mentoring.enabled": "on",
  "offers.mentoring.details": "Deux étudiants par an",
  "needs.joint_research.enabled": "on",
  "needs.joint_research.details": "",
  mentoringStatus: "open",
  mentoringCapacity: "3",
  visibility: "members",
  ...overrides,
});

const save = (account: TestAccount, form: Record<string, string | string[]>) =>
  callRoute(route, { method: "POST", url: "/settings/profile", cookie: account.cookie, form });

describe("the profile editor", () => {
  test("loads one's own profile as form values", async () => {
    const page = await callRoute(route, { url: "/settings/profile", cookie: me.cookie });
    expect(page.status).toBe(200);
    const body = page.body as { person: { slug: string }; values: { city: string } };
    expect(body.person.slug).toBe(me.slug);
    expect(body.values.city).toBe("Rabat");
  });

  test("saves everything, maps labels in any language to the taxonomy, keeps a free tag, re-indexes", async () => {
    const before = await ctx.db
      .select()
      .from(searchOutbox)
      .where(eq(searchOutbox.entityId, me.personId));
    const result = await save(me, validProfile());
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ done: "saved" });
    const [row] = await ctx.db.select().from(people).where(eq(people.id, me.personId));
    expect(row).toMatchObject({
      headline: "Chercheuse en vision par ordinateur",
      country: "BE",
      city: "Louvain-la-Neuve",
      email: "moi@example.org",
      mentoringStatus: "open",
      mentoringCapacity: 3,
      visibility: "members",
    });
    const skills = await ctx.db
      .select()
      .from(personSkills)
      .where(eq(personSkills.personId, me.personId));
    expect(skills.map((s) => s.skillId ?? `free:${s.freeLabel}`).sort()).toEqual(
      ["deep-learning", "free:Imagerie hyperspectrale", "machine-learning"].sort(),
    );
    const languages = await ctx.db
      .select()
      .from(personLanguages)
      .where(eq(personLanguages.personId, me.personId));
    expect(languages.map((l) => l.language).sort()).toEqual(["ar", "fr"]);
    const after = await ctx.db
      .select()
      .from(searchOutbox)
      .where(eq(searchOutbox.entityId, me.personId));
    expect(after.length).toBe(before.length + 1);
    while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
    const doc = await ctx.search.client.index(ctx.search.index("people")).getDocument(me.personId);
    expect(doc).toMatchObject({
      city: "Louvain-la-Neuve",
      freeTags: ["Imagerie hyperspectrale"],
      visibility: "members",
    });
  });

  test("a bad form answers 400 with localized keys next to each field, and keeps the input", async () => {
    const result = await save(
      me,
      validProfile({
        city: "",
        mentoringCapacity: "99",
        contactEmail: "not-an-email",
        "languages[1].language": "fr",
        organizationId: "new",
        "newOrganization.name": "",
        "skills[0].level": "9",
      }),
    );
    expect(result.status).toBe(400);
    const { result: form } = result.body as {
      result: { error: Record<string, { key: string }[]>; initialValue: Record<string, unknown> };
    };
    expect(form.error).toMatchObject({
      city: [{ key: "form.required" }],
      mentoringCapacity: [{ key: "form.tooLarge" }],
      contactEmail: [{ key: "form.invalidEmail" }],
      "newOrganization.name": [{ key: "form.required" }],
      "skills[0].level": [{ key: "form.tooLarge" }],
    });
    expect(form.initialValue).toMatchObject({
      headline: "Chercheuse en vision par ordinateur",
      mentoringCapacity: "99",
    });
    const [row] = await ctx.db.select().from(people).where(eq(people.id, me.personId));
    expect(row?.city).toBe("Louvain-la-Neuve");
  });

  test("forged vocabulary values are field errors, not crashes", async () => {
    const result = await save(
      me,
      validProfile({ sectors: ["not-a-sector"], organizationId: crypto.randomUUID() }),
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      result: {
        error: {
          sectors: [{ key: "form.invalidChoice" }],
          organizationId: [{ key: "form.invalidChoice" }],
        },
      },
    });
  });

  test("asking for a new organization stores a request for coordinators", async () => {
    const result = await save(
      me,
      validProfile({
        organizationId: "new",
        organizationRole: "Doctorante",
        "newOrganization.name": "Laboratoire des Données Ouvertes",
        "newOrganization.kind": "lab",
        "newOrganization.country": "MA",
        "newOrganization.city": "Fès",
        "newOrganization.website": "",
      }),
    );
    expect(result.status).toBe(200);
    const requests = await ctx.db
      .select()
      .from(organizationRequests)
      .where(eq(organizationRequests.personId, me.personId));
    expect(requests).toMatchObject([
      { name: "Laboratoire des Données Ouvertes", role: "Doctorante", status: "pending" },
    ]);
  });
});

describe("publications", () => {
  test("add, edit and remove one's own publication; a known DOI makes a co-author", async () => {
    const add = await save(me, {
      intent: "add-publication",
      title: "Segmentation d'images médicales",
      year: "2024",
      venue: "MICCAI",
      doi: "https://doi.org/10.1234/seg.2024",
      abstract: "",
    });
    expect(add.body).toMatchObject({ done: "added" });
    const [link] = await ctx.db
      .select()
      .from(publicationAuthors)
      .where(eq(publicationAuthors.personId, me.personId));
    expect(link).toBeDefined();
    const publicationId = link!.publicationId;

    const same = await save(other, {
      intent: "add-publication",
      title: "x",
      year: "2024",
      doi: "10.1234/SEG.2024",
    });
    expect(same.body).toMatchObject({ done: "added" });
    const authors = await ctx.db
      .select()
      .from(publicationAuthors)
      .where(eq(publicationAuthors.publicationId, publicationId));
    expect(authors.map((a) => a.personId).sort()).toEqual([me.personId, other.personId].sort());

    const edit = await save(me, {
      intent: "update-publication",
      publicationId,
      title: "Segmentation, v2",
      year: "2025",
      doi: "10.1234/seg.2024",
    });
    expect(edit.body).toMatchObject({ done: "updated" });
    const bad = await save(me, {
      intent: "update-publication",
      publicationId,
      title: "",
      year: "1800",
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      publicationId,
      result: { error: { title: [{ key: "form.required" }], year: [{ key: "form.tooSmall" }] } },
    });

    const removed = await save(other, { intent: "delete-publication", publicationId });
    expect(removed.body).toMatchObject({ done: "removed" });
    const left = await ctx.db
      .select()
      .from(publicationAuthors)
      .where(eq(publicationAuthors.publicationId, publicationId));
    expect(left.map((a) => a.personId)).toEqual([me.personId]);
  });
});

describe("IDOR: nobody edits what is not theirs", () => {
  test("a person id slipped into the profile form is ignored: only one's own profile changes", async () => {
    const [before] = await ctx.db.select().from(people).where(eq(people.id, other.personId));
    const result = await save(
      me,
      validProfile({ personId: other.personId, userId: other.userId, headline: "Piraté" }),
    );
    expect(result.status).toBe(200);
    const [after] = await ctx.db.select().from(people).where(eq(people.id, other.personId));
    expect(after?.headline).toBe(before?.headline);
    const [mine] = await ctx.db.select().from(people).where(eq(people.id, me.personId));
    expect(mine?.headline).toBe("Piraté");
  });

  test("editing or removing another person's publication is a 404 and changes nothing", async () => {
    const theirs = await addOwnPublication(ctx.db, other.userId, {
      title: "Their paper",
      year: 2023,
      venue: null,
      doi: null,
      abstract: "",
    });
    const edit = await save(me, {
      intent: "update-publication",
      publicationId: theirs.id,
      title: "Mine now",
      year: "2024",
    });
    expect(edit.status).toBe(404);
    const remove = await save(me, { intent: "delete-publication", publicationId: theirs.id });
    expect(remove.status).toBe(404);
    const authors = await ctx.db
      .select()
      .from(publicationAuthors)
      .where(eq(publicationAuthors.publicationId, theirs.id));
    expect(authors.map((a) => a.personId)).toEqual([other.personId]);
  });

  test("a membership cannot be given to someone else through the form", async () => {
    await save(me, validProfile({ personId: other.personId }));
    expect(
      await ctx.db.select().from(memberships).where(eq(memberships.personId, other.personId)),
    ).toEqual([]);
  });

  test("without a session the action redirects to login and writes nothing", async () => {
    const result = await callRoute(route, {
      method: "POST",
      url: "/settings/profile",
      form: validProfile({ headline: "Anonyme" }),
    });
    expect(result.status).toBe(302);
    expect(result.location).toMatch(/^\/login\?redirectTo=%2Fsettings%2Fprofile/);
  });
});
