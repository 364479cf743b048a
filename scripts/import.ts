import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { describeIssue } from "../app/.server/import/describe-issue.server";
import { importPeople } from "../app/.server/import/import-people.server";
import { indexImported } from "../app/.server/import/index-imported.server";
import { importSummary } from "../app/.server/import/present-report.server";
import { formatNumber, pluralForm } from "../app/utils/i18n";
import { progressPrinter, runWithRuntime } from "./run-with-runtime";

// npm run import -- <file.jsonl>: imports people (docs/import-format.md).
// Exit code 0 when every line was imported, 1 when some were rejected, 2 when the file cannot be read.
const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run import -- <file.jsonl>");
  process.exit(2);
}
let size: number;
try {
  const info = await stat(file);
  if (!info.isFile()) throw new Error("not a file");
  size = info.size;
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

await runWithRuntime(async ({ db, search }) => {
  const started = Date.now();
  const progress = size > 1_000_000 ? progressPrinter("Importing") : null;
  let seconds = 0;
  const report = await importPeople(db, createReadStream(file), {
    onProgress: progress ? ({ bytes }) => progress(Math.min(bytes, size), size) : undefined,
    onCommitted: () => {
      seconds = (Date.now() - started) / 1000;
    },
  });
  if (progress) progress(size, size);
  const imported = report.created + report.updated + report.unchanged;
  const rate = Math.round(report.lines / Math.max(seconds, 0.001));
  console.log(
    `${importSummary({ ...report, rejectedLines: report.rejected.length }, "en")} ` +
      `(${seconds.toFixed(1)} s, ${formatNumber(rate, "en")} lines/s)`,
  );
  for (const w of report.warnings)
    console.log(`  line ${w.line}: warning: ${describeIssue(w.issue, "en")}`);
  if (report.rejected.length) {
    console.log("Rejected lines (nothing was written for them):");
    for (const r of report.rejected)
      console.log(`  line ${r.line}: ${r.issues.map((i) => describeIssue(i, "en")).join("; ")}`);
  }
  // Search indexing was deferred until everything was written: now, in large batches.
  const total = report.indexing.personIds.length;
  if (total > 0) {
    const indexing = total > 1000 ? progressPrinter("Indexing for search") : null;
    try {
      await indexImported(db, search, report.indexing, indexing ?? undefined);
      console.log(
        `${total} ${pluralForm({ one: "person", other: "people" }, total, "en")} searchable after ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    } catch (error) {
      console.log(
        `Search indexing stopped (${(error as Error).message}): the app's outbox worker will finish it.`,
      );
    }
  }
  return report.rejected.length === 0 && imported === report.lines ? 0 : 1;
});
