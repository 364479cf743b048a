import { unique } from "../db/seed/lists";
import type { Draft, Kind, Org, Writing } from "../db/seed/model";
import type { Origin } from "../db/seed/names";
import type { Random } from "../db/seed/random";
import {
  EXPERT_ROLES,
  INCUBATOR_ROLES,
  RESEARCHER_ROLES,
  type Role,
  STUDENT_ROLES,
} from "../db/seed/roles";
import { GENERIC_SKILLS } from "../db/seed/skills";
import { ABSTRACT_SENTENCES, TITLE_TEMPLATES, VENUES } from "../db/seed/templates";
import { capitalize, fill, lowerFirst } from "../db/seed/texts";
import type { Vocabulary } from "../db/seed/vocabulary";
import { SECTORS } from "../db/taxonomy";

// The demo seed draws a fixed plan of people; the bench draws any number, one at a time. These
// few draws follow the seed's (db/seed/drafts.ts, publications.ts) without its batch structure.

export function drawOrigin(rng: Random, org: Org, kind: Kind): Origin {
  if (org.spec.country === "MA") {
    return rng.pickWeighted<Origin>([
      ["ma", 92],
      ["diaspora", 5],
      ["be-fr", 3],
    ]);
  }
  return rng.pickWeighted<Origin>([
    [org.spec.community === "nl" ? "be-nl" : "be-fr", 68],
    ["diaspora", 25],
    ["ma", kind === "student" ? 20 : 7],
  ]);
}

export function drawWriting(rng: Random, origin: Origin, org: Org): Writing {
  if ([org.spec.key, org.parent?.spec.key].includes("al-akhawayn-university")) {
    return rng.chance(0.6) ? "en" : "fr";
  }
  if (origin === "ma") {
    return rng.pickWeighted<Writing>([
      ["fr", 76],
      ["en", 12],
      ["ar", 12],
    ]);
  }
  return rng.chance(origin === "be-nl" ? 0.35 : 0.12) ? "en" : "fr";
}

export function drawRole(rng: Random, kind: Kind, org: Org, phd: boolean): Role {
  if (kind === "student") {
    if (phd) return STUDENT_ROLES.phd;
    return org.spec.country === "MA" && rng.chance(0.35)
      ? STUDENT_ROLES.engineer
      : STUDENT_ROLES.master;
  }
  if (kind === "researcher") {
    const country = org.spec.country;
    return rng.pickWeighted(RESEARCHER_ROLES.map(([r, w]) => [r, w[country]] as const));
  }
  if (org.spec.kind === "incubator" && rng.chance(0.7)) return rng.pick(INCUBATOR_ROLES);
  const group = rng.pick(org.spec.focus?.groups ?? ["management"]);
  return rng.pick(EXPERT_ROLES[group] ?? EXPERT_ROLES.management!);
}

export function drawSectors(rng: Random, org: Org): string[] {
  const main = org.sectors[0]!;
  const others = unique([...org.sectors, ...(org.parent?.sectors ?? [])]).filter((s) => s !== main);
  return [main, ...rng.sample(others, rng.int(0, 2))];
}

/** Papers on the person's specific skills, titled and summarized from the seed's templates. */
export function drawPublications(
  rng: Random,
  vocab: Vocabulary,
  d: Draft,
  count: number,
  idOf: (n: number) => string,
  /** Sentences after the opening one: 1–3 as in the demo seed, more for research papers. */
  sentences: [number, number] = [1, 3],
) {
  const topics = d.skills.filter((s) => !GENERIC_SKILLS.includes(s.skillId));
  const pool = (topics.length > 0 ? topics : d.skills).slice(0, 4);
  const sector = SECTORS.find((s) => s.id === d.sectors[0]);
  return Array.from({ length: count }, (_, n) => {
    const lang = d.writing === "en" || rng.chance(0.45) ? "en" : "fr";
    const [first, second] = rng.sample(pool, 2);
    const a = vocab.label(first!.skillId, lang);
    const b = second ? vocab.label(second.skillId, lang) : a;
    const vars = { a, A: capitalize(a), b, s: sector ? lowerFirst(sector.labels[lang]) : "" };
    const [opening, ...rest] = ABSTRACT_SENTENCES[lang];
    const group = vocab.byId.get(first!.skillId)?.group ?? "default";
    return {
      id: idOf(n + 1),
      title: fill(rng.pick(TITLE_TEMPLATES[lang]), vars),
      abstract: [opening!, ...rng.sample(rest, rng.int(...sentences))]
        .map((t) => fill(t, vars))
        .join(" "),
      year: rng.int(2015, 2025),
      venue: rng.pick(VENUES[group] ?? VENUES.default!),
    };
  });
}
