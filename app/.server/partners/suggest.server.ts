import { and, eq, inArray, ne, or } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import {
  type ConventionKind,
  memberships,
  type OrganizationKind,
  pairingSides,
  pairings,
} from "../../../db/schema";
import { findOrganization, loadMembers, loadPublications } from "../labs/load.server";
import { getLabProfiles, listLabProfiles } from "../labs/profiles.server";
import { shippedTaxonomy } from "../labs/taxonomy";
import type { LabProfile } from "../labs/types";
import { personAsSource, rankPartners } from "./score";
import {
  type CountryPreference,
  DEFAULT_COUNTRY_PREFERENCE,
  type PartnerSuggestion,
  type ScoringContext,
  type SourceProfile,
} from "./types";
import { LAB_WEIGHTS, PERSON_WEIGHTS } from "./weights";

/** Which kinds of organization can be the partner, by purpose. */
export const CANDIDATE_KINDS: Record<ConventionKind, readonly OrganizationKind[]> = {
  joint_research: ["lab"],
  thesis_cosupervision: ["lab"],
  mobility: ["lab"],
  internship: ["lab", "company"],
  incubation: ["incubator", "lab"],
  mentoring: ["lab", "company"],
};

export type SuggestionOptions = {
  purpose: ConventionKind;
  limit: number;
  countryPreference?: CountryPreference;
  /** Defaults to the current year; tests pin it. */
  year?: number;
  /**
   * Rank only these organizations (e.g. the labs present at an event): loads a few profiles
   * instead of every lab. Skill rarity is then measured among them.
   */
  candidateIds?: readonly string[];
};

/**
 * Partner labs for a lab (or a university), best first, each with its breakdown. Null when the
 * organization does not exist. Routes decide who may ask (coordinators and admins).
 */
export async function suggestPartnerLabs(
  db: Executor,
  orgIdOrSlug: string,
  options: SuggestionOptions,
): Promise<{ source: LabProfile; suggestions: PartnerSuggestion[] } | null> {
  const org = await findOrganization(db, orgIdOrSlug);
  if (!org) return null;
  const kinds = CANDIDATE_KINDS[options.purpose];
  const [[source], candidates] = await Promise.all([
    getLabProfiles(db, [org.id]),
    listLabProfiles(db, kinds, options.candidateIds),
  ]);
  if (!source) return null;
  const ties = await loadPairingTies(db, source, candidates);
  const ctx = context(options, LAB_WEIGHTS[options.purpose], ties);
  return { source, suggestions: rankPartners(source, candidates, ctx, options.limit) };
}

/** Labs for a person: a student's internship, a researcher's mobility host. Null when unknown. */
export async function suggestLabsForPerson(
  db: Executor,
  personId: string,
  options: SuggestionOptions,
): Promise<{ source: SourceProfile; suggestions: PartnerSuggestion[] } | null> {
  const [[person], publications, orgRows] = await Promise.all([
    loadMembers(db, [personId], { everyone: true }),
    loadPublications(db, [personId]),
    db
      .select({ id: memberships.organizationId })
      .from(memberships)
      .where(eq(memberships.personId, personId)),
  ]);
  if (!person) return null;
  const source = personAsSource(
    person,
    publications,
    orgRows.map((r) => r.id),
  );
  const candidates = await listLabProfiles(db, CANDIDATE_KINDS[options.purpose]);
  const ties = await loadPairingTies(db, source, candidates);
  const ctx = context(options, PERSON_WEIGHTS[options.purpose], ties);
  return { source, suggestions: rankPartners(source, candidates, ctx, options.limit) };
}

function context(
  options: SuggestionOptions,
  weights: ScoringContext["weights"],
  pairingTies: ScoringContext["pairingTies"],
): ScoringContext {
  return {
    purpose: options.purpose,
    weights,
    taxonomy: shippedTaxonomy(),
    year: options.year ?? new Date().getFullYear(),
    countryPreference: options.countryPreference ?? DEFAULT_COUNTRY_PREFERENCE,
    pairingTies,
  };
}

/**
 * Pairings (any status but abandoned) between the source — its organizations or its members —
 * and each candidate, counted by candidate id.
 */
export async function loadPairingTies(
  db: Executor,
  source: Pick<SourceProfile, "unitIds" | "memberIds">,
  candidates: Pick<LabProfile, "id" | "unitIds" | "memberIds">[],
): Promise<Map<string, number>> {
  const ties = new Map<string, number>();
  const touching = [
    source.unitIds.length > 0 ? inArray(pairingSides.organizationId, source.unitIds) : undefined,
    source.memberIds.length > 0 ? inArray(pairingSides.personId, source.memberIds) : undefined,
  ].filter((c) => c !== undefined);
  if (touching.length === 0) return ties;
  const ours = await db
    .select({ pairingId: pairingSides.pairingId, side: pairingSides.side })
    .from(pairingSides)
    .innerJoin(pairings, eq(pairings.id, pairingSides.pairingId))
    .where(and(or(...touching), ne(pairings.status, "abandoned")));
  if (ours.length === 0) return ties;
  const others = await db
    .select()
    .from(pairingSides)
    .where(inArray(pairingSides.pairingId, [...new Set(ours.map((r) => r.pairingId))]));
  const ourSide = new Map(ours.map((r) => [`${r.pairingId}:${r.side}`, true]));
  for (const candidate of candidates) {
    const units = new Set(candidate.unitIds);
    const members = new Set(candidate.memberIds);
    const hits = new Set(
      others
        .filter((o) => !ourSide.has(`${o.pairingId}:${o.side}`))
        .filter(
          (o) =>
            (o.organizationId && units.has(o.organizationId)) ||
            (o.personId && members.has(o.personId)),
        )
        .map((o) => o.pairingId),
    );
    if (hits.size > 0) ties.set(candidate.id, hits.size);
  }
  return ties;
}
