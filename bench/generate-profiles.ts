import type { Country } from "../db/schema";
import { SKILL_CONCEPTS } from "../db/taxonomy";
import { draftPerson } from "../scripts/seed/drafts";
import { stableUuid } from "../scripts/seed/ids";
import { languageRows } from "../scripts/seed/languages";
import { drawMemberships } from "../scripts/seed/memberships";
import type {
  DemoNetwork,
  Draft,
  Kind,
  MembershipRow,
  OfferNeedRow,
  Org,
} from "../scripts/seed/model";
import { drawOffersNeeds } from "../scripts/seed/offers";
import { buildOrganizations } from "../scripts/seed/organizations";
import { personRow } from "../scripts/seed/people";
import { Random } from "../scripts/seed/random";
import { skillRows } from "../scripts/seed/skills";
import { Vocabulary } from "../scripts/seed/vocabulary";
import { drawPublications } from "./profile-parts";

/**
 * Synthetic profiles for the benchmark, made of the demo seed's own parts (institutions, name
 * pools, skill pools from the taxonomy, roles, text templates, languages, offers, memberships).
 * One seeded stream, one profile at a time: the same seed always yields the same profiles, and
 * the first 10,000 of a 100,000 run are those of the default run.
 */
export type BenchProfile = {
  person: DemoNetwork["people"][number] & { country: Country };
  skills: DemoNetwork["personSkills"];
  languages: DemoNetwork["personLanguages"];
  sectors: string[];
  offers: OfferNeedRow[];
  memberships: MembershipRow[];
  /** Names of the organizations of the memberships, primary first (the search facet). */
  organizations: string[];
  publications: { id: string; title: string; abstract: string; year: number; venue: string }[];
};

export const BENCH_SEED = 6;

export function* generateProfiles(
  count: number,
  seed = BENCH_SEED,
  options: { researchPublications?: boolean } = {},
): Generator<BenchProfile> {
  const rng = new Random(seed);
  const vocab = new Vocabulary(SKILL_CONCEPTS);
  const orgs = buildOrganizations(vocab);
  const byId = new Map([...orgs.values()].map((o) => [o.id, o]));
  const labs = [...orgs.values()].filter((o) => o.spec.kind === "lab");
  const employers = [...orgs.values()].filter(
    (o) => o.spec.focus && o.spec.kind !== "lab" && o.spec.kind !== "university",
  );
  const weighted = (list: Org[]) => list.map((o) => [o, o.spec.weight ?? 1] as const);
  const pools = {
    researcher: weighted(labs),
    student: weighted(labs),
    expert: weighted(employers),
  };
  const slugs = new Map<string, number>();
  let papers = 0;
  for (let i = 0; i < count; i++) {
    const kind = rng.pickWeighted<Kind>([
      ["researcher", 40],
      ["expert", 42],
      ["student", 18],
    ]);
    const org = rng.pickWeighted(pools[kind]);
    const d: Draft = draftPerson(rng, vocab, stableUuid(`bench-person:${seed}:${i}`), kind, org);
    const phd = d.phd;
    // About 4% of researchers and experts wait for verification (not listed).
    const pending = new Set(kind !== "student" && rng.chance(0.04) ? [d.id] : []);
    const person = personRow(rng, d, vocab, slugs, pending) as BenchProfile["person"];
    const memberships = drawMemberships(rng, d, orgs);
    const profile: BenchProfile = {
      person,
      skills: skillRows(rng, d),
      languages: languageRows(rng, d),
      sectors: d.sectors,
      offers: drawOffersNeeds(rng, d, vocab),
      memberships,
      organizations: memberships.map((m) => byId.get(m.organizationId)!.spec.name),
      publications: [],
    };
    const count = kind === "researcher" ? rng.int(0, 4) : phd ? rng.int(0, 1) : 0;
    profile.publications = drawPublications(rng, vocab, d, count, (n) =>
      stableUuid(`bench-publication:${seed}:${papers + n}`),
    );
    papers += count;
    if (options.researchPublications && kind === "researcher") {
      profile.publications.push(...researchPublications(vocab, d, seed, i));
    }
    yield profile;
  }
}

/**
 * A researcher's body of work, as matching meets it on real profiles (issue 10: about twenty
 * papers with abstracts): 6–16 more papers of four to six sentences, drawn from a stream of their
 * own so the rest of the network (and the search scenario's ground truth) stays the same.
 */
function researchPublications(vocab: Vocabulary, d: Draft, seed: number, i: number) {
  const rng = new Random(seed * 1_000_003 + i);
  const n = rng.int(6, 16);
  return drawPublications(
    rng,
    vocab,
    d,
    n,
    (k) => stableUuid(`bench-research-publication:${seed}:${i}:${k}`),
    [3, 5],
  );
}

/** Listed in the public directory: what the search endpoint can return. */
export function isListed(p: BenchProfile["person"]) {
  return p.kind !== "student" && p.visibility === "public" && p.verification === "verified";
}
