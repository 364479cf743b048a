import { type AnyColumn, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Executor } from "~/.server/db.server";
import { organizations, people } from "../../../db/schema";
import type { PartyType } from "./schema";

export type Candidate = {
  id: string;
  name: string;
  /** A person's kind (expert, researcher, student) or an organization's (lab, university…). */
  kind: string;
  city: string;
  country: string;
};

const LIMIT = 10;

/** The chosen party stays on the page however many others match. */
const chosenFirst = (column: AnyColumn, chosen: string | undefined) =>
  chosen ? [sql`(${column} = ${chosen}) desc`] : [];

/** `%text%` for ILIKE, with the user's own wildcards taken literally. */
const contains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Parties whose name contains the text, accents and case ignored, plus the ones already chosen
 * (kept on the page while the other side is searched). Searched in PostgreSQL rather than the
 * directory index: a coordinator pairs students and unverified members too, whom the public
 * directory leaves out. People who asked to be hidden are not offered.
 */
export async function findCandidates(
  db: Executor,
  type: PartyType,
  q: string,
  chosen: string | undefined,
): Promise<Candidate[]> {
  const searching = q.length >= 2;
  if (!searching && !chosen) return [];
  const pattern = contains(q);
  if (type === "person") {
    const match = sql`unaccent(${people.fullName}) ilike unaccent(${pattern})`;
    return db
      .select({
        id: people.id,
        name: people.fullName,
        kind: people.kind,
        city: people.city,
        country: people.country,
      })
      .from(people)
      .where(
        or(
          chosen ? eq(people.id, chosen) : undefined,
          searching ? sql`${match} and ${ne(people.visibility, "hidden")}` : undefined,
        ),
      )
      .orderBy(...chosenFirst(people.id, chosen), asc(people.fullName), asc(people.id))
      .limit(LIMIT);
  }
  const match = sql`(unaccent(${organizations.name}) ilike unaccent(${pattern}) or ${organizations.acronym} ilike ${pattern})`;
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      city: organizations.city,
      country: organizations.country,
    })
    .from(organizations)
    .where(
      or(chosen ? inArray(organizations.id, [chosen]) : undefined, searching ? match : undefined),
    )
    .orderBy(
      ...chosenFirst(organizations.id, chosen),
      asc(organizations.name),
      asc(organizations.id),
    )
    .limit(LIMIT);
}
