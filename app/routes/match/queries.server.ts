import { inArray } from "drizzle-orm";
import type { Database } from "~/.server/db.server";
import { matchExperts } from "~/.server/matching";
import type { SearchEngine } from "~/.server/search.server";
import { getVocabulary } from "~/.server/taxonomy.server";
import { type Locale, localized } from "~/utils/i18n";
import type { MatchFilters } from "~/utils/matching-query";
import { people } from "../../../db/schema";
import type { MatchNeedForm } from "./need-schema";
import { recogniseConcepts } from "./recognised-concepts.server";

const LIMIT = 20;

/** Experts ranked for the need, with what the page shows beside each, and the concepts found. */
export async function runMatch(db: Database, search: SearchEngine, need: MatchNeedForm) {
  const filters: MatchFilters = {};
  if (need.country) filters.country = [need.country];
  if (need.sector) filters.sectors = [need.sector];
  if (need.offer) filters.offers = [need.offer];
  const [{ results }, concepts] = await Promise.all([
    matchExperts(db, search, { text: need.text, filters, limit: LIMIT, audience: "members" }),
    recogniseConcepts(db, need.text),
  ]);
  const ids = results.map((r) => r.personId);
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({
            id: people.id,
            kind: people.kind,
            headline: people.headline,
            city: people.city,
            country: people.country,
            mentoring: people.mentoringStatus,
          })
          .from(people)
          .where(inArray(people.id, ids));
  const facts = new Map(rows.map((r) => [r.id, r]));
  const experts = results.map(({ externalId: _, ...r }) => {
    const f = facts.get(r.personId);
    return {
      ...r,
      kind: f?.kind ?? "expert",
      headline: f?.headline ?? "",
      city: f?.city ?? "",
      country: f?.country ?? "",
      // A student may ask from the result (the request page checks capacity again).
      mentoringOpen: f?.mentoring === "open" && f.kind !== "student",
    };
  });
  return { experts, concepts };
}
export type MatchOutcome = Awaited<ReturnType<typeof runMatch>>;

/** Sectors for the filter, labelled in the reader's language, alphabetically. */
export async function sectorOptions(locale: Locale) {
  const { sectors } = await getVocabulary();
  return [...sectors.values()]
    .map((s) => ({ value: s.id, label: localized(s, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
