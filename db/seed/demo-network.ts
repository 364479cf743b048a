import { createHash } from "node:crypto";
import type {
  Country,
  LanguageLevel,
  memberships,
  offersNeeds,
  organizationSectors,
  organizations,
  people,
  personLanguages,
  personSectors,
  personSkills,
  publicationAuthors,
  publications,
} from "../schema";
import { SECTORS, SKILL_CONCEPTS, type TaxonomyConcept } from "../taxonomy";
import { ALL_ORGANIZATIONS, LAB_PARTNERSHIPS, type OrganizationSpec } from "./institutions";
import {
  ABSTRACT_SENTENCES,
  ARABIC_ROLES,
  BIOS,
  EXPERT_ROLES,
  FREE_TAGS,
  type Gender,
  HEADLINES,
  INCUBATION_OFFER,
  INCUBATOR_ROLES,
  NAME_POOLS,
  OFFER_DETAILS,
  ORGANIZATION_NEED_DETAILS,
  type Origin,
  RESEARCHER_ROLES,
  type Role,
  SECTOR_VENUES,
  STUDENT_HEADLINES,
  STUDENT_NEED_DETAILS,
  STUDENT_ROLES,
  TITLE_TEMPLATES,
  VENUES,
} from "./names";
import { Random } from "./random";

/** How many people of each kind the demo network holds. */
export const DEMO_SIZES = { researchers: 180, experts: 150, students: 175 } as const;

type WithId<T> = T & { id: string };
export type DemoNetwork = {
  organizations: WithId<typeof organizations.$inferInsert>[];
  people: WithId<typeof people.$inferInsert>[];
  memberships: (typeof memberships.$inferInsert)[];
  personSkills: Omit<typeof personSkills.$inferInsert, "id">[];
  personLanguages: (typeof personLanguages.$inferInsert)[];
  personSectors: (typeof personSectors.$inferInsert)[];
  organizationSectors: (typeof organizationSectors.$inferInsert)[];
  offersNeeds: Omit<typeof offersNeeds.$inferInsert, "id">[];
  publications: WithId<typeof publications.$inferInsert>[];
  publicationAuthors: (typeof publicationAuthors.$inferInsert)[];
};
export type DemoNetworkCounts = { [K in keyof DemoNetwork]: number } & {
  researchers: number;
  experts: number;
  students: number;
};

type Kind = "researcher" | "expert" | "student";
type Writing = "fr" | "en" | "ar";
type SkillPool = { core: string[]; near: string[]; group: string[]; fallback: string[] };
type Org = {
  spec: OrganizationSpec;
  id: string;
  sectors: string[];
  pool: SkillPool;
  parent: Org | null;
  partners: Org[];
};
type Draft = {
  id: string;
  kind: Kind;
  org: Org;
  gender: Gender;
  origin: Origin;
  first: string;
  writing: Writing;
  role: Role;
  phd: boolean;
  skills: { skillId: string; level: number }[];
  sectors: string[];
};

const DAY = 86_400_000;
const EPOCH = Date.UTC(2025, 0, 6);
const GENERIC_SKILLS = ["python", "sql", "git", "project-management", "linux", "docker"];

