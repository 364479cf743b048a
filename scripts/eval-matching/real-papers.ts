import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { createPeople } from "~/.server/people-bulk.server";
import type { Database } from "../../db/client";
import { insertMany } from "../../db/insert-many";
import { publicationAuthors, publications } from "../../db/schema";
import { SECTORS } from "../../db/taxonomy";

/** One paper of the ACL Anthology subset (data/README.md: CC BY 4.0, attribution there). */
export type AclPaper = {
  id: string;
  title: string;
  abstract: string;
  year: number;
  venue: string;
  /** Anthology ids of those of its authors who have five papers or more in the subset. */
  authors: string[];
  tags: string[];
};
export type AclAuthor = { id: string; name: string };
export type AclData = { papers: AclPaper[]; authors: AclAuthor[] };

const here = path.dirname(fileURLToPath(import.meta.url));

export function loadAclData(): AclData {
  const papers = gunzipSync(readFileSync(path.join(here, "data", "acl-papers.jsonl.gz")))
    .toString("utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as AclPaper);
  const authors = readFileSync(path.join(here, "data", "acl-authors.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as AclAuthor);
  return { papers, authors };
}

/**
 * Leave-one-out: each author, in id order, holds out one of their papers (the first by a fixed
 * hash that no earlier author took), so held-out papers are distinct. Held-out papers leave the
 * network for everyone, co-authors included; an author is evaluated when two or more papers
 * remain to build the profile from.
 */
export type LeaveOneOut = {
  heldOut: Map<string, AclPaper>;
  kept: AclPaper[];
  evaluated: string[];
};

export function leaveOneOut(data: AclData, authorIds?: ReadonlySet<string>): LeaveOneOut {
  const byId = new Map(data.papers.map((p) => [p.id, p]));
  const papersOf = new Map<string, string[]>();
  for (const p of data.papers) {
    for (const a of p.authors) papersOf.set(a, [...(papersOf.get(a) ?? []), p.id]);
  }
  const authors = data.authors
    .map((a) => a.id)
    .filter((id) => !authorIds || authorIds.has(id))
    .sort();
  const heldOut = new Map<string, AclPaper>();
  const taken = new Set<string>();
  for (const author of authors) {
    const choice = (papersOf.get(author) ?? [])
      .filter((id) => !taken.has(id))
      .sort((x, y) => hash(`${x}|${author}`) - hash(`${y}|${author}`) || x.localeCompare(y))[0];
    if (!choice) continue;
    taken.add(choice);
    heldOut.set(author, byId.get(choice)!);
  }
  const included = (p: AclPaper) =>
    !taken.has(p.id) && p.authors.some((a) => !authorIds || authorIds.has(a));
  const kept = data.papers.filter(included);
  const remaining = new Map<string, number>();
  for (const p of kept) for (const a of p.authors) remaining.set(a, (remaining.get(a) ?? 0) + 1);
  const evaluated = [...heldOut.keys()].filter((a) => (remaining.get(a) ?? 0) >= 2);
  return { heldOut, kept, evaluated };
}

/**
 * The filter that narrows the pool: each imported researcher declares one of the 13 sectors
 * (by a fixed hash of their id), so `sectors: [theirs]` leaves about one researcher in 13.
 */
export function sectorOf(authorId: string): string {
  return SECTORS[hash(authorId) % SECTORS.length]!.id;
}

/**
 * Imports the authors as a lab would: researchers with a name, a country and their papers (the
 * held-out ones excluded), no declared skill. Co-written papers are stored once, with all their
 * authors. Returns person ids by author id.
 */
export async function insertAclNetwork(
  db: Database,
  data: AclData,
  split: LeaveOneOut,
  authorIds?: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const authors = data.authors.filter((a) => !authorIds || authorIds.has(a.id));
  return db.transaction(async (tx) => {
    const created = await createPeople(
      tx,
      authors.map((a) => ({
        externalId: `acl:${a.id}`,
        kind: "researcher" as const,
        fullName: a.name,
        country: hash(`country|${a.id}`) % 2 === 0 ? "MA" : "BE",
        city: "",
        visibility: "public" as const,
        verification: "verified" as const,
        sectors: [sectorOf(a.id)],
        languages: [{ language: "en", level: "fluent" as const }],
      })),
    );
    const personOf = new Map(authors.map((a, i) => [a.id, created[i]!.id]));
    const rows = split.kept.map((p) => ({
      id: crypto.randomUUID(),
      title: p.title,
      abstract: p.abstract,
      year: p.year,
      venue: p.venue,
    }));
    await insertMany(tx, publications, rows);
    await insertMany(
      tx,
      publicationAuthors,
      split.kept.flatMap((p, i) =>
        p.authors.flatMap((a, position) => {
          const personId = personOf.get(a);
          return personId ? [{ publicationId: rows[i]!.id, personId, position }] : [];
        }),
      ),
    );
    return personOf;
  });
}

/** FNV-1a: a fixed, well-spread hash of a string. */
export function hash(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16_777_619);
  }
  return h >>> 0;
}
