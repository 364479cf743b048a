import { sql } from "drizzle-orm";
import { invalidateCorpusStats, matchExperts, scoreExperts } from "~/.server/matching";
import { MAX_MATCH_LIMIT } from "~/utils/matching-query";
import type { Database } from "../../db/client";
import type { SearchEngine } from "../../search/client";
import { buildBm25Baseline } from "./bm25-baseline";
import { drainAll } from "./engines";
import { mean } from "./metrics";
import {
  type AuthorOutcome,
  calibration,
  type MethodFigures,
  positionOf,
  rankFigures,
  rankOf,
} from "./real-paper-metrics";
import { REWRITES, type Rewrite } from "./real-paper-rewrites";
import {
  type AclData,
  type AclPaper,
  insertAclNetwork,
  type LeaveOneOut,
  leaveOneOut,
  loadAclData,
  sectorOf,
} from "./real-papers";

export type Figures = MethodFigures & { calibration: number };
export type RealPaperRow = { label: string; engine: Figures; baseline: Figures };

export type RealPaperResult = {
  authors: number;
  papers: number;
  profiles: number;
  rows: RealPaperRow[];
  crossLanguage: RealPaperRow[];
  /** Per rewrite, for the per-query table. */
  rewrites: { rewrite: Rewrite; engine: number | null; baseline: number | null }[];
  msPerNeed: number;
};

type Split = { data: AclData; split: LeaveOneOut; personOf: Map<string, string> };

/**
 * The ACL authors imported as a lab would (name, country, papers minus the held-out ones, no
 * declared skill), alone: the evaluation asks whether the engine finds an author through what
 * they wrote, with every other author as a competitor.
 */
export async function buildRealPaperNetwork(db: Database, search: SearchEngine): Promise<Split> {
  const data = loadAclData();
  const split = leaveOneOut(data);
  const personOf = await insertAclNetwork(db, data, split);
  await drainAll(db, search);
  invalidateCorpusStats(db);
  return { data, split, personOf };
}

/** Dev half: the authors whose failures could be inspected while tuning; the rest is held out. */
export const isDevAuthor = (authorId: string, evaluated: readonly string[]) =>
  evaluated.indexOf(authorId) % 2 === 0;

export const needText = (p: Pick<AclPaper, "title" | "abstract">) => `${p.title}\n\n${p.abstract}`;