/** A v4-shaped UUID derived from a stable key, so re-seeding yields identical ids. */
export function stableUuid(key: string): string {
  const h = createHash("sha256").update(`passerelle-demo:${key}`).digest("hex");
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Deterministic: the same seed always gives deep-equal rows, ids and slugs. */
export function generateDemoNetwork(seed = 2026): DemoNetwork {
  const rng = new Random(seed);
  const vocab = new Vocabulary(SKILL_CONCEPTS);
  const orgs = buildOrganizations(vocab);
  const net: DemoNetwork = {
    organizations: [],
    people: [],
    memberships: [],
    personSkills: [],
    personLanguages: [],
    personSectors: [],
    organizationSectors: [],
    offersNeeds: [],
    publications: [],
    publicationAuthors: [],
  };
  for (const org of orgs.values()) {
    const { spec } = org;
    net.organizations.push({
      id: org.id,
      slug: spec.key,
      name: spec.name,
      acronym: spec.acronym,
      kind: spec.kind,
      country: spec.country,
      city: spec.city,
      parentId: org.parent?.id ?? null,
      description: spec.description,
      website: spec.website,
      createdAt: new Date(EPOCH),
      updatedAt: new Date(EPOCH),
    });
    for (const sectorId of org.sectors)
      net.organizationSectors.push({ organizationId: org.id, sectorId });
  }

  const drafts = draftPeople(rng, seed, [...orgs.values()], vocab);
  const slugs = new Map<string, number>();
  const pending = new Set(
    rng
      .sample(
        drafts.filter((d) => d.kind !== "student"),
        5,
      )
      .map((d) => d.id),
  );
  for (const d of drafts) {
    const fullName = `${d.first} ${rng.pick(NAME_POOLS[d.origin].last)}`;
    const base = slugify(fullName);
    const seen = (slugs.get(base) ?? 0) + 1;
    slugs.set(base, seen);
    const slug = seen === 1 ? base : `${base}-${seen}`;
    const text = profileText(rng, d, vocab);
    const student = d.kind === "student";
    const open = !student && rng.chance(0.8);
    const createdAt = new Date(EPOCH + rng.int(0, 330) * DAY);
    net.people.push({
      id: d.id,
      slug,
      kind: d.kind,
      fullName,
      headline: text.headline,
      bio: text.bio,
      email: `${slug}@${rng.chance(0.15) ? "example.org" : d.org.spec.country === "MA" ? "example.ma" : "example.be"}`,
      phone: rng.chance(0.4) ? fakePhone(rng, d.org.spec.country) : null,
      country: d.org.spec.country,
      city: d.org.spec.city,
      mentoringStatus: open ? "open" : "paused",
      mentoringCapacity: student ? 0 : open ? rng.int(1, 5) : rng.int(0, 2),
      visibility: student ? "members" : rng.chance(0.03) ? "members" : "public",
      verification: pending.has(d.id) ? "pending" : "verified",
      createdAt,
      updatedAt: createdAt,
    });
    for (const s of d.skills) net.personSkills.push({ personId: d.id, ...s, freeLabel: null });
    if (rng.chance(0.03)) {
      net.personSkills.push({
        personId: d.id,
        skillId: null,
        freeLabel: rng.pick(FREE_TAGS),
        level: rng.int(3, 5),
      });
    }
    for (const sectorId of d.sectors) net.personSectors.push({ personId: d.id, sectorId });
    for (const [language, level] of drawLanguages(rng, d)) {
      net.personLanguages.push({ personId: d.id, language, level });
    }
    net.memberships.push(...drawMemberships(rng, d, orgs));
    net.offersNeeds.push(...drawOffersNeeds(rng, d, vocab));
  }
  net.offersNeeds.push(...organizationOffersNeeds(rng, [...orgs.values()], vocab));
  addPublications(rng, seed, drafts, vocab, net);
  return net;
}

export function countDemoNetwork(net: DemoNetwork): DemoNetworkCounts {
  const kinds = (k: Kind) => net.people.filter((p) => p.kind === k).length;
  const counts = Object.fromEntries(Object.entries(net).map(([k, rows]) => [k, rows.length]));
  return {
    ...(counts as { [K in keyof DemoNetwork]: number }),
    researchers: kinds("researcher"),
    experts: kinds("expert"),
    students: kinds("student"),
  };
}

/** The taxonomy seen from the seed: lookups, neighbours and labels. */
class Vocabulary {
  readonly byId = new Map<string, TaxonomyConcept>();
  private readonly children = new Map<string, string[]>();
  private readonly byGroup = new Map<string, string[]>();

  constructor(concepts: TaxonomyConcept[]) {
    for (const c of concepts) {
      this.byId.set(c.id, c);
      if (c.broader) this.children.set(c.broader, [...(this.children.get(c.broader) ?? []), c.id]);
      this.byGroup.set(c.group, [...(this.byGroup.get(c.group) ?? []), c.id]);
    }
  }

  existing(ids: string[]): string[] {
    return unique(ids.filter((id) => this.byId.has(id)));
  }

  group(name: string): string[] {
    return this.byGroup.get(name) ?? [];
  }

  /** Core skills of a focus, their neighbours (broader, narrower, siblings) and their groups. */
  pool(focus: OrganizationSpec["focus"]): SkillPool {
    const groups = focus?.groups.length ? focus.groups : ["software"];
    let core = this.existing(focus?.skills ?? []);
    if (core.length < 2)
      core = unique([...core, ...groups.flatMap((g) => this.group(g).slice(0, 3))]);
    const near = unique(
      core.flatMap((id) => {
        const broader = this.byId.get(id)?.broader;
        // Siblings under a hub ("programming" and its forty languages) are not neighbours.
        const family = broader ? (this.children.get(broader) ?? []) : [];
        const siblings = family.length <= 12 ? family : [];
        return [...(broader ? [broader] : []), ...(this.children.get(id) ?? []), ...siblings];
      }),
    ).filter((id) => !core.includes(id));
    // Group mates count only when close: children of a core or neighbour concept, or a
    // top-level concept of the group (domains excepted: fintech is not agriculture's neighbour).
    const close = new Set([...core, ...near]);
    const fallback = groups.flatMap((g) => this.group(g)).filter((id) => !close.has(id));
    const group = fallback.filter((id) => {
      const concept = this.byId.get(id)!;
      return concept.broader ? close.has(concept.broader) : concept.group !== "domain";
    });
    return { core, near, group, fallback };
  }

  /** Labels are written for mid-sentence use: lower case except names (PyTorch, TAL arabe). */
  label(id: string, lang: Writing): string {
    return this.byId.get(id)!.labels[lang];
  }
}

function buildOrganizations(vocab: Vocabulary): Map<string, Org> {
  const known = new Set(SECTORS.map((s) => s.id));
  const orgs = new Map<string, Org>();
  for (const spec of ALL_ORGANIZATIONS) {
    const sectors = unique(spec.sectors.filter((s) => known.has(s)));
    orgs.set(spec.key, {
      spec,
      id: stableUuid(`organization:${spec.key}`),
      sectors: sectors.length > 0 ? sectors : SECTORS.slice(0, 1).map((s) => s.id),
      pool: vocab.pool(spec.focus),
      parent: null,
      partners: [],
    });
  }
  for (const org of orgs.values()) {
    if (org.spec.parent) org.parent = orgs.get(org.spec.parent) ?? null;
  }
  for (const [a, b] of LAB_PARTNERSHIPS) {
    const left = orgs.get(a);
    const right = orgs.get(b);
    if (left && right) {
      left.partners.push(right);
      right.partners.push(left);
    }
  }
  return orgs;
}

function draftPeople(rng: Random, seed: number, orgs: Org[], vocab: Vocabulary): Draft[] {
  const labs = orgs.filter((o) => o.spec.kind === "lab");
  const employers = orgs.filter(
    (o) => o.spec.focus && o.spec.kind !== "lab" && o.spec.kind !== "university",
  );
  const plan: [Kind, Org[], number][] = [
    ["researcher", labs, DEMO_SIZES.researchers],
    ["expert", employers, DEMO_SIZES.experts],
    ["student", labs, DEMO_SIZES.students],
  ];
  const drafts: Draft[] = [];
  for (const [kind, candidates, count] of plan) {
    for (let i = 0; i < count; i++) {
      // Every organization gets one person first; then about 55% go to Morocco.
      const country: Country = rng.chance(0.55) ? "MA" : "BE";
      const options = candidates.filter((o) => o.spec.country === country);
      const org =
        candidates[i] ?? rng.pickWeighted(options.map((o) => [o, o.spec.weight ?? 1] as const));
      const origin = drawOrigin(rng, org, kind);
      const gender: Gender = rng.chance(0.5) ? "f" : "m";
      const phd = kind === "student" && rng.chance(0.55);
      drafts.push({
        id: stableUuid(`person:${seed}:${drafts.length}`),
        kind,
        org,
        gender,
        origin,
        first: rng.pick(NAME_POOLS[origin][gender]),
        writing: drawWriting(rng, origin, org),
        role: drawRole(rng, kind, org, phd),
        phd,
        skills: drawSkills(rng, vocab, org.pool, kind),
        sectors: drawSectors(rng, org),
      });
    }
  }
  return drafts;
}

function drawOrigin(rng: Random, org: Org, kind: Kind): Origin {
  if (org.spec.country === "MA") {
    return rng.pickWeighted<Origin>([
      ["ma", 92],
      ["diaspora", 5],
      ["be-fr", 3],
    ]);
  }
  const local: Origin = org.spec.community === "nl" ? "be-nl" : "be-fr";
  const visitors = kind === "student" ? 20 : 7;
  return rng.pickWeighted<Origin>([
    [local, 68],
    ["diaspora", 25],
    ["ma", visitors],
  ]);
}

function drawWriting(rng: Random, origin: Origin, org: Org): Writing {
  if (
    org.spec.key === "al-akhawayn-university" ||
    org.parent?.spec.key === "al-akhawayn-university"
  ) {
    return rng.chance(0.6) ? "en" : "fr";
  }
  if (origin === "ma")
    return rng.pickWeighted<Writing>([
      ["fr", 76],
      ["en", 12],
      ["ar", 12],
    ]);
  if (origin === "be-nl") return rng.chance(0.35) ? "en" : "fr";
  return rng.chance(0.12) ? "en" : "fr";
}

function drawRole(rng: Random, kind: Kind, org: Org, phd: boolean): Role {
  if (kind === "student") {
    if (phd) return STUDENT_ROLES.phd;
    return org.spec.country === "MA" && rng.chance(0.35)
      ? STUDENT_ROLES.engineer
      : STUDENT_ROLES.master;
  }
  if (kind === "researcher") {
    const country = org.spec.country;
    return rng.pickWeighted(RESEARCHER_ROLES.map(([r, weights]) => [r, weights[country]] as const));
  }
  if (org.spec.kind === "incubator" && rng.chance(0.7)) return rng.pick(INCUBATOR_ROLES);
  const group = rng.pick(org.spec.focus?.groups ?? ["management"]);
  return rng.pick(EXPERT_ROLES[group] ?? EXPERT_ROLES.management!);
}

function drawSkills(rng: Random, vocab: Vocabulary, pool: SkillPool, kind: Kind) {
  const student = kind === "student";
  const total = student ? rng.int(4, 8) : rng.int(5, 10);
  // Earlier core skills are the lab's signature: weigh them more.
  const core = weightedSample(
    rng,
    pool.core.map((id, i) => [id, Math.max(1, 4 - i)] as const),
    rng.int(2, 4),
  );
  const near = rng.sample(pool.near, rng.int(1, 3));
  const group = rng.sample(pool.group, total);
  const generic = rng.sample(vocab.existing(GENERIC_SKILLS), rng.int(0, 2));
  const level = (lo: number, hi: number) =>
    rng.int(student ? Math.max(1, lo - 1) : lo, student ? hi - 1 : hi);
  // Insertion order is relevance order (core, neighbours, group, generic): texts use it.
  const picked = new Map<string, number>();
  for (const id of core) picked.set(id, level(3, 5));
  for (const id of near) picked.set(id, level(2, 4));
  const extras = generic.filter((id) => !picked.has(id));
  for (const id of group) {
    if (picked.size + extras.length >= total) break;
    if (!picked.has(id) && !extras.includes(id)) picked.set(id, level(2, 4));
  }
  for (const id of rng.shuffle(pool.fallback)) {
    if (picked.size + extras.length >= 4) break;
    if (!picked.has(id) && !extras.includes(id)) picked.set(id, level(2, 4));
  }
  for (const id of extras) picked.set(id, level(2, 5));
  return [...picked].slice(0, 10).map(([skillId, lvl]) => ({ skillId, level: lvl }));
}

function drawSectors(rng: Random, org: Org): string[] {
  const main = org.sectors[0]!;
  const others = unique([...org.sectors, ...(org.parent?.sectors ?? [])]).filter((s) => s !== main);
  return [main, ...rng.sample(others, rng.int(0, 2))];
}

type Spoken = [language: string, level: LanguageLevel];

function drawLanguages(rng: Random, d: Draft): Spoken[] {
  const lvl = (...levels: LanguageLevel[]) => rng.pick(levels);
  const extra = (p: number, code: string, ...levels: LanguageLevel[]): Spoken[] =>
    rng.chance(p) ? [[code, lvl(...levels)]] : [];
  switch (d.origin) {
    case "ma":
      return [
        ["ar", "native"],
        ["fr", lvl("fluent", "fluent", "professional")],
        ...extra(0.75, "ary", "native"),
        ...extra(0.8, "en", "professional", "fluent"),
        ...extra(0.15, "zgh", "native"),
        ...extra(0.1, "es", "basic", "professional"),
      ];
    case "diaspora": {
      const nl = d.org.spec.community === "nl" && rng.chance(0.7);
      return [
        [nl ? "nl" : "fr", "native"],
        [nl ? "fr" : "nl", lvl("basic", "professional", "fluent")],
        ["ary", lvl("fluent", "fluent", "professional")],
        ["en", lvl("professional", "fluent")],
        ...extra(0.5, "ar", "basic", "professional"),
        ...extra(0.12, "zgh", "basic", "professional"),
      ];
    }
    case "be-nl":
      return [
        ["nl", "native"],
        ["en", lvl("fluent", "professional")],
        ...extra(0.75, "fr", "professional", "fluent", "basic"),
        ...extra(0.15, "de", "basic", "professional"),
      ];
    case "be-fr":
      return [
        ["fr", "native"],
        ["en", lvl("fluent", "professional")],
        ...extra(0.5, "nl", "basic", "professional"),
        ...extra(d.org.spec.country === "MA" ? 0.6 : 0.05, "ar", "basic"),
        ...extra(0.08, "de", "basic"),
      ];
  }
}

function drawMemberships(rng: Random, d: Draft, orgs: Map<string, Org>) {
  const role = d.role.fr[d.gender === "f" ? 1 : 0];
  const rows: (typeof memberships.$inferInsert)[] = [
    { personId: d.id, organizationId: d.org.id, role, isPrimary: true },
  ];
  const add = (org: Org | null | undefined, text: string) => {
    if (org && org.id !== d.org.id)
      rows.push({ personId: d.id, organizationId: org.id, role: text, isPrimary: false });
  };
  const f = d.gender === "f";
  if (d.kind === "researcher") {
    if (rng.chance(0.15) && d.org.partners.length > 0)
      add(rng.pick(d.org.partners), f ? "Chercheuse associée" : "Chercheur associé");
    else if (rng.chance(0.5)) add(d.org.parent, role);
  } else if (d.kind === "student") {
    if (rng.chance(0.4)) add(d.org.parent, role);
  } else if (rng.chance(0.25)) {
    const hosts = [...orgs.values()].filter(
      (o) =>
        o.spec.country === d.org.spec.country && ["association", "incubator"].includes(o.spec.kind),
    );
    if (hosts.length > 0) add(rng.pick(hosts), rng.chance(0.5) ? "Mentor" : "Membre");
  }
  return rows;
}

type TextVars = Record<string, string>;

function textVars(d: Draft, vocab: Vocabulary, lang: Writing): TextVars {
  const f = d.gender === "f";
  const specific = d.skills.filter((s) => !GENERIC_SKILLS.includes(s.skillId));
  const ordered = (specific.length >= 2 ? specific : d.skills).map((s) =>
    vocab.label(s.skillId, lang),
  );
  const labels = ordered.length > 0 ? ordered : [lang === "en" ? "computing" : "informatique"];
  const skill = (i: number) => labels[i % labels.length]!;
  const sector = SECTORS.find((s) => s.id === d.sectors[0]);
  const role = d.role.fr[f ? 1 : 0];
  const short = (spec: OrganizationSpec) => spec.acronym ?? spec.name;
  return {
    first: d.first,
    role,
    roleLower: lowerFirst(role),
    roleEn: d.role.en,
    roleAr: ARABIC_ROLES[d.kind][f ? 1 : 0],
    org: short(d.org.spec),
    orgRef: d.org.parent ? `${short(d.org.spec)}, ${short(d.org.parent.spec)}` : short(d.org.spec),
    city: d.org.spec.city,
    a: skill(0),
    A: capitalize(skill(0)),
    b: skill(1),
    c: skill(2),
    d: skill(3),
    s: sector ? (lang === "ar" ? sector.labels.ar : lowerFirst(sector.labels[lang])) : "",
    Pronoun: f ? "Elle" : "Il",
    e: f ? "e" : "",
    verbAr: f ? "تعمل" : "يعمل",
    other: d.org.spec.country === "MA" ? "en Belgique" : "au Maroc",
  };
}

function profileText(rng: Random, d: Draft, vocab: Vocabulary) {
  const vars = textVars(d, vocab, d.writing);
  const lang = d.writing;
  const headlines = (d.kind === "student" ? STUDENT_HEADLINES : HEADLINES)[lang];
  const bio = BIOS[d.kind];
  const extras = lang === "fr" ? bio.extrasFr : lang === "en" ? bio.extrasEn : [];
  const text = [bio[lang], ...rng.sample(extras, rng.int(0, 2))].join(" ");
  return { headline: fill(rng.pick(headlines), vars), bio: fill(text, vars) };
}

function drawOffersNeeds(rng: Random, d: Draft, vocab: Vocabulary) {
  const vars = textVars(d, vocab, "fr");
  const rows: Omit<typeof offersNeeds.$inferInsert, "id">[] = [];
  const add = (direction: "offer" | "need", kind: keyof typeof OFFER_DETAILS, template: string) =>
    rows.push({
      personId: d.id,
      organizationId: null,
      direction,
      kind,
      details: fill(template, vars),
    });
  if (d.kind === "student") {
    if (rng.chance(0.9)) add("need", "mentoring", STUDENT_NEED_DETAILS.mentoring);
    if (d.phd) add("need", "thesis_cosupervision", STUDENT_NEED_DETAILS.thesis_cosupervision);
    else add("need", "internship", STUDENT_NEED_DETAILS.internship);
    return rows;
  }
  const orgKind = d.org.spec.kind;
  const chances: [keyof typeof OFFER_DETAILS, number][] =
    d.kind === "researcher"
      ? [
          ["mentoring", 0.85],
          ["thesis_cosupervision", 0.6],
          ["joint_research", 0.35],
          ["mobility", 0.2],
        ]
      : [
          ["mentoring", 0.85],
          ["internship", orgKind === "company" ? 0.6 : 0.1],
          ["incubation", orgKind === "incubator" ? 0.8 : 0],
          ["joint_research", orgKind === "company" ? 0.15 : 0.25],
          ["mobility", orgKind === "public_body" ? 0.15 : 0],
        ];
  for (const [kind, p] of chances)
    if (rng.chance(p)) add("offer", kind, rng.pick(OFFER_DETAILS[kind]));
  if (rows.length === 0) add("offer", "mentoring", rng.pick(OFFER_DETAILS.mentoring));
  return rows;
}

/** Needs of labs (a Moroccan lab looking for a Belgian partner…) and incubators' offers. */
function organizationOffersNeeds(rng: Random, orgs: Org[], vocab: Vocabulary) {
  const rows: Omit<typeof offersNeeds.$inferInsert, "id">[] = [];
  for (const org of orgs) {
    // Incubators list entrepreneurship first: name the technology instead.
    const topic = org.pool.core.find((id) => vocab.byId.get(id)?.group !== "management");
    if (!topic) continue;
    const vars = {
      a: vocab.label(topic, "fr"),
      other: org.spec.country === "MA" ? "en Belgique" : "au Maroc",
    };
    const add = (direction: "offer" | "need", kind: keyof typeof OFFER_DETAILS, template: string) =>
      rows.push({
        personId: null,
        organizationId: org.id,
        direction,
        kind,
        details: fill(template, vars),
      });
    if (org.spec.kind === "incubator") add("offer", "incubation", INCUBATION_OFFER);
    if (org.spec.kind !== "lab") continue;
    if (org.spec.country === "MA") {
      if (org.spec.key === "laboratoire-lias-uh2c" || rng.chance(0.5)) {
        add("need", "joint_research", ORGANIZATION_NEED_DETAILS.joint_research);
      }
      if (rng.chance(0.3))
        add("need", "thesis_cosupervision", ORGANIZATION_NEED_DETAILS.thesis_cosupervision);
    } else if (rng.chance(0.25)) {
      add("need", "mobility", ORGANIZATION_NEED_DETAILS.mobility);
    }
  }
  return rows;
}

/** 1–6 papers led by each researcher, co-written with lab mates, PhD students or partner labs. */
function addPublications(
  rng: Random,
  seed: number,
  drafts: Draft[],
  vocab: Vocabulary,
  net: DemoNetwork,
) {
  const byLab = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.kind === "researcher" || d.phd) byLab.set(d.org.id, [...(byLab.get(d.org.id) ?? []), d]);
  }
  const researchersOf = (org: Org) =>
    (byLab.get(org.id) ?? []).filter((d) => d.kind === "researcher");
  for (const lead of drafts.filter((d) => d.kind === "researcher")) {
    const titles = new Set<string>();
    const target = rng.int(1, 6);
    for (let attempt = 0; titles.size < target && attempt < target * 4; attempt++) {
      const lang: "fr" | "en" = lead.writing === "en" || rng.chance(0.45) ? "en" : "fr";
      const topics = lead.skills.filter((x) => !GENERIC_SKILLS.includes(x.skillId));
      const [first, second] = rng.sample((topics.length > 0 ? topics : lead.skills).slice(0, 4), 2);
      const a = vocab.label((first ?? lead.skills[0]!).skillId, lang);
      const b = second ? vocab.label(second.skillId, lang) : a;
      const sectorId = rng.pick(lead.sectors);
      const sector = SECTORS.find((s) => s.id === sectorId);
      const vars = { a, A: capitalize(a), b, s: sector ? lowerFirst(sector.labels[lang]) : "" };
      const title = fill(rng.pick(TITLE_TEMPLATES[lang]), vars);
      // "Industrie 4.0 en industrie" says the sector twice: leave that paper out.
      if (titles.has(title) || `${a} ${b}`.toLowerCase().includes(vars.s.toLowerCase())) continue;
      titles.add(title);
      const [opening, ...rest] = ABSTRACT_SENTENCES[lang];
      const abstract = [opening!, ...rng.sample(rest, rng.int(1, 3))]
        .map((t) => fill(t, vars))
        .join(" ");
      const group = vocab.byId.get((first ?? lead.skills[0]!).skillId)?.group ?? "default";
      const n = net.publications.length + 1;
      const id = stableUuid(`publication:${seed}:${n}`);
      net.publications.push({
        id,
        title,
        abstract,
        year: rng.int(2015, 2025),
        doi: `10.5555/passerelle.${n}`,
        venue: rng.pick(venues(rng, group, sectorId)),
      });
      const coauthors = new Set<Draft>();
      if (rng.chance(0.65)) {
        const mates = (byLab.get(lead.org.id) ?? []).filter((d) => d !== lead);
        for (const d of rng.sample(mates, rng.int(1, 2))) coauthors.add(d);
      }
      if (lead.org.partners.length > 0 && rng.chance(0.3)) {
        const partner = rng.pick(researchersOf(rng.pick(lead.org.partners)));
        if (partner) coauthors.add(partner);
      }
      [lead, ...coauthors].forEach((author, position) => {
        net.publicationAuthors.push({ publicationId: id, personId: author.id, position });
      });
    }
  }
}

