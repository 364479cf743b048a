import { randomUUID } from "node:crypto";
import { or, sql } from "drizzle-orm";
import { slugify } from "~/utils/slug";
import type { Executor } from "../../db/client";
import { insertMany, textArray } from "../../db/insert-many";
import {
  memberships,
  offersNeeds,
  people,
  personLanguages,
  personSectors,
  personSkills,
  slugBase,
} from "../../db/schema";
import { enqueueIndexing } from "../../search/outbox";
import type { NewPersonInput } from "./people.server";

/**
 * Slugs for new people with these names, in order: "amine-alaoui", then "amine-alaoui-2"… past
 * every slug already taken (and each other's), in one indexed lookup for the whole list.
 */
export async function freeSlugs(tx: Executor, fullNames: string[]) {
  const bases = fullNames.map((name) => slugify(name));
  const unique = [...new Set(bases)];
  const taken = new Set<string>();
  if (!unique.length) return [];
  // Both conditions are indexed (a LIKE per name scanned the whole table: import at 72/s at 100k);
  // one array parameter each, not a parameter per name.
  const names = sql`${sql.param(textArray(unique))}::text[]`;
  const rows = await tx
    .select({ slug: people.slug })
    .from(people)
    .where(or(sql`${people.slug} = any(${names})`, sql`${slugBase(people.slug)} = any(${names})`));
  for (const r of rows) taken.add(r.slug);
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/**
 * Creates many people at once (imports): the same rows createPerson writes, in a few statements
 * for the whole list, queued for indexing in the caller's transaction. Returns ids in input order.
 */
export async function createPeople(tx: Executor, inputs: NewPersonInput[]) {
  if (!inputs.length) return [];
  const slugs = await freeSlugs(
    tx,
    inputs.map((p) => p.fullName),
  );
  // Ids made here, so rows and their details need no round trip (and no RETURNING order).
  const created = inputs.map((_, i) => ({ id: randomUUID(), slug: slugs[i]! }));
  await insertMany(
    tx,
    people,
    inputs.map(({ skills, languages, sectors, offers, memberships: orgs, ...row }, i) => ({
      ...row,
      ...created[i]!,
    })),
  );
  const ids = created.map((c) => c.id);
  const all = <T>(pick: (p: NewPersonInput, personId: string) => T[] | undefined) =>
    inputs.flatMap((p, i) => pick(p, ids[i]!) ?? []);
  const skillRows = all((p, personId) =>
    p.skills?.map((s) => ({
      personId,
      skillId: s.skillId ?? null,
      freeLabel: s.skillId ? null : (s.freeLabel ?? null),
      level: s.level,
    })),
  );
  const languageRows = all((p, personId) => p.languages?.map((l) => ({ personId, ...l })));
  const sectorRows = all((p, personId) => p.sectors?.map((sectorId) => ({ personId, sectorId })));
  const offerRows = all((p, personId) =>
    p.offers?.map((o) => ({ personId, ...o, details: o.details ?? "" })),
  );
  const memberRows = all((p, personId) =>
    p.memberships?.map((m) => ({
      personId,
      organizationId: m.organizationId,
      role: m.role ?? "",
      isPrimary: m.isPrimary ?? false,
    })),
  );
  await insertMany(tx, personSkills, skillRows);
  await insertMany(tx, personLanguages, languageRows);
  await insertMany(tx, personSectors, sectorRows);
  await insertMany(tx, offersNeeds, offerRows);
  await insertMany(tx, memberships, memberRows);
  await enqueueIndexing(tx, "person", ids);
  return created;
}
