import { sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { KEEP_PROCESSED_MS } from "../../../search/outbox-worker";
import type { DirectoryEntry, ExpertDirectory } from "./expert-directory";

/**
 * One request's view of the expert directory: the people written since it was read are named by
 * the search outbox (every write to a person enqueues a row in its own transaction), and only
 * they are read from PostgreSQL. Without a usable directory, everyone is.
 */
export type ExpertView = {
  /** The directory's copy of a person unchanged since it was read; undefined otherwise. */
  unchanged: (id: string) => DirectoryEntry | undefined;
  /** People written since the directory was read; null when every person is read again. */
  changed: ReadonlySet<string> | null;
  directory: ExpertDirectory | null;
};

/** Margin under the outbox's retention: older directories may have lost rows that named changes. */
const MAX_DIRECTORY_AGE_MS = KEEP_PROCESSED_MS - 3600_000;
/**
 * More people written since the directory was read (a bulk import, until the table is rebuilt):
 * PostgreSQL and the people index answer for everyone, as they would without a directory,
 * rather than queries carrying thousands of ids. Below it, the changed people are all scored.
 */
const MAX_CHANGED = 500;

export const NO_DIRECTORY: ExpertView = {
  unchanged: () => undefined,
  changed: null,
  directory: null,
};

export async function expertView(
  db: Database,
  directory: ExpertDirectory | undefined,
): Promise<ExpertView> {
  if (!directory || Date.now() - directory.readAt > MAX_DIRECTORY_AGE_MS) return NO_DIRECTORY;
  // A row processed after the read, or not yet, may describe a write the read did not see; rows
  // processed before it describe writes committed before it (a row is processed after its
  // write commits), which the read saw.
  const rows = await db.execute<{ id: string }>(sql`
    select distinct entity_id as id from search_outbox
    where entity = 'person'
      and (processed_at is null or processed_at >= ${new Date(directory.readAt).toISOString()}::timestamptz)
    limit ${MAX_CHANGED + 1}`);
  if (rows.length > MAX_CHANGED) return NO_DIRECTORY;
  const changed = new Set(rows.map((r) => r.id));
  return {
    unchanged: (id) => (changed.has(id) ? undefined : directory.entries.get(id)),
    changed,
    directory,
  };
}
