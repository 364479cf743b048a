import type { Labels } from "~/utils/matching-breakdown";
import type { Database } from "../../../db/client";
import { sectors, skills } from "../../../db/schema";
import { buildConceptMatcher, type ConceptMatcher } from "./concept-extraction";
import { TaxonomyGraph } from "./taxonomy-graph";

/** The taxonomy changes with releases (syncTaxonomy at start-up), not with requests. */
const MAX_AGE_MS = 10 * 60_000;

export type LoadedTaxonomy = {
  graph: TaxonomyGraph;
  matcher: ConceptMatcher;
  sectors: ReadonlyMap<string, Labels>;
  loadedAt: number;
};
const cache = new WeakMap<Database, Promise<LoadedTaxonomy>>();

export async function getTaxonomy(db: Database): Promise<LoadedTaxonomy> {
  const cached = cache.get(db);
  if (cached) {
    const value = await cached;
    if (Date.now() - value.loadedAt < MAX_AGE_MS) return value;
  }
  const loading = loadTaxonomy(db);
  cache.set(db, loading);
  loading.catch(() => cache.delete(db));
  return loading;
}

async function loadTaxonomy(db: Database): Promise<LoadedTaxonomy> {
  const [rows, sectorRows] = await Promise.all([
    db.select().from(skills),
    db.select().from(sectors),
  ]);
  const graph = new TaxonomyGraph(
    rows.map((r) => ({
      id: r.id,
      group: r.group,
      labels: { fr: r.labelFr, en: r.labelEn, ar: r.labelAr },
      synonyms: r.synonyms,
      broader: r.broaderId,
    })),
  );
  return {
    graph,
    matcher: buildConceptMatcher(graph),
    sectors: new Map(
      sectorRows.map((s) => [s.id, { fr: s.labelFr, en: s.labelEn, ar: s.labelAr }]),
    ),
    loadedAt: Date.now(),
  };
}