export async function runRealPaperEval(
  db: Database,
  search: SearchEngine,
  network: Split,
  log: (line: string) => void = () => {},
): Promise<RealPaperResult> {
  const { split, personOf } = network;
  const evaluated = split.evaluated.filter((a) => personOf.has(a));
  const baseline = await buildBm25Baseline(db);
  const sectorMembers = await membersBySector(db);
  const coAuthors = (paper: AclPaper, author: string) =>
    new Set(paper.authors.filter((a) => a !== author).flatMap((a) => personOf.get(a) ?? []));

  const outcomes = {
    engine: new Map<string, AuthorOutcome>(),
    engineFiltered: new Map<string, AuthorOutcome>(),
    baseline: new Map<string, AuthorOutcome>(),
    baselineFiltered: new Map<string, AuthorOutcome>(),
  };
  // Scores of every evaluated author for every held-out need (calibration), by need author.
  const engineMatrix = new Map<string, Map<string, number>>();
  const baselineMatrix = new Map<string, Map<string, number>>();
  const evaluatedPeople = evaluated.map((a) => personOf.get(a)!);
  const started = performance.now();
  for (const [i, author] of evaluated.entries()) {
    const paper = split.heldOut.get(author)!;
    const person = personOf.get(author)!;
    const text = needText(paper);
    const ignore = coAuthors(paper, author);
    const sector = sectorOf(author);
    const [all, filtered, scores] = await Promise.all([
      matchExperts(db, search, { text, limit: MAX_MATCH_LIMIT }),
      matchExperts(db, search, { text, limit: MAX_MATCH_LIMIT, filters: { sectors: [sector] } }),
      scoreExperts(db, { text, personIds: evaluatedPeople }),
    ]);
    const order = (results: { personId: string }[]) => results.map((r) => r.personId);
    outcomes.engine.set(author, { rank: positionOf(order(all.results), person, ignore) });
    outcomes.engineFiltered.set(author, {
      rank: positionOf(order(filtered.results), person, ignore),
    });
    engineMatrix.set(author, scores);
    const plain = baseline.score(text);
    outcomes.baseline.set(author, { rank: rankOf(plain, person, ignore) });
    const inSector = sectorMembers.get(sector) ?? new Set<string>();
    const plainFiltered = new Map([...plain].filter(([id]) => inSector.has(id)));
    outcomes.baselineFiltered.set(author, { rank: rankOf(plainFiltered, person, ignore) });
    baselineMatrix.set(author, plain);
    if ((i + 1) % 50 === 0) log(`  ${i + 1}/${evaluated.length} held-out needs`);
  }
  const msPerNeed = (performance.now() - started) / evaluated.length;

  const calibrationOf = (matrix: Map<string, Map<string, number>>, authors: string[]) =>
    mean(
      authors.map((a) => {
        const person = personOf.get(a)!;
        const own = matrix.get(a)!.get(person) ?? 0;
        const others = evaluated
          .filter((b) => b !== a && !split.heldOut.get(b)!.authors.includes(a))
          .map((b) => matrix.get(b)!.get(person) ?? 0);
        return calibration(own, others);
      }),
    );
  const figures = (
    picked: Map<string, AuthorOutcome>,
    matrix: Map<string, Map<string, number>>,
    authors: string[],
  ): Figures => ({
    ...rankFigures(authors.map((a) => picked.get(a)!)),
    calibration: calibrationOf(matrix, authors),
  });
  const dev = evaluated.filter((a) => isDevAuthor(a, evaluated));
  const heldOutHalf = evaluated.filter((a) => !isDevAuthor(a, evaluated));
  const rows: RealPaperRow[] = [];
  for (const [label, authors] of [
    ["all authors", evaluated],
    ["dev half (tuning allowed)", dev],
    ["held-out half", heldOutHalf],
  ] as const) {
    rows.push({
      label: `${label}, whole network`,
      engine: figures(outcomes.engine, engineMatrix, [...authors]),
      baseline: figures(outcomes.baseline, baselineMatrix, [...authors]),
    });
    rows.push({
      label: `${label}, pool narrowed by a sector filter`,
      engine: figures(outcomes.engineFiltered, engineMatrix, [...authors]),
      baseline: figures(outcomes.baselineFiltered, baselineMatrix, [...authors]),
    });
  }

  log("  French and Arabic rewrites…");
  const rewriteRuns: RealPaperResult["rewrites"] = [];
  const crossOutcomes = new Map<Rewrite, { engine: Figures; baseline: Figures }>();
  for (const rewrite of REWRITES) {
    const person = personOf.get(rewrite.author);
    const paper = split.heldOut.get(rewrite.author);
    if (!person || !paper || !evaluated.includes(rewrite.author)) {
      throw new Error(`Rewrite of ${rewrite.author}: not an evaluated author's held-out paper`);
    }
    const ignore = coAuthors(paper, rewrite.author);
    const { results } = await matchExperts(db, search, {
      text: rewrite.text,
      limit: MAX_MATCH_LIMIT,
    });
    const engineRank = positionOf(
      results.map((r) => r.personId),
      person,
      ignore,
    );
    const plain = baseline.score(rewrite.text);
    const baselineRank = rankOf(plain, person, ignore);
    rewriteRuns.push({ rewrite, engine: engineRank, baseline: baselineRank });
    const own = (await scoreExperts(db, { text: rewrite.text, personIds: [person] })).get(person)!;
    const others = (matrix: Map<string, Map<string, number>>) =>
      evaluated
        .filter(
          (b) => b !== rewrite.author && !split.heldOut.get(b)!.authors.includes(rewrite.author),
        )
        .map((b) => matrix.get(b)!.get(person) ?? 0);
    crossOutcomes.set(rewrite, {
      engine: {
        ...rankFigures([{ rank: engineRank }]),
        calibration: calibration(own, others(engineMatrix)),
      },
      baseline: {
        ...rankFigures([{ rank: baselineRank }]),
        calibration: calibration(plain.get(person) ?? 0, others(baselineMatrix)),
      },
    });
  }
  const crossRow = (label: string, keep: (r: Rewrite) => boolean): RealPaperRow => {
    const picked = REWRITES.filter(keep).map((r) => crossOutcomes.get(r)!);
    const avg = (pick: (f: { engine: Figures; baseline: Figures }) => Figures): Figures => ({
      n: picked.length,
      recall10: mean(picked.map((p) => pick(p).recall10)),
      mrr: mean(picked.map((p) => pick(p).mrr)),
      calibration: mean(picked.map((p) => pick(p).calibration)),
    });
    return { label, engine: avg((p) => p.engine), baseline: avg((p) => p.baseline) };
  };
  const originals = (keep: (r: Rewrite) => boolean): RealPaperRow => {
    const authors = [...new Set(REWRITES.filter(keep).map((r) => r.author))];
    return {
      label: "the same needs in their original English",
      engine: figures(outcomes.engine, engineMatrix, authors),
      baseline: figures(outcomes.baseline, baselineMatrix, authors),
    };
  };
  const crossLanguage = [
    originals(() => true),
    crossRow("French rewrites", (r) => r.lang === "fr"),
    crossRow("Arabic rewrites", (r) => r.lang === "ar"),
    crossRow("rewrites, dev half (tuning allowed)", (r) => r.half === "dev"),
    crossRow("rewrites, held-out half", (r) => r.half === "held-out"),
  ];
  const [{ n: profiles }] = (await db.execute<{ n: number }>(
    sql`select count(*)::int as n from people`,
  )) as unknown as [{ n: number }];
  return {
    authors: evaluated.length,
    papers: split.kept.length,
    profiles,
    rows,
    crossLanguage,
    rewrites: rewriteRuns,
    msPerNeed,
  };
}

/** Listed people by sector: the baseline applies the same narrowing filter as the engine. */
async function membersBySector(db: Database) {
  const rows = await db.execute<{ id: string; sector: string }>(sql`
    select p.id, s.sector_id as sector from people p join person_sectors s on s.person_id = p.id
    where p.kind <> 'student' and p.verification = 'verified' and p.visibility <> 'hidden'`);
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const members = out.get(r.sector) ?? new Set<string>();
    members.add(r.id);
    out.set(r.sector, members);
  }
  return out;
}
