import { sql } from "drizzle-orm";
import { getDb } from "../../db/client";

/** Headline counts for the home page, straight from PostgreSQL (one round trip). */
export async function getNetworkStats() {
  const [row] = await getDb().execute<{
    experts: number;
    students: number;
    organizations: number;
  }>(sql`
    select
      (select count(*)::int from people where kind <> 'student' and verification = 'verified') as experts,
      (select count(*)::int from people where kind = 'student') as students,
      (select count(*)::int from organizations) as organizations`);
  return row ?? { experts: 0, students: 0, organizations: 0 };
}
