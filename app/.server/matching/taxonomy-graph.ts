import type { Labels } from "~/utils/matching-breakdown";
import type { SkillSynonyms } from "../../../db/schema";

export type ConceptNode = {
  id: string;
  group: string;
  labels: Labels;
  synonyms: SkillSynonyms;
  broader: string | null;
};

/** How a skill relates to a reference concept in the taxonomy, seen from the reference. */
export type SkillRelation =
  | { kind: "same" }
  | { kind: "narrower"; distance: 1 | 2 }
  | { kind: "broader"; distance: 1 | 2 }
  | { kind: "sibling" };

/**
 * Siblings under a hub ("programming languages" and its forty children) are not neighbours: a
 * Python expert is not related to a COBOL one. The demo seed uses the same cut-off.
 */
const MAX_SIBLING_FAMILY = 12;

/** The skills taxonomy as a graph: labels in three languages, broader and narrower links. */
export class TaxonomyGraph {
  private readonly nodes = new Map<string, ConceptNode>();
  private readonly childrenOf = new Map<string, string[]>();

  constructor(concepts: Iterable<ConceptNode>) {
    for (const concept of concepts) this.nodes.set(concept.id, concept);
    for (const concept of this.nodes.values()) {
      if (!concept.broader || !this.nodes.has(concept.broader)) continue;
      const list = this.childrenOf.get(concept.broader) ?? [];
      list.push(concept.id);
      this.childrenOf.set(concept.broader, list);
    }
  }

  get size() {
    return this.nodes.size;
  }

  concepts(): IterableIterator<ConceptNode> {
    return this.nodes.values();
  }

  get(id: string): ConceptNode | undefined {
    return this.nodes.get(id);
  }

  labels(id: string): Labels {
    return this.nodes.get(id)?.labels ?? { fr: id, en: id, ar: id };
  }

  parent(id: string): string | null {
    const broader = this.nodes.get(id)?.broader ?? null;
    return broader && this.nodes.has(broader) ? broader : null;
  }

  children(id: string): string[] {
    return this.childrenOf.get(id) ?? [];
  }

  siblings(id: string): string[] {
    const parent = this.parent(id);
    if (!parent) return [];
    const family = this.children(parent);
    return family.length <= MAX_SIBLING_FAMILY ? family.filter((c) => c !== id) : [];
  }

  /** Concepts one step away (children, parent, siblings): where related expertise lives. */
  neighbours(id: string): string[] {
    const parent = this.parent(id);
    return unique([...this.children(id), ...(parent ? [parent] : []), ...this.siblings(id)]);
  }

  /** How `other` relates to `reference`, or null when they are not close in the taxonomy. */
  relation(reference: string, other: string): SkillRelation | null {
    if (reference === other) return { kind: "same" };
    const parent = this.parent(other);
    if (parent === reference) return { kind: "narrower", distance: 1 };
    if (parent && this.parent(parent) === reference) return { kind: "narrower", distance: 2 };
    const referenceParent = this.parent(reference);
    if (referenceParent === other) return { kind: "broader", distance: 1 };
    if (referenceParent && this.parent(referenceParent) === other) {
      return { kind: "broader", distance: 2 };
    }
    if (
      referenceParent &&
      referenceParent === parent &&
      this.children(referenceParent).length <= MAX_SIBLING_FAMILY
    ) {
      return { kind: "sibling" };
    }
    return null;
  }
}

/** From the shipped taxonomy file (db/taxonomy.ts): hand-built networks in tests use it. */
export function graphFromConcepts(
  concepts: readonly {
    id: string;
    group: string;
    labels: Labels;
    synonyms: SkillSynonyms;
    broader: string | null;
  }[],
) {
  return new TaxonomyGraph(concepts.map((c) => ({ ...c })));
}

const unique = <T>(values: T[]) => [...new Set(values)];
