import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  insertAclNetwork,
  type LeaveOneOut,
  leaveOneOut,
  loadAclData,
  sectorOf,
} from "../../../scripts/eval-matching/real-papers";
import { drainOutboxOnce } from "../../../search/outbox-worker";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { invalidateCorpusStats, matchExperts } from ".";
import { contentStems } from "./corpus-stats";
import { getCorpusStats } from "./load-corpus-stats";

// Real papers (ACL Anthology subset, CC BY 4.0: scripts/eval-matching/data/README.md), a few
// dozen authors so the file stays quick: the scenario, researchers imported with their
// papers and no declared skill, asked for with a filter that leaves only a handful of people.
const AUTHORS = 48;
/** A word in at most this many documents is rare: sharing it is a reason to be a candidate. */
const RARE_DF = 3;

let ctx: TestContext;
let split: LeaveOneOut;
let personOf: Map<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  const data = loadAclData();
  const authorIds = new Set(data.authors.slice(0, AUTHORS).map((a) => a.id));
  split = leaveOneOut(data, authorIds);
  personOf = await insertAclNetwork(ctx.db, data, split, authorIds);
  while ((await drainOutboxOnce(ctx.db, ctx.search)).more) {}
  invalidateCorpusStats(ctx.db);
}, 120_000);
afterAll(async () => {
  await ctx.cleanup();
});

describe("researchers found through what they wrote (real papers)", () => {
  test("no author whose held-out paper shares a rare word with their other papers is missing from a filtered-pool query", async () => {
    const stats = await getCorpusStats(ctx.db);
    const checked: string[] = [];
    for (const author of split.evaluated) {
      const held = split.heldOut.get(author)!;
      const own = new Set(
        split.kept
          .filter((p) => p.authors.includes(author))
          .flatMap((p) => contentStems(`${p.title} ${p.abstract}`)),
      );
      const shared = contentStems(`${held.title} ${held.abstract}`).filter(
        (s) => own.has(s) && (stats.df.get(s) ?? 0) <= RARE_DF && !/^\d+$/.test(s),
      );
      if (shared.length === 0) continue;
      checked.push(author);
      const text = `${held.title}\n\n${held.abstract}`;
      const filters = { sectors: [sectorOf(author)] };
      // The pool the filter leaves is scored whole; forced through retrieval over the papers'
      // text (as for pools of more than 2,000 people), the author must still be there.
      for (const scoreAllMax of [undefined, 0]) {
        const { results } = await matchExperts(ctx.db, ctx.search, {
          text,
          filters,
          limit: 100,
          scoreAllMax,
        });
        expect(
          results.map((r) => r.personId),
          `${author} (${held.id}) sharing ${shared.slice(0, 3).join(", ")}`,
        ).toContain(personOf.get(author));
      }
    }
    expect(checked.length).toBeGreaterThan(15);
  }, 120_000);
});
