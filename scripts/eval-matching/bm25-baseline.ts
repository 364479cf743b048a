import { sql } from "drizzle-orm";
import { bm25Idf, contentStems } from "~/.server/matching";
import type { Database } from "../../db/client";

/**
 * The plain baseline computed beside the engine: Okapi BM25 (k1 1.2, b 0.75) of every paper of
 * the network against all the words of the need, with the engine's own word folding, stemming
 * and function-word list (so the comparison is about scoring, not tokenizing); a person scores
 * their best paper's BM25. No title weighting, no phrases, no translations, no skills.
 */
export type Bm25Baseline = {
  /** Scores of the listed people with at least one matching paper, by person id. */
  score: (text: string) => Map<string, number>;
};

export async function buildBm25Baseline(db: Database): Promise<Bm25Baseline> {
  const papers = await db.execute<{ id: string; title: string; abstract: string }>(
    sql`select id, title, abstract from publications`,
  );
  const authorship = await db.execute<{ publication_id: string; person_id: string }>(sql`
    select pa.publication_id, pa.person_id from publication_authors pa
    join people p on p.id = pa.person_id
    where p.kind <> 'student' and p.verification = 'verified' and p.visibility <> 'hidden'`);
  const authorsOf = new Map<string, string[]>();
  for (const a of authorship) {
    authorsOf.set(a.publication_id, [...(authorsOf.get(a.publication_id) ?? []), a.person_id]);
  }
  const postings = new Map<string, { paper: number; tf: number }[]>();
  const lengths: number[] = [];
  const ids: string[] = [];
  for (const paper of papers) {
    const stems = contentStems(`${paper.title} ${paper.abstract}`);
    const tf = new Map<string, number>();
    for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
    const index = ids.length;
    ids.push(paper.id);
    lengths.push(stems.length);
    for (const [stem, n] of tf) {
      const list = postings.get(stem) ?? [];
      list.push({ paper: index, tf: n });
      postings.set(stem, list);
    }
  }
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  return {
    score(text) {
      const perPaper = new Map<number, number>();
      for (const stem of new Set(contentStems(text))) {
        const list = postings.get(stem);
        if (!list) continue;
        const idf = bm25Idf(ids.length, list.length);
        for (const { paper, tf } of list) {
          const norm = 1.2 * (1 - 0.75 + (0.75 * lengths[paper]!) / average);
          perPaper.set(paper, (perPaper.get(paper) ?? 0) + (idf * tf * 2.2) / (tf + norm));
        }
      }
      const perPerson = new Map<string, number>();
      for (const [paper, score] of perPaper) {
        for (const person of authorsOf.get(ids[paper]!) ?? []) {
          perPerson.set(person, Math.max(perPerson.get(person) ?? 0, score));
        }
      }
      return perPerson;
    },
  };
}
