import { randomUUID } from "node:crypto";
import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import { normalizeLabel } from "~/utils/normalize-label";
import type { Executor } from "../../../db/client";
import { insertMany } from "../../../db/insert-many";
import {
  memberships,
  offersNeeds,
  people,
  personLanguages,
  personSectors,
  personSkills,
  publicationAuthors,
  publications,
} from "../../../db/schema";
import { setPrimaryAffiliation, updatePerson } from "../people.server";
import { createPeople } from "../people-bulk.server";
import { compareKey, type DesiredPerson } from "./resolve.server";

export type WriteOutcome = "created" | "updated" | "unchanged";

type Existing = {
  id: string;
  verification: string;
  row: DesiredPerson["row"];
  skills: DesiredPerson["skills"];
  languages: DesiredPerson["languages"];
  sectors: string[];
  offers: string[];
  needs: { kind: DesiredPerson["offers"][number]; details: string }[];
  primary: { organizationId: string; role: string } | null;
  publications: DesiredPerson["publications"];
};

/** The current state of the people a batch names, in the same canonical shape, five queries. */
async function loadExisting(tx: Executor, externalIds: string[]) {
  const rows = externalIds.length
    ? await tx.select().from(people).where(inArray(people.externalId, externalIds))
    : [];
  const byId = new Map<string, Existing>();
  const byExternal = new Map<string, Existing>();
  for (const p of rows) {
    const e: Existing = {
      id: p.id,
      verification: p.verification,
      row: {
        kind: p.kind,
        fullName: p.fullName,
        email: p.email,
        headline: p.headline,
        bio: p.bio,
        country: p.country,
        city: p.city,
      },
      skills: [],
      languages: [],
      sectors: [],
      offers: [],
      needs: [],
      primary: null,
      publications: [],
    };
    byId.set(p.id, e);
    byExternal.set(p.externalId!, e);
  }
  const ids = [...byId.keys()];
  if (!ids.length) return byExternal;
  const [skillRows, languageRows, sectorRows, offerRows, memberRows, pubRows] = await Promise.all([
    tx.select().from(personSkills).where(inArray(personSkills.personId, ids)),
    tx.select().from(personLanguages).where(inArray(personLanguages.personId, ids)),
    tx.select().from(personSectors).where(inArray(personSectors.personId, ids)),
    tx.select().from(offersNeeds).where(inArray(offersNeeds.personId, ids)),
    tx
      .select()
      .from(memberships)
      .where(and(inArray(memberships.personId, ids), eq(memberships.isPrimary, true))),
    tx
      .select({
        personId: publicationAuthors.personId,
        title: publications.title,
        abstract: publications.abstract,
        year: publications.year,
        doi: publications.doi,
      })
      .from(publicationAuthors)
      .innerJoin(publications, eq(publications.id, publicationAuthors.publicationId))
      .where(inArray(publicationAuthors.personId, ids)),
  ]);
  const skillKeys = new Map<object, string>();
  for (const s of skillRows) {
    const skill = s.skillId
      ? { skillId: s.skillId, level: s.level }
      : { freeLabel: s.freeLabel ?? "", level: s.level };
    skillKeys.set(skill, s.skillId ?? `free:${normalizeLabel(s.freeLabel ?? "")}`);
    byId.get(s.personId)!.skills.push(skill);
  }
  for (const l of languageRows)
    byId.get(l.personId)!.languages.push({ language: l.language, level: l.level });
  for (const s of sectorRows) byId.get(s.personId)!.sectors.push(s.sectorId);
  for (const o of offerRows) {
    const e = byId.get(o.personId!)!;
    if (o.direction === "offer") e.offers.push(o.kind);
    else e.needs.push({ kind: o.kind, details: o.details });
  }
  for (const m of memberRows)
    byId.get(m.personId)!.primary = { organizationId: m.organizationId, role: m.role };
  for (const { personId, ...p } of pubRows) byId.get(personId)!.publications.push(p);
  for (const e of byId.values()) {
    e.skills.sort((a, b) => skillKeys.get(a)!.localeCompare(skillKeys.get(b)!));
    e.languages.sort((a, b) => a.language.localeCompare(b.language));
    e.sectors.sort();
    e.offers.sort();
    e.publications.sort((a, b) => compareKey(a).localeCompare(compareKey(b)));
  }
  return byExternal;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes a batch in the caller's transaction; a person whose state is already right is left alone.
 * Returns each line's outcome and the ids of the people created or changed.
 */
export async function writeBatch(
  tx: Executor,
  batch: DesiredPerson[],
): Promise<{ outcomes: WriteOutcome[]; changedIds: string[] }> {
  const existing = await loadExisting(
    tx,
    batch.map((p) => p.externalId),
  );
  const outcomes: WriteOutcome[] = [];
  const changedIds: string[] = [];
  const fresh: DesiredPerson[] = [];
  const authored: { personId: string; publications: DesiredPerson["publications"] }[] = [];
  for (const want of batch) {
    const have = existing.get(want.externalId);
    if (!have) {
      fresh.push(want);
      outcomes.push("created");
      continue;
    }
    const rowSame =
      same(have.row, want.row) && (!want.verified || have.verification === "verified");
    const detailsSame =
      same(have.skills, want.skills) &&
      same(have.languages, want.languages) &&
      same(have.sectors, want.sectors) &&
      same(have.offers, want.offers);
    const orgSame =
      want.organizationId === undefined || have.primary?.organizationId === want.organizationId;
    const pubsSame = same(have.publications, want.publications);
    if (rowSame && detailsSame && orgSame && pubsSame) {
      outcomes.push("unchanged");
      continue;
    }
    await updatePerson(tx, have.id, {
      ...want.row,
      ...(want.verified ? { verification: "verified" as const } : {}),
      skills: want.skills,
      languages: want.languages,
      sectors: want.sectors,
      offers: [
        ...want.offers.map((kind) => ({ direction: "offer" as const, kind })),
        ...have.needs.map((n) => ({ direction: "need" as const, ...n })),
      ],
    });
    if (!orgSame)
      await setPrimaryAffiliation(tx, have.id, { organizationId: want.organizationId!, role: "" });
    if (!pubsSame) {
      await dropPublications(tx, have.id);
      authored.push({ personId: have.id, publications: want.publications });
    }
    outcomes.push("updated");
    changedIds.push(have.id);
  }
  const created = await createPeople(
    tx,
    fresh.map((want) => ({
      ...want.row,
      externalId: want.externalId,
      verification: want.verified ? ("verified" as const) : ("pending" as const),
      skills: want.skills,
      languages: want.languages,
      sectors: want.sectors,
      offers: want.offers.map((kind) => ({ direction: "offer" as const, kind })),
      memberships: want.organizationId
        ? [{ organizationId: want.organizationId, isPrimary: true }]
        : undefined,
    })),
  );
  for (const [i, want] of fresh.entries())
    authored.push({ personId: created[i]!.id, publications: want.publications });
  await linkPublications(tx, authored);
  changedIds.push(...created.map((c) => c.id));
  return { outcomes, changedIds };
}

/** Removes a person's authorships, and the publications nobody else wrote. */
async function dropPublications(tx: Executor, personId: string) {
  const mine = (
    await tx
      .select({ id: publicationAuthors.publicationId })
      .from(publicationAuthors)
      .where(eq(publicationAuthors.personId, personId))
  ).map((r) => r.id);
  await tx.delete(publicationAuthors).where(eq(publicationAuthors.personId, personId));
  if (!mine.length) return;
  await tx
    .delete(publications)
    .where(
      and(
        inArray(publications.id, mine),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(publicationAuthors)
            .where(eq(publicationAuthors.publicationId, publications.id)),
        ),
      ),
    );
}

