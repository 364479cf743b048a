import type { Database } from "../../db/client";
import type { SearchEngine } from "../../search/client";
import { reindexAll } from "../../search/reindex";

export type ReindexReport = { seconds: number; people: number; documentsPerSecond: number };

/** A full rebuild (new indexes, then the atomic swap), as `npm run reindex` runs it. */
export async function runReindex(options: {
  db: Database;
  search: SearchEngine;
  log: (line: string) => void;
}): Promise<ReindexReport> {
  const started = performance.now();
  let people = 0;
  let lastLog = 0;
  await reindexAll(options.db, options.search, ({ index, done, total }) => {
    if (index === "people") people = total;
    if (performance.now() - lastLog > 5000 || done === total) {
      lastLog = performance.now();
      options.log(`  reindex ${index}: ${done}/${total}`);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, people, documentsPerSecond: people / seconds };
}
