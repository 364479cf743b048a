import { sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import type { PairingStatus } from "../../../db/schema";

export type PairingRow = {
  id: string;
  purpose: string;
  status: PairingStatus;
  createdAt: string;
  statusChangedAt: string;
  sideA: string | null;
  countryA: string | null;
  sideB: string | null;
  countryB: string | null;
};

/** Every pairing with its two parties' names and countries, newest first, in one query. */
export async function listPairingsForExport(db: Executor): Promise<PairingRow[]> {
  const rows = await db.execute<PairingRow>(sql`
    with side as (
      select s.pairing_id, s.side, coalesce(o.name, p.full_name) as name,
             coalesce(o.country, p.country) as country
        from pairing_sides s
        left join organizations o on o.id = s.organization_id
        left join people p on p.id = s.person_id
    )
    select pr.id, pr.purpose, pr.status,
           to_char(pr.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
           to_char(pr.status_changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
             as "statusChangedAt",
           a.name as "sideA", a.country as "countryA", b.name as "sideB", b.country as "countryB"
      from pairings pr
      left join side a on a.pairing_id = pr.id and a.side = 'a'
      left join side b on b.pairing_id = pr.id and b.side = 'b'
     order by pr.created_at desc, pr.id`);
  return [...rows];
}