/** Adds authorships in three statements; a DOI already known (or twice in the batch) is shared. */
async function linkPublications(
  tx: Executor,
  authored: { personId: string; publications: DesiredPerson["publications"] }[],
) {
  const all = authored.flatMap((a) => a.publications);
  if (!all.length) return;
  const dois = [...new Set(all.flatMap((p) => (p.doi ? [p.doi] : [])))];
  const byDoi = new Map<string, string>();
  for (let i = 0; i < dois.length; i += 5000) {
    const rows = await tx
      .select({ id: publications.id, doi: publications.doi })
      .from(publications)
      .where(inArray(publications.doi, dois.slice(i, i + 5000)));
    for (const r of rows) byDoi.set(r.doi!, r.id);
  }
  const toCreate: DesiredPerson["publications"] = [];
  const pending = new Set<string>();
  for (const p of all) {
    if (!p.doi) toCreate.push(p);
    else if (!byDoi.has(p.doi) && !pending.has(p.doi)) {
      pending.add(p.doi);
      toCreate.push(p);
    }
  }
  const ids = new Map<object, string>();
  const rows = toCreate.map((p) => ({ ...p, id: randomUUID() }));
  await insertMany(tx, publications, rows);
  toCreate.forEach((p, k) => {
    ids.set(p, rows[k]!.id);
    if (p.doi) byDoi.set(p.doi, rows[k]!.id);
  });
  const links = authored.flatMap(({ personId, publications: pubs }) =>
    pubs.map((p, position) => ({
      publicationId: (p.doi ? byDoi.get(p.doi) : ids.get(p))!,
      personId,
      position,
    })),
  );
  await insertMany(tx, publicationAuthors, links, { onConflictDoNothing: true });
}
