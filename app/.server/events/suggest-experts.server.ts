import { and, eq } from "drizzle-orm";
import type { ConventionKind } from "~/vocabulary/offers";
import type { Database } from "../../../db/client";
import { offersNeeds } from "../../../db/schema";
import type { SearchEngine } from "../../../search/client";
import { matchExperts, type RankedExpert } from "../matching";

/** Ranked over the network before keeping the registrants, as for mentors. */
const POOL = 300;

/**
 * What the viewer comes for, in words: the registration's note, then what their profile says they
 * look for (the needs of the kinds they chose for this event, or all of them). Sectors and skills
 * are not a need: a profile without written words gives an empty text.
 */
export async function needText(
  db: Database,
  personId: string,
  registration: { note: string; needs: readonly ConventionKind[] },
): Promise<string> {
  const rows = await db
    .select({ kind: offersNeeds.kind, details: offersNeeds.details })
    .from(offersNeeds)
    .where(and(eq(offersNeeds.personId, personId), eq(offersNeeds.direction, "need")));
  const chosen = registration.needs.length
    ? rows.filter((r) => registration.needs.includes(r.kind))
    : rows;
  return [registration.note, ...chosen.map((r) => r.details)]
    .map((s) => s.trim())
    .filter(Boolean)
    .join("\n")
    .slice(0, 5000);
}

/**
 * Experts and researchers registered at the event, ranked for the need by the engine behind
 * /match (one call), best first. The engine has no "these people only" filter, so the network is
 * ranked and the registrants kept (docs/decisions/060-event-meeting-suggestions.md).
 */
export async function expertsForNeed(
  db: Database,
  search: SearchEngine,
  text: string,
  registrants: ReadonlySet<string>,
): Promise<RankedExpert[]> {
  if (!text || registrants.size === 0) return [];
  const { results } = await matchExperts(db, search, {
    text,
    limit: POOL,
    audience: "members",
  });
  return results.filter((r) => registrants.has(r.personId) && r.score > 0);
}
