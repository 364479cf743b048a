import type postgres from "postgres";
import { progressPrinter } from "../scripts/run-with-runtime";
import { generateProfiles } from "./generate-profiles";
import { GroundTruth } from "./ground-truth";
import { insertOrganizations, insertProfileChunk } from "./insert-profiles";
import type { BenchResults } from "./results";

const CHUNK = 5000;

/**
 * Generates the synthetic network into the app's database, chunk by chunk (each chunk one
 * transaction with its outbox rows), then waits until the app's worker has indexed all of it.
 */
export async function loadNetwork(
  sql: postgres.Sql,
  size: number,
  seed: number,
): Promise<{ truth: GroundTruth; generation: BenchResults["generation"] }> {
  const truth = new GroundTruth();
  const started = performance.now();
  await insertOrganizations(sql);
  const progress = progressPrinter("Generating profiles");
  let chunk: Parameters<typeof insertProfileChunk>[1] = [];
  let rows = 0;
  let insertMs = 0;
  const insert = async (profiles: Parameters<typeof insertProfileChunk>[1]) => {
    rows += countRows(profiles);
    const t = performance.now();
    await insertProfileChunk(sql, profiles);
    insertMs += performance.now() - t;
  };
  // Researchers with a research record's worth of papers: matching is measured on them.
  for (const profile of generateProfiles(size, seed, { researchPublications: true })) {
    truth.add(profile);
    chunk.push(profile);
    if (chunk.length === CHUNK) {
      await insert(chunk);
      chunk = [];
      progress(truth.size, size);
    }
  }
  if (chunk.length > 0) {
    await insert(chunk);
    progress(truth.size, size);
  }
  const seconds = (performance.now() - started) / 1000;

  const indexing = progressPrinter("Indexing (app's outbox worker)");
  while (true) {
    const [row] = await sql<{ pending: number }[]>`
      select count(*)::int as pending from search_outbox where processed_at is null and dead_at is null`;
    const pending = row?.pending ?? 0;
    indexing(size - Math.min(size, pending), size);
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const indexedAfterSeconds = (performance.now() - started) / 1000;
  return {
    truth,
    generation: {
      profiles: size,
      listed: truth.listedCount,
      seconds,
      profilesPerSecond: size / seconds,
      insertSeconds: insertMs / 1000,
      rowsPerSecond: rows / (insertMs / 1000),
      indexedAfterSeconds,
    },
  };
}

/** Rows written for a chunk: people, their skills, languages, sectors, offers, memberships,
 * publications with authorship, and outbox rows. */
function countRows(chunk: Parameters<typeof insertProfileChunk>[1]) {
  return chunk.reduce(
    (n, p) =>
      n +
      2 +
      p.skills.length +
      p.memberships.length +
      p.languages.length +
      p.sectors.length +
      p.offers.length +
      2 * p.publications.length,
    0,
  );
}
