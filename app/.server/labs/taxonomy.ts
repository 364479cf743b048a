import { SKILL_CONCEPTS } from "../../../db/taxonomy";
import {
  buildConceptMatcher,
  type ConceptMatcher,
  extractConcepts,
  graphFromConcepts,
  type TaxonomyGraph,
} from "../matching";

/**
 * The skills taxonomy as lab profiles and partner scoring see it: the matching engine's graph
 * (broader/narrower/sibling relations) and its concept matcher (labels and synonyms found in free
 * text), built once from the shipped taxonomy.
 */
export type SkillTaxonomy = {
  graph: TaxonomyGraph;
  matcher: ConceptMatcher;
  /** Memo of skillRelatedness by "a|b": scoring asks the same pairs for every candidate. */
  related?: Map<string, number>;
  /** Memo of relatedSkills by concept. */
  neighbourhoods?: Map<string, readonly { skillId: string; relatedness: number }[]>;
  /** Memo of skillsMentioned by text: a lab's papers are read again on every request. */
  mentions?: Map<string, string[]>;
};

const MEMO_LIMIT = 50_000;

function memo<V>(map: Map<string, V>, key: string, compute: () => V): V {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  // A crude bound: the taxonomy is finite, texts are not.
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

let shipped: SkillTaxonomy | null = null;

export function shippedTaxonomy(): SkillTaxonomy {
  if (!shipped) {
    const graph = graphFromConcepts(SKILL_CONCEPTS);
    shipped = { graph, matcher: buildConceptMatcher(graph) };
  }
  return shipped;
}

/**
 * How close two concepts are, in [0, 1] and symmetric: the same concept 1, parent and child 0.7,
 * siblings 0.5 (not under a hub such as "programming languages"), two levels apart 0.45, anything
 * further 0. Symmetric because a partnership runs both ways, unlike a search query.
 */
export function skillRelatedness(taxonomy: SkillTaxonomy, a: string, b: string): number {
  if (a === b) return 1;
  taxonomy.related ??= new Map();
  return memo(taxonomy.related, a < b ? `${a}|${b}` : `${b}|${a}`, () =>
    relatedness(taxonomy, a, b),
  );
}

function relatedness(taxonomy: SkillTaxonomy, a: string, b: string): number {
  const relation = taxonomy.graph.relation(a, b);
  if (!relation) return 0;
  switch (relation.kind) {
    case "same":
      return 1;
    case "sibling":
      return 0.5;
    default:
      return relation.distance === 1 ? 0.7 : 0.45;
  }
}

/**
 * Every concept related to `skillId` (itself included), closest first: the few the hierarchy puts
 * within two steps. Looking these up in a profile beats comparing with each of its skills.
 */
export function relatedSkills(
  taxonomy: SkillTaxonomy,
  skillId: string,
): readonly { skillId: string; relatedness: number }[] {
  taxonomy.neighbourhoods ??= new Map();
  return memo(taxonomy.neighbourhoods, skillId, () => {
    const { graph } = taxonomy;
    const parent = graph.parent(skillId);
    const children = graph.children(skillId);
    const candidates = new Set([
      skillId,
      ...(parent ? [parent, ...graph.children(parent)] : []),
      ...(parent ? [graph.parent(parent)].filter((g): g is string => !!g) : []),
      ...children,
      ...children.flatMap((c) => graph.children(c)),
    ]);
    return [...candidates]
      .map((id) => ({ skillId: id, relatedness: skillRelatedness(taxonomy, skillId, id) }))
      .filter((r) => r.relatedness > 0)
      .sort((a, b) => b.relatedness - a.relatedness || (a.skillId < b.skillId ? -1 : 1));
  });
}

/** The best relatedness of `skill` to any of `others`, with the concept that gives it. */
export function closestSkill(
  taxonomy: SkillTaxonomy,
  skill: string,
  others: ReadonlySet<string>,
): { skillId: string; relatedness: number } | null {
  if (others.size === 0) return null;
  return relatedSkills(taxonomy, skill).find((r) => others.has(r.skillId)) ?? null;
}

export function skillGroup(taxonomy: SkillTaxonomy, skillId: string): string | undefined {
  return taxonomy.graph.get(skillId)?.group;
}

export function skillLabel(
  taxonomy: SkillTaxonomy,
  skillId: string,
  locale: "fr" | "en" | "ar",
): string {
  return taxonomy.graph.labels(skillId)[locale];
}

/** The taxonomy concepts a free text names, by label or synonym in any of the three languages. */
export function skillsMentioned(text: string, taxonomy = shippedTaxonomy()): string[] {
  if (!text.trim()) return [];
  taxonomy.mentions ??= new Map();
  return memo(taxonomy.mentions, text, () =>
    extractConcepts(text, taxonomy.matcher).map((c) => c.id),
  );
}
