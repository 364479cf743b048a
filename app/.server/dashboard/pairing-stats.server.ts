import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { PAIRING_STATUSES, type PairingStatus } from "../../../db/schema";

// Dashboard aggregates over the pipeline: one SQL round trip per widget, counts computed by Postgres.

export type StatusCount = { status: PairingStatus; count: number };
export type SectorCount = {
  sectorId: string;
  labelFr: string;
  labelEn: string;
  labelAr: string;
  count: number;
};
export type CountryPairCount = { pair: string; count: number };
export type MonthCount = { month: string; count: number };
export type ConventionDelays = { days: number[]; median: number | null };

/** Every status, zero included, in pipeline order. */
export async function pairingsByStatus(db: Executor): Promise<StatusCount[]> {
  const rows = await db.execute<{ status: PairingStatus; count: number }>(
    sql`select status, count(*)::int as count from pairings group by status`,
  );
  const by = new Map(rows.map((r) => [r.status, r.count]));
  return PAIRING_STATUSES.map((status) => ({ status, count: by.get(status) ?? 0 }));
}

/**
 * Pairings per sector of their parties (an organization's sectors, or a person's); a pairing whose
 * two sides share a sector counts once for it. Sectors without a pairing are left out.
 */
export async function pairingsBySector(db: Executor): Promise<SectorCount[]> {
  const rows = await db.execute<SectorCount>(sql`
    with side_sectors as (
      select s.pairing_id, os.sector_id
        from pairing_sides s join organization_sectors os on os.organization_id = s.organization_id
      union
      select s.pairing_id, ps.sector_id
        from pairing_sides s join person_sectors ps on ps.person_id = s.person_id
    )
    select sec.id as "sectorId", sec.label_fr as "labelFr", sec.label_en as "labelEn",
           sec.label_ar as "labelAr", count(distinct ss.pairing_id)::int as count
      from side_sectors ss join sectors sec on sec.id = ss.sector_id
     group by sec.id order by count desc, sec.id`);
  return [...rows];
}

/**
 * Pairings per pair of countries of their sides, the two codes in alphabetical order ("BE–MA");
 * a side whose party was deleted counts as "?".
 */
export async function pairingsByCountryPair(db: Executor): Promise<CountryPairCount[]> {
  const rows = await db.execute<CountryPairCount>(sql`
    with side_country as (
      select s.pairing_id, s.side, coalesce(o.country, p.country, '?') as country
        from pairing_sides s
        left join organizations o on o.id = s.organization_id
        left join people p on p.id = s.person_id
    )
    select least(a.country, b.country) || '–' || greatest(a.country, b.country) as pair,
           count(*)::int as count
      from side_country a join side_country b
        on b.pairing_id = a.pairing_id and a.side = 'a' and b.side = 'b'
     group by 1 order by count desc, pair`);
  return [...rows];
}

/** Pairings proposed per calendar month (UTC) over the last `months` months, empty months included. */
export async function pairingsPerMonth(
  db: Executor,
  months = 12,
  now = new Date(),
): Promise<MonthCount[]> {
  const rows = await db.execute<MonthCount>(sql`
    with months as (
      select generate_series(
        date_trunc('month', ${now.toISOString()}::timestamptz at time zone 'UTC')
          - make_interval(months => ${months - 1}),
        date_trunc('month', ${now.toISOString()}::timestamptz at time zone 'UTC'),
        interval '1 month') as m
    )
    select to_char(m, 'YYYY-MM') as month, count(p.id)::int as count
      from months left join pairings p
        on date_trunc('month', p.created_at at time zone 'UTC') = m
     group by m order by m`);
  return [...rows];
}

/**
 * Days from proposal to the signed convention, for every pairing that reached it (the first
 * status change to `convention_signed` in its history), and their median.
 */
export async function timeToConvention(db: Executor): Promise<ConventionDelays> {
  const rows = await db.execute<{ days: number }>(sql`
    select floor(extract(epoch from (min(e.created_at) - p.created_at)) / 86400)::int as days
      from pairings p join pairing_events e
        on e.pairing_id = p.id and e.kind = 'status_changed' and e.to_status = 'convention_signed'
     group by p.id order by days`);
  const days = rows.map((r) => r.days);
  return { days, median: median(days) };
}

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Delays grouped into buckets for the distribution chart. */
export const DELAY_BUCKETS = [
  { key: "0-7", max: 7 },
  { key: "8-30", max: 30 },
  { key: "31-90", max: 90 },
  { key: "91-180", max: 180 },
  { key: "181+", max: Number.POSITIVE_INFINITY },
] as const;

export function bucketDelays(days: readonly number[]) {
  return DELAY_BUCKETS.map((b, i) => {
    const min = i === 0 ? Number.NEGATIVE_INFINITY : DELAY_BUCKETS[i - 1]!.max;
    return { bucket: b.key, count: days.filter((d) => d > min && d <= b.max).length };
  });
}
