import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { insertAgendaEvent } from "../app/.server/events/test-event";
import { createDatabase } from "../db/client";
import { events, people, users } from "../db/schema";
import { DEMO } from "./support";

/**
 * A published event with placed meetings for the demo researcher (met the Leuven researcher an
 * hour ago at table 3; meets the student in 20 minutes at table 5). Registration, requests and
 * planning belong to other parts of the feature: the rows are written into the e2e server's own
 * database (its address is in DATA_DIR/services.json), as Epic Stack's fixtures create users.
 * Once per slug.
 */
export async function seedAgendaEvent(slug: string) {
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.E2E_DATA_DIR ?? "", "services.json"), "utf8"),
  ) as { databaseUrl: string };
  const db = createDatabase(manifest.databaseUrl, { max: 1 });
  try {
    const [existing] = await db.select().from(events).where(eq(events.slug, slug));
    if (existing) return;
    const personOf = async (email: string) => {
      const [row] = await db
        .select({ id: people.id })
        .from(people)
        .innerJoin(users, eq(users.id, people.userId))
        .where(eq(users.email, email));
      return row!.id;
    };
    await insertAgendaEvent(db, {
      slug,
      a: await personOf(DEMO.researcher),
      b: await personOf(DEMO.belgianMember),
      c: await personOf(DEMO.student),
    });
  } finally {
    await db.sql.end();
  }
}
