import { onIndexChanged } from "../../search/index-changes";

export type FacetCounts = Record<string, number>;

type Entry = { value: unknown; storedAt: number };

/**
 * Answers that are the same for every reader and change only with the search index (browse
 * pages, profiles as anonymous visitors see them): kept until the index changes (every drain of
 * the outbox, every reindex: search/index-changes.ts) or `maxAgeMs` passes, whichever is first.
 */
export class IndexChangeCache {
  private entries = new Map<string, Entry>();
  private pending = new Map<string, Promise<unknown>>();
  private generation = 0;

  constructor(private readonly limits: { maxEntries: number; maxAgeMs: number }) {
    onIndexChanged(() => this.clear());
  }

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (Date.now() - entry.storedAt > this.limits.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value as T;
  }

  /** Stores what was read at `generation` (see `currentGeneration`), unless the index changed since. */
  set(key: string, value: unknown, generation: number) {
    if (generation !== this.generation) return;
    if (this.entries.size >= this.limits.maxEntries) {
      // Oldest first: a Map iterates in insertion order.
      this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, { value, storedAt: Date.now() });
  }

  get currentGeneration() {
    return this.generation;
  }

  /** The cached value, or `compute`'s; concurrent misses of one key share one computation. */
  async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.get<T>(key);
    if (hit !== undefined) return hit;
    const running = this.pending.get(key) as Promise<T> | undefined;
    if (running) return running;
    const generation = this.generation;
    const promise = compute().finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    const value = await promise;
    this.set(key, value, generation);
    return value;
  }

  clear() {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
  }
}

type Named = "browse" | "anonymousProfiles" | "labProfiles";
const holder = globalThis as typeof globalThis & {
  __passerelleIndexCaches?: Record<Named, IndexChangeCache>;
};

/** One cache of each kind per process (the server entry and the Remix build share them). */
export function indexChangeCache(name: Named): IndexChangeCache {
  holder.__passerelleIndexCaches ??= {
    // Facet counts and pages of hits without query text.
    browse: new IndexChangeCache({ maxEntries: 500, maxAgeMs: 5 * 60_000 }),
    // Their mentoring panel reads requests too, which the index does not follow: short-lived.
    anonymousProfiles: new IndexChangeCache({ maxEntries: 1000, maxAgeMs: 30_000 }),
    // Organizations' aggregated profiles (labs/profiles.server.ts), one entry each.
    labProfiles: new IndexChangeCache({ maxEntries: 5000, maxAgeMs: 10 * 60_000 }),
  };
  return holder.__passerelleIndexCaches[name];
}
