import { onIndexChanged } from "../../search/index-changes";

export type FacetCounts = Record<string, number>;

const MAX_ENTRIES = 500;
/** A safety net only: every drain of the outbox clears the cache (search/index-changes.ts). */
const MAX_AGE_MS = 5 * 60_000;

type Entry = { counts: FacetCounts; storedAt: number };

/**
 * Facet counts of the browse page (no query text): they depend only on the filters, the landing
 * page asks for the same ones again and again, and they cost Meilisearch more than the page of
 * hits. Cleared whenever the index changes.
 */
class BrowseFacetCache {
  private entries = new Map<string, Entry>();
  private generation = 0;

  constructor() {
    onIndexChanged(() => this.clear());
  }

  /** The generation to hand back to `set`: counts read before a change are not stored after it. */
  get currentGeneration() {
    return this.generation;
  }

  get(key: string): FacetCounts | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (Date.now() - entry.storedAt > MAX_AGE_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.counts;
  }

  set(key: string, counts: FacetCounts, generation: number) {
    if (generation !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) {
      // Oldest first: a Map iterates in insertion order.
      this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, { counts, storedAt: Date.now() });
  }

  clear() {
    this.generation++;
    this.entries.clear();
  }
}

const holder = globalThis as typeof globalThis & { __passerelleBrowseFacets?: BrowseFacetCache };

export function browseFacetCache(): BrowseFacetCache {
  holder.__passerelleBrowseFacets ??= new BrowseFacetCache();
  return holder.__passerelleBrowseFacets;
}
