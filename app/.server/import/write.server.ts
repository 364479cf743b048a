import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { textArray } from "../../../db/insert-many";
import { timeOrderedUuid } from "../../../db/time-ordered-uuid";
import { freeSlugs } from "../people-bulk.server";
import { mergeStaged, type WriteOutcome } from "./merge.server";
import type { DesiredPerson } from "./resolve.server";
import { type StagedPerson, stageChunk } from "./staging.server";

export type { WriteOutcome };

/**
 * Writes a chunk of lines in the caller's transaction (the staging tables exist in it): known
 * people are found by external id, new ones get an id and a slug, the chunk is COPYed into the
 * staging tables and merged in one set of statements. A person whose state is already right is
 * left alone. Returns each person's outcome and the ids of those created or changed.
 */
export async function writeChunk(
  tx: Executor,
  chunk: { line: number; person: DesiredPerson }[],
): Promise<{ outcomes: WriteOutcome[]; changedIds: string[] }> {
  const known = await knownIds(
    tx,
    chunk.map((c) => c.person.externalId),
  );
  const fresh = chunk.filter((c) => !known.has(c.person.externalId));
  const slugs = await freeSlugs(
    tx,
    fresh.map((c) => c.person.row.fullName),
  );
  const slugOf = new Map(fresh.map((c, i) => [c, slugs[i]!]));
  const staged: StagedPerson[] = chunk.map((c) => ({
    ...c.person,
    line: c.line,
    personId: known.get(c.person.externalId) ?? timeOrderedUuid(),
    slug: slugOf.get(c) ?? null,
    publicationIds: c.person.publications.map(() => timeOrderedUuid()),
  }));
  await stageChunk(tx, staged);
  const merged = await mergeStaged(tx);
  return {
    outcomes: merged.map((m) => m.outcome),
    changedIds: merged.filter((m) => m.outcome !== "unchanged").map((m) => m.personId),
  };
}

async function knownIds(tx: Executor, externalIds: string[]) {
  const rows = (await tx.execute<{ id: string; externalId: string }>(
    sql`select id, external_id as "externalId" from people
        where external_id = any(${sql.param(textArray(externalIds))}::text[])`,
  )) as unknown as { id: string; externalId: string }[];
  return new Map(rows.map((r) => [r.externalId, r.id]));
}
