import type { MatchFilters } from "~/utils/matching-query";
import { type ExpertDirectory, entryInPool, type Holder, mostPublished } from "./expert-directory";
import type { Audience } from "./expert-pool";

/**
 * The people index's concept-holder queries (expert-retrieval.ts) answered from the directory,
 * with the same order and limits: people unchanged since it was read, in the pool.
 */
export type HolderQuery = {
  directory: ExpertDirectory;
  changed: ReadonlySet<string>;
  filters: MatchFilters;
  audience: Audience;
};

/** A concept's holders at level 5, then 4, then any level; most published first within each. */
export function holdersByLevel(q: HolderQuery, skillId: string, limit: number): string[] {
  const tiers: string[][] = [[], [], []];
  for (const holder of q.directory.holders.get(skillId) ?? []) {
    const tier = tiers[holder.level >= 5 ? 0 : holder.level >= 4 ? 1 : 2]!;
    if (tier.length >= limit || !eligible(q, holder)) continue;
    tier.push(holder.id);
    if (tiers[0]!.length >= limit) break;
  }
  return tiers.flat().slice(0, limit);
}

/** The most published holders of any of these concepts. */
export function holdersOfAny(q: HolderQuery, skillIds: readonly string[], limit: number): string[] {
  const found = new Map<string, Holder>();
  for (const skillId of skillIds) {
    // The overall best `limit` are each among the best `limit` of their own concept's list.
    let taken = 0;
    for (const holder of q.directory.holders.get(skillId) ?? []) {
      if (taken >= limit) break;
      if (!eligible(q, holder)) continue;
      taken++;
      found.set(holder.id, holder);
    }
  }
  return [...found.values()]
    .sort(mostPublished)
    .slice(0, limit)
    .map((h) => h.id);
}

function eligible(q: HolderQuery, holder: Holder) {
  return !q.changed.has(holder.id) && entryInPool(holder.entry, q.filters, q.audience);
}
