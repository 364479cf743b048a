import { and, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { MatchFilters } from "~/utils/matching-query";
import type { Database } from "../../../db/client";
import { offersNeeds, people, personLanguages, personSectors } from "../../../db/schema";
import { entryInPool } from "./expert-directory";
import { type ExpertView, NO_DIRECTORY } from "./expert-view";

/** Who may appear: signed-in members also see profiles restricted to members. */
export type Audience = "public" | "members";

/**
 * The people a need may return, as a SQL condition on `people`: listed experts and researchers
 * (verified, not hidden, never students) who pass every filter. Within a filter values are
 * alternatives (OR); filters combine with AND — the same rules as the people index's filters.
 */
export function poolCondition(filters: MatchFilters, audience: Audience): SQL {
  const clauses: SQL[] = [
    inArray(people.kind, ["expert", "researcher"]),
    eq(people.verification, "verified"),
    audience === "public"
      ? eq(people.visibility, "public")
      : inArray(people.visibility, ["public", "members"]),
  ];
  if (filters.country?.length) clauses.push(inArray(people.country, filters.country));
  if (filters.kind?.length) clauses.push(inArray(people.kind, filters.kind));
  if (filters.sectors?.length) {
    clauses.push(
      sql`exists (select 1 from ${personSectors} where ${personSectors.personId} = ${people.id} and ${inArray(personSectors.sectorId, filters.sectors)})`,
    );
  }
  if (filters.offers?.length) {
    clauses.push(
      sql`exists (select 1 from ${offersNeeds} where ${offersNeeds.personId} = ${people.id} and ${offersNeeds.direction} = 'offer' and ${inArray(offersNeeds.kind, filters.offers)})`,
    );
  }
  if (filters.languages?.length) {
    clauses.push(
      sql`exists (select 1 from ${personLanguages} where ${personLanguages.personId} = ${people.id} and ${inArray(personLanguages.language, filters.languages)})`,
    );
  }
  if (filters.mentoringOpen !== undefined) {
    const open = and(eq(people.mentoringStatus, "open"), gt(people.mentoringCapacity, 0))!;
    clauses.push(filters.mentoringOpen ? open : sql`not (${open})`);
  }
  return and(...clauses)!;
}

/**
 * Everyone the filters leave, when they are at most `max`: such a pool is scored whole, so
 * nobody with evidence can be missed. Null when the pool is larger (retrieval then narrows it).
 * The directory answers for the people unchanged since it was read, PostgreSQL for the others.
 */
export async function smallPool(
  db: Database,
  filters: MatchFilters,
  audience: Audience,
  max: number,
  view: ExpertView = NO_DIRECTORY,
): Promise<string[] | null> {
  if (!view.directory || !view.changed) {
    const rows = await db
      .select({ id: people.id })
      .from(people)
      .where(poolCondition(filters, audience))
      .limit(max + 1);
    return rows.length > max ? null : rows.map((r) => r.id);
  }
  const found: string[] = [];
  for (const [id, entry] of view.directory.entries) {
    if (view.changed.has(id) || !entryInPool(entry, filters, audience)) continue;
    found.push(id);
    if (found.length > max) return null;
  }
  const changed = await poolMembersAmong(db, [...view.changed], filters, audience);
  return found.length + changed.length > max ? null : [...found, ...changed];
}

/** Which of these people are in the pool now, according to PostgreSQL. */
export async function poolMembersAmong(
  db: Database,
  ids: readonly string[],
  filters: MatchFilters,
  audience: Audience,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        sql`${people.id} = any(${`{${ids.join(",")}}`}::uuid[])`,
        poolCondition(filters, audience),
      ),
    );
  return rows.map((r) => r.id);
}
