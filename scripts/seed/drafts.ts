import type { Country } from "../../db/schema";
import { stableUuid } from "./ids";
import { unique } from "./lists";
import { DEMO_SIZES, type Draft, type Kind, type Org, type Writing } from "./model";
import { type Gender, NAME_POOLS, type Origin } from "./names";
import type { Random } from "./random";
import { EXPERT_ROLES, INCUBATOR_ROLES, RESEARCHER_ROLES, type Role, STUDENT_ROLES } from "./roles";
import { drawSkills } from "./skills";
import type { Vocabulary } from "./vocabulary";

/** Researchers and students in labs, experts elsewhere; each with origin, role and skills. */
export function draftPeople(rng: Random, seed: number, orgs: Org[], vocab: Vocabulary): Draft[] {
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
      drafts.push(
        draftPerson(rng, vocab, stableUuid(`person:${seed}:${drafts.length}`), kind, org),
      );
    }
  }
  return drafts;
}

/**
 * One person of a kind in an organization: origin, gender, name, writing language, role, skills
 * and sectors, drawn in this order (the bench's generator draws its profiles with it too).
 */
export function draftPerson(rng: Random, vocab: Vocabulary, id: string, kind: Kind, org: Org) {
  const origin = drawOrigin(rng, org, kind);
  const gender: Gender = rng.chance(0.5) ? "f" : "m";
  const phd = kind === "student" && rng.chance(0.55);
  return {
    id,
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
  } satisfies Draft;
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

function drawSectors(rng: Random, org: Org): string[] {
  const main = org.sectors[0]!;
  const others = unique([...org.sectors, ...(org.parent?.sectors ?? [])]).filter((s) => s !== main);
  return [main, ...rng.sample(others, rng.int(0, 2))];
}