/** A field venue for applied work (always for domain skills), else one of the skill's group. */
function venues(rng: Random, group: string, sectorId: string): string[] {
  const applied = SECTOR_VENUES[sectorId];
  if (applied && (group === "domain" || rng.chance(0.4))) return applied;
  return VENUES[group] ?? VENUES.default!;
}

function weightedSample<T>(rng: Random, items: readonly (readonly [T, number])[], n: number): T[] {
  const left = [...items];
  const out: T[] = [];
  while (out.length < n && left.length > 0) {
    const item = rng.pickWeighted(left);
    out.push(item);
    left.splice(
      left.findIndex(([x]) => x === item),
      1,
    );
  }
  return out;
}

function fill(template: string, vars: TextVars): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`Missing text variable {${key}} in "${template}"`);
    return value;
  });
}

/** Lower-cases a label's first letter unless its first word looks like a name or an acronym. */
function lowerFirst(text: string): string {
  const firstWord = text.split(" ")[0] ?? "";
  if (/[A-Z]/.test(firstWord.slice(1)) || /\s[A-Z][a-z]/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function fakePhone(rng: Random, country: string): string {
  const pair = () => String(rng.int(0, 99)).padStart(2, "0");
  return country === "MA"
    ? `+212 6${rng.int(10, 99)} ${pair()} ${pair()} ${pair()}`
    : `+32 4${rng.int(70, 99)} ${pair()} ${pair()} ${pair()}`;
}
