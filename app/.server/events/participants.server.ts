import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { EVENT_ROLES } from "~/vocabulary/events";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import type { Executor } from "../../../db/client";
import { eventRegistrations, people, personSectors } from "../../../db/schema";
import { fold } from "../matching";

/** The participants page's query: free text and facets, junk dropped rather than refused. */
export const ParticipantQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  role: z.array(z.enum(EVENT_ROLES)).catch([]),
  country: z.array(z.string().regex(/^[A-Z]{2}$/)).catch([]),
  sector: z.array(z.string().max(60)).catch([]),
  offers: z.array(z.enum(CONVENTION_KINDS)).catch([]),
  needs: z.array(z.enum(CONVENTION_KINDS)).catch([]),
});
export type ParticipantQuery = z.infer<typeof ParticipantQuerySchema>;
export const PARTICIPANT_FACETS = ["role", "country", "sector", "offers", "needs"] as const;
type Facet = (typeof PARTICIPANT_FACETS)[number];

export function participantQuery(url: URL): ParticipantQuery {
  const p = url.searchParams;
  return ParticipantQuerySchema.parse({
    q: p.get("q") ?? "",
    ...Object.fromEntries(PARTICIPANT_FACETS.map((f) => [f, p.getAll(f)])),
  });
}

export type Participant = {
  registrationId: string;
  personId: string;
  slug: string;
  name: string;
  kind: string;
  headline: string;
  city: string;
  role: string;
  values: Record<Facet, string[]>;
};

/** Everyone registered at the event with what the facets read (docs/decisions/050). */
export async function loadParticipants(db: Executor, eventId: string): Promise<Participant[]> {
  const rows = await db
    .select({
      registrationId: eventRegistrations.id,
      personId: people.id,
      slug: people.slug,
      name: people.fullName,
      kind: people.kind,
      headline: people.headline,
      city: people.city,
      country: people.country,
      role: eventRegistrations.role,
      offers: eventRegistrations.offers,
      needs: eventRegistrations.needs,
    })
    .from(eventRegistrations)
    .innerJoin(people, eq(people.id, eventRegistrations.personId))
    .where(
      and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")),
    )
    .orderBy(asc(people.fullName));
  const sectorRows = rows.length
    ? await db
        .select()
        .from(personSectors)
        .where(
          inArray(
            personSectors.personId,
            rows.map((r) => r.personId),
          ),
        )
    : [];
  return rows.map((r) => ({
    registrationId: r.registrationId,
    personId: r.personId,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    headline: r.headline,
    city: r.city,
    role: r.role,
    values: {
      role: [r.role],
      country: [r.country],
      sector: sectorRows.filter((s) => s.personId === r.personId).map((s) => s.sectorId),
      offers: r.offers,
      needs: r.needs,
    },
  }));
}

/**
 * Filters the participants and counts each facet's values the way the directory does: values of
 * one facet are alternatives, facets combine, and a facet's counts ignore its own selection.
 */
export function searchParticipants(all: Participant[], query: ParticipantQuery) {
  const words = fold(query.q).split(/\s+/).filter(Boolean);
  const byText = all.filter((p) => {
    const text = fold(`${p.name} ${p.headline} ${p.city}`);
    return words.every((w) => text.includes(w));
  });
  const passes = (p: Participant, except?: Facet) =>
    PARTICIPANT_FACETS.every(
      (f) => f === except || query[f].length === 0 || query[f].some((v) => p.values[f].includes(v)),
    );
  const facets = Object.fromEntries(
    PARTICIPANT_FACETS.map((f) => {
      const counts: Record<string, number> = {};
      for (const p of byText) {
        if (!passes(p, f)) continue;
        for (const v of new Set(p.values[f])) counts[v] = (counts[v] ?? 0) + 1;
      }
      return [f, counts];
    }),
  ) as Record<Facet, Record<string, number>>;
  return { hits: byText.filter((p) => passes(p)), facets, total: all.length };
}
