import { type Locale, localized } from "~/utils/i18n";
import { getDb } from "../../db/client";
import { sectors, skills } from "../../db/schema";

type Labelled = { id: string; labelFr: string; labelEn: string; labelAr: string };
type Vocabulary = { skills: Map<string, Labelled>; sectors: Map<string, Labelled> };

let cache: { at: number; value: Promise<Vocabulary> } | null = null;
const TTL_MS = 5 * 60_000;

/** Skill and sector labels, cached: the taxonomy changes with releases, not with requests. */
export function getVocabulary(): Promise<Vocabulary> {
  if (!cache || Date.now() - cache.at > TTL_MS) {
    const value = (async () => {
      const db = getDb();
      const [skillRows, sectorRows] = await Promise.all([
        db.select().from(skills),
        db.select().from(sectors),
      ]);
      return {
        skills: new Map(skillRows.map((r) => [r.id, r])),
        sectors: new Map(sectorRows.map((r) => [r.id, r])),
      };
    })();
    value.catch(() => {
      cache = null;
    });
    cache = { at: Date.now(), value };
  }
  return cache.value;
}

export function labelOf(map: Map<string, Labelled>, id: string, locale: Locale) {
  const entry = map.get(id);
  return entry ? localized(entry, locale) : id;
}
