import { and, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { publicationAuthors, publications } from "../../db/schema";
import { enqueueIndexing } from "../../search/outbox";
import { DomainError } from "./domain-error";
import { findOwnPerson } from "./people.server";
import { doiKey, titleKey } from "./publications-import/keys";

export type PublicationInput = {
  title: string;
  year: number;
  venue: string | null;
  doi: string | null;
  abstract: string;
};

/**
 * The writer of one's own publications (a part of the people writer: every change re-indexes the
 * authors in the same transaction). The author is always the acting account's profile.
 */
async function ownPersonId(tx: Executor, userId: string) {
  const person = await findOwnPerson(tx, userId);
  if (!person) throw new DomainError("not_found", "error.notFound.body");
  return person.id;
}

async function authorsOf(tx: Executor, publicationId: string) {
  const rows = await tx
    .select({ personId: publicationAuthors.personId })
    .from(publicationAuthors)
    .where(eq(publicationAuthors.publicationId, publicationId));
  return rows.map((r) => r.personId);
}

/** Only an author may change a publication; anyone else gets the same 404 as for a missing one. */
async function requireAuthorship(tx: Executor, personId: string, publicationId: string) {
  const authors = await authorsOf(tx, publicationId);
  if (!authors.includes(personId)) throw new DomainError("not_found", "error.notFound.body");
  return authors;
}

/** Adds a publication; one whose DOI is already known gains this person as a co-author instead. */
export async function addOwnPublication(
  db: Executor,
  userId: string,
  input: PublicationInput,
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const personId = await ownPersonId(tx, userId);
    const [known] = input.doi
      ? await tx
          .select({ id: publications.id })
          .from(publications)
          .where(eq(sql`lower(${publications.doi})`, input.doi.toLowerCase()))
      : [];
    const id =
      known?.id ??
      (await tx.insert(publications).values(input).returning({ id: publications.id }))[0]!.id;
    const authors = await authorsOf(tx, id);
    if (!authors.includes(personId)) {
      await tx
        .insert(publicationAuthors)
        .values({ publicationId: id, personId, position: authors.length });
    }
    await enqueueIndexing(tx, "person", [personId, ...authors]);
    return { id };
  });
}

export async function updateOwnPublication(
  db: Executor,
  userId: string,
  publicationId: string,
  input: PublicationInput,
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const personId = await ownPersonId(tx, userId);
    const authors = await requireAuthorship(tx, personId, publicationId);
    if (input.doi) {
      const [clash] = await tx
        .select({ id: publications.id })
        .from(publications)
        .where(
          and(
            eq(sql`lower(${publications.doi})`, input.doi.toLowerCase()),
            ne(publications.id, publicationId),
          ),
        );
      if (clash) {
        throw new DomainError("doi_taken", "settings.publication.doiTaken", { field: "doi" });
      }
    }
    await tx.update(publications).set(input).where(eq(publications.id, publicationId));
    await enqueueIndexing(tx, "person", authors);
    return { id: publicationId };
  });
}

/** Removes oneself from the authors; the publication goes when no author is left. */
export async function removeOwnPublication(db: Executor, userId: string, publicationId: string) {
  await db.transaction(async (tx) => {
    const personId = await ownPersonId(tx, userId);
    const authors = await requireAuthorship(tx, personId, publicationId);
    await tx
      .delete(publicationAuthors)
      .where(
        and(
          eq(publicationAuthors.publicationId, publicationId),
          eq(publicationAuthors.personId, personId),
        ),
      );
    if (authors.length === 1) {
      await tx.delete(publications).where(eq(publications.id, publicationId));
    }
    await enqueueIndexing(tx, "person", authors);
  });
}

/** What an upload did to the profile's publications (the report shown after it). */
export type PublicationImportOutcome = {
  added: { title: string; year: number; doi: string | null }[];
  merged: { title: string; year: number; by: "doi" | "title" }[];
};

/**
 * Adds the publications of an uploaded file to one's profile in one transaction. One the profile
 * already has (same DOI, or same title once case, accents and punctuation are ignored) is merged:
 * it gains what it lacked (DOI, venue, abstract). One whose DOI another profile already lists is
 * shared with it (co-authors). The rest is created.
 */
export async function importOwnPublications(
  db: Executor,
  userId: string,
  items: readonly PublicationInput[],
): Promise<PublicationImportOutcome> {
  return db.transaction(async (tx) => {
    const personId = await ownPersonId(tx, userId);
    const mine = await tx
      .select({
        id: publications.id,
        title: publications.title,
        year: publications.year,
        venue: publications.venue,
        doi: publications.doi,
        abstract: publications.abstract,
      })
      .from(publicationAuthors)
      .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
      .where(eq(publicationAuthors.personId, personId));
    const byDoi = new Map(mine.flatMap((p) => (p.doi ? [[doiKey(p.doi), p] as const] : [])));
    const byTitle = new Map(mine.map((p) => [titleKey(p.title), p] as const));
    const outcome: PublicationImportOutcome = { added: [], merged: [] };
    const touched = new Set<string>([personId]);
    for (const item of items) {
      const sameDoi = item.doi ? byDoi.get(doiKey(item.doi)) : undefined;
      const existing = sameDoi ?? byTitle.get(titleKey(item.title));
      if (existing) {
        const patch = {
          doi: existing.doi ?? (item.doi && !(await doiTaken(tx, item.doi)) ? item.doi : null),
          venue: existing.venue ?? item.venue,
          abstract: existing.abstract || item.abstract,
        };
        await tx.update(publications).set(patch).where(eq(publications.id, existing.id));
        outcome.merged.push({
          title: existing.title,
          year: existing.year,
          by: sameDoi ? "doi" : "title",
        });
        for (const a of await authorsOf(tx, existing.id)) touched.add(a);
        continue;
      }
      const [shared] = item.doi
        ? await tx
            .select({ id: publications.id })
            .from(publications)
            .where(eq(sql`lower(${publications.doi})`, doiKey(item.doi)))
        : [];
      const id =
        shared?.id ??
        (await tx.insert(publications).values(item).returning({ id: publications.id }))[0]!.id;
      const authors = await authorsOf(tx, id);
      await tx
        .insert(publicationAuthors)
        .values({ publicationId: id, personId, position: authors.length })
        .onConflictDoNothing();
      for (const a of authors) touched.add(a);
      const row = {
        id,
        title: item.title,
        year: item.year,
        venue: item.venue,
        doi: item.doi,
        abstract: item.abstract,
      };
      if (item.doi) byDoi.set(doiKey(item.doi), row);
      byTitle.set(titleKey(item.title), row);
      outcome.added.push({ title: item.title, year: item.year, doi: item.doi });
    }
    await enqueueIndexing(tx, "person", [...touched]);
    return outcome;
  });
}

async function doiTaken(tx: Executor, doi: string) {
  const [row] = await tx
    .select({ id: publications.id })
    .from(publications)
    .where(eq(sql`lower(${publications.doi})`, doiKey(doi)));
  return !!row;
}
