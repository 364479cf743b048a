import type { OfferDirection } from "~/vocabulary/offers";
import {
  CONVENTION_KINDS,
  type ConventionKind,
  PERSON_KINDS,
  type PersonKind,
} from "../../../db/schema";
import { skillsMentioned } from "./taxonomy";
import { topicWords } from "./text-topics";
import type {
  ConventionSummary,
  LabData,
  LabProfile,
  MemberData,
  OfferNeedData,
  PublicationData,
  SectorShare,
  SkillStrength,
} from "./types";

const WORKING_LEVELS = new Set(["professional", "fluent", "native"]);
const TOP = 10;

/**
 * A skill's strength for a group: the best level counts most (one senior expert makes a lab able
 * to supervise), the mean tempers it, and a second or third member adds depth.
 */
export function skillStrength(levels: number[]): number {
  if (levels.length === 0) return 0;
  const max = Math.max(...levels);
  const mean = levels.reduce((a, b) => a + b, 0) / levels.length;
  const depth = Math.min(1, (levels.length - 1) / 3);
  return round((0.55 * max + 0.2 * mean) / 5 + 0.25 * depth, 3);
}

export function aggregateSkills(members: MemberData[]): SkillStrength[] {
  const levels = new Map<string, number[]>();
  for (const m of members) {
    for (const s of m.skills) levels.set(s.skillId, [...(levels.get(s.skillId) ?? []), s.level]);
  }
  return [...levels]
    .map(([skillId, ls]) => ({
      skillId,
      members: ls.length,
      maxLevel: Math.max(...ls),
      meanLevel: round(ls.reduce((a, b) => a + b, 0) / ls.length, 2),
      strength: skillStrength(ls),
    }))
    .sort((a, b) => b.strength - a.strength || b.members - a.members || cmp(a.skillId, b.skillId));
}

export function aggregateSectors(members: MemberData[], declared: string[]): SectorShare[] {
  const counts = countBy(members.flatMap((m) => [...new Set(m.sectors)]));
  const ids = new Set([...counts.keys(), ...declared]);
  return [...ids]
    .map((sectorId) => {
      const n = counts.get(sectorId) ?? 0;
      const share = members.length > 0 ? n / members.length : 0;
      const isDeclared = declared.includes(sectorId);
      return {
        sectorId,
        members: n,
        declared: isDeclared,
        weight: round(isDeclared ? Math.max(0.6, share) : share, 3),
      };
    })
    .sort((a, b) => b.weight - a.weight || cmp(a.sectorId, b.sectorId));
}

export function aggregatePublications(pubs: PublicationData[]): LabProfile["publications"] {
  const unique = [...new Map(pubs.map((p) => [p.id, p])).values()];
  const years = countBy(unique.map((p) => p.year));
  const terms = countBy(
    unique.flatMap((p) => [...new Set(topicWords(`${p.title} ${p.abstract}`))]),
  );
  const items = unique.map((p) => ({
    id: p.id,
    year: p.year,
    skillIds: skillsMentioned(`${p.title}. ${p.abstract}`),
    authorIds: p.authorIds,
  }));
  const topics = countBy(items.flatMap((i) => i.skillIds));
  return {
    total: unique.length,
    byYear: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year),
    lastYear: unique.length > 0 ? Math.max(...unique.map((p) => p.year)) : null,
    topTerms: top(terms).map(([term, count]) => ({ term, count })),
    topics: top(topics).map(([skillId, count]) => ({ skillId, count })),
    items,
  };
}

/**
 * A lab's members may publish on a concept nobody declares: the papers speak for the lab too
 * (issue 10, "expertise fingerprint"). Such a concept joins the skills with a strength growing with
 * the papers naming it (one paper 0.3, the "has it" bar; four or more 0.55, just above "strong"),
 * never above what a declared skill would give.
 */
export function withPublicationThemes(
  skills: SkillStrength[],
  publications: PublicationData[],
): SkillStrength[] {
  const declared = new Set(skills.map((s) => s.skillId));
  const papers = countBy(
    [...new Map(publications.map((p) => [p.id, p])).values()].flatMap((p) =>
      skillsMentioned(`${p.title}. ${p.abstract}`).filter((id) => !declared.has(id)),
    ),
  );
  const themes = [...papers].map(([skillId, n]) => ({
    skillId,
    members: 0,
    maxLevel: 0,
    meanLevel: 0,
    strength: round(Math.min(0.55, 0.3 + 0.0833 * (n - 1)), 3),
  }));
  return [...skills, ...themes].sort(
    (a, b) => b.strength - a.strength || b.members - a.members || cmp(a.skillId, b.skillId),
  );
}

/** Offers or needs by convention kind: the organization's statements and how many members agree. */
export function summarizeConventions(
  direction: OfferDirection,
  own: OfferNeedData[],
  members: MemberData[],
): ConventionSummary[] {
  return CONVENTION_KINDS.map((kind: ConventionKind) => {
    const statements = own
      .filter((o) => o.direction === direction && o.kind === kind)
      .map((o) => ({ details: o.details, skillIds: skillsMentioned(o.details) }));
    const count = members.filter((m) =>
      m.offersNeeds.some((o) => o.direction === direction && o.kind === kind),
    ).length;
    return { kind, statements, members: count };
  }).filter((s) => s.statements.length > 0 || s.members > 0);
}

/**
 * The profile of a lab, or of a university through its labs: pure, so the scoring tests can build
 * labs by hand and the page and the API read the same numbers.
 */
export function aggregateLab(data: LabData): LabProfile {
  const { organization: org, units } = data;
  const members = [...new Map(data.members.map((m) => [m.personId, m])).values()];
  const own = [...org.offersNeeds, ...units.flatMap((u) => u.offersNeeds)];
  const declaredSectors = [...new Set([...org.sectors, ...units.flatMap((u) => u.sectors)])];
  const needs = summarizeConventions("need", own, members);
  const membersByKind = Object.fromEntries(PERSON_KINDS.map((k) => [k, 0])) as Record<
    PersonKind,
    number
  >;
  for (const m of members) membersByKind[m.kind] += 1;
  const languages = countBy(
    members.flatMap((m) =>
      m.languages.filter((l) => WORKING_LEVELS.has(l.level)).map((l) => l.language),
    ),
  );
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    acronym: org.acronym,
    kind: org.kind,
    country: org.country,
    city: org.city,
    parentId: org.parentId,
    description: org.description,
    unitIds: [org.id, ...units.map((u) => u.id)],
    labs: units.map((u) => ({ id: u.id, slug: u.slug, name: u.name, members: u.memberIds.length })),
    memberIds: members.map((m) => m.personId),
    membersByKind,
    skills: withPublicationThemes(aggregateSkills(members), data.publications),
    sectors: aggregateSectors(members, declaredSectors),
    publications: aggregatePublications(data.publications),
    offers: summarizeConventions("offer", own, members),
    needs,
    statedNeedSkills: [...new Set(needs.flatMap((n) => n.statements.flatMap((s) => s.skillIds)))],
    countries: sorted(countBy(members.map((m) => m.country))).map(([country, n]) => ({
      country,
      members: n,
    })),
    languages: sorted(languages).map(([language, n]) => ({ language, members: n })),
  };
}

function countBy<T>(items: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function sorted<T>(counts: Map<T, number>): [T, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || cmp(String(a[0]), String(b[0])));
}

function top<T>(counts: Map<T, number>): [T, number][] {
  return sorted(counts).slice(0, TOP);
}

function cmp(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(x: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
