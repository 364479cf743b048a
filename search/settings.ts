import type { Settings } from "meilisearch";
import { DIRECTORY_FACETS } from "../app/vocabulary/directory";
import type { Executor } from "../db/client";
import { skills } from "../db/schema";
import type { IndexBase, SearchEngine } from "./client";

/**
 * Grammatical words that would otherwise match everywhere ("vision par ordinateur" must not mark
 * "génération augmentée par récupération"). Kept short: skill names are mostly content words.
 */
export const STOP_WORDS = [
  ...["le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "en", "à", "au"],
  ...["aux", "par", "pour", "sur", "dans", "avec", "the", "of", "and", "or", "in", "for", "on"],
  ...["with", "a", "an", "to", "في", "من", "على", "إلى", "عن", "مع"],
];

/**
 * Meilisearch counts hits up to this many, one more than the directory pages through (250 pages
 * of 20), so a capped count is told apart from an exact 5,000: "more than 5,000".
 */
export const MAX_TOTAL_HITS = 5001;

const PEOPLE_SETTINGS: Settings = {
  // Order is relevance: a hit on the name or a skill counts more than one in a publication title.
  searchableAttributes: [
    "name",
    "skillLabels",
    "headline",
    "relatedSkills",
    "organization",
    "sectorLabels",
    "city",
    "bio",
    "publicationTitles",
  ],
  // Only what a query filters or sorts on: each one is indexed on every write. topSkills and
  // strongSkills let matching take a concept's best holders first; sorting on one number per
  // concept and person (skillLevels.<concept>) did that before, for 22 % of the CPU of indexing
  // 100k people (bench/).
  filterableAttributes: [
    ...DIRECTORY_FACETS,
    "topSkills",
    "strongSkills",
    "mentoringOpen",
    "visibility",
    "verification",
    "listed",
  ],
  sortableAttributes: ["publicationCount"],
  displayedAttributes: ["*"],
  // Two query words count as close when they share an attribute (a skill label, a headline),
  // not by their distance in words: indexing takes about half the CPU time (bench/, 10k people)
  // and recall@20 did not move on any bench query.
  proximityPrecision: "byAttribute",
  // Nothing searches facet values (the skill picker reads the taxonomy from PostgreSQL).
  facetSearch: false,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 50, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  stopWords: STOP_WORDS,
};

const ORGANIZATION_SETTINGS: Settings = {
  searchableAttributes: ["name", "acronym", "parent", "city", "sectorLabels", "description"],
  filterableAttributes: ["kind", "country", "city", "sectors", "parentSlug"],
  sortableAttributes: ["name", "memberCount"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 100 },
  stopWords: STOP_WORDS,
};

/**
 * Synonyms from the taxonomy: every variant and abbreviation of a concept (IA, ML, NLP, K8s…), in
 * French, English or Arabic, leads to the concept's three labels. Labels themselves need none:
 * documents carry the three labels of each skill. Label-to-label entries (2,600 of them) were
 * dropped: same recall on the bench's synonym queries, Meilisearch p95 25 → 17 ms at 16k people.
 */
export async function buildSynonyms(db: Executor): Promise<Record<string, string[]>> {
  const rows = await db.select().from(skills);
  const synonyms: Record<string, Set<string>> = {};
  for (const row of rows) {
    const labels = unique([row.labelFr, row.labelEn, row.labelAr].map(normalize));
    const variants = unique(
      [...row.synonyms.fr, ...row.synonyms.en, ...row.synonyms.ar].map(normalize),
    ).filter((v) => !labels.includes(v));
    for (const term of variants) {
      // One-letter names (C, R) would expand stray letters of every query.
      if (term.length < 2) continue;
      synonyms[term] ??= new Set();
      for (const label of labels) synonyms[term].add(label);
    }
  }
  return Object.fromEntries(Object.entries(synonyms).map(([k, v]) => [k, [...v]]));
}

export async function settingsFor(base: IndexBase, db: Executor): Promise<Settings> {
  if (base === "organizations") return ORGANIZATION_SETTINGS;
  return { ...PEOPLE_SETTINGS, synonyms: await buildSynonyms(db) };
}

/** Makes the live indexes match the code's settings; only changed settings trigger re-indexing. */
export async function reconcileIndexSettings(engine: SearchEngine, db: Executor, names?: string[]) {
  const bases: IndexBase[] = ["people", "organizations"];
  for (const [i, base] of bases.entries()) {
    const uid = names?.[i] ?? engine.index(base);
    await ensureIndex(engine, uid);
    const wanted = await settingsFor(base, db);
    const index = engine.client.index(uid);
    const current = await index.getSettings();
    if (!settingsDiffer(current, wanted)) continue;
    await index.updateSettings(wanted).waitTask();
  }
}

export async function ensureIndex(engine: SearchEngine, uid: string) {
  try {
    await engine.client.getIndex(uid);
  } catch {
    await engine.client.createIndex(uid, { primaryKey: "id" }).waitTask();
  }
}

function settingsDiffer(current: Settings, wanted: Settings) {
  return Object.entries(wanted).some(([key, value]) => {
    const have = (current as Record<string, unknown>)[key];
    return !sameJson(have, value);
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const bObj = b as Record<string, unknown>;
    return Object.keys(bObj).every((k) => sameJson((a as Record<string, unknown>)[k], bObj[k]));
  }
  return a === b;
}

const normalize = (s: string) => s.trim().toLowerCase();
const unique = <T>(values: T[]) => [...new Set(values)];
