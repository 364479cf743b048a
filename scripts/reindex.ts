import { reindexAll } from "../search/reindex";
import { progressPrinter, runWithRuntime } from "./run-with-runtime";

// npm run reindex: rebuilds the search indexes from PostgreSQL and swaps them in without downtime.
await runWithRuntime(async ({ db, search }) => {
  const started = Date.now();
  const printers = new Map<string, ReturnType<typeof progressPrinter>>();
  const { refused } = await reindexAll(db, search, ({ index, done, total }) => {
    if (!printers.has(index)) printers.set(index, progressPrinter(`Reindexing ${index}`));
    printers.get(index)!(done, total);
  });
  console.log(`Reindex done in ${((Date.now() - started) / 1000).toFixed(1)} s; indexes swapped.`);
  if (refused > 0)
    console.log(
      `${refused} document(s) refused by Meilisearch: queued for retries, then listed at /coordinator/deliveries.`,
    );
  return 0;
});
