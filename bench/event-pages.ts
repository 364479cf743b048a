import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { and, eq, inArray, ne } from "drizzle-orm";
import { SESSION_COOKIE } from "../app/.server/auth/session-cookie.server";
import { createSession, generateSessionToken } from "../app/.server/auth/sessions.server";
import { createDatabase } from "../db/client";
import {
  eventRegistrations,
  events,
  memberships,
  organizations,
  people,
  users,
} from "../db/schema";
import { summarize } from "./stats";

/**
 * Side by side, alternating: the participants page of an event as a lab member sees it (partner
 * labs, experts for their written need) and /orgs/:slug/partners as a coordinator, on running
 * instances of the app with the demo network (docs/decisions/073-…). Each instance gets the same
 * event: the demo researcher (a Moroccan lab) plus every other verified lab member, up to 60.
 *
 *   tsx bench/event-pages.ts main=http://127.0.0.1:3209,/tmp/data-main branch=http://…,…/.data
 *
 * Times: first byte, the participant list received, whole page; medians of RUNS rounds, with the
 * machine's load average before and after. `cold` rounds clear the instances' caches first
 * (the NOTIFY another instance sends when the index changes).
 */
const RUNS = Number(process.env.RUNS ?? 25);
const SLUG = "bench-event-pages";
const LAB = "laboratoire-sids-ensias";

type Target = { label: string; base: string; researcher: string; coordinator: string; db: string };

async function prepare(label: string, base: string, dataDir: string): Promise<Target> {
  const { databaseUrl } = JSON.parse(readFileSync(path.join(dataDir, "services.json"), "utf8")) as {
    databaseUrl: string;
  };
  const db = createDatabase(databaseUrl, { max: 1 });
  try {
    const personOf = async (email: string) => {
      const [row] = await db
        .select({ personId: people.id, userId: users.id })
        .from(people)
        .innerJoin(users, eq(users.id, people.userId))
        .where(eq(users.email, email));
      return row!;
    };
    const researcher = await personOf("chercheur@passerelle.example");
    const coordinator = await personOf("coordination.rabat@passerelle.example");
    let [event] = await db.select().from(events).where(eq(events.slug, SLUG));
    if (!event) {
      const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      [event] = await db
        .insert(events)
        .values({
          slug: SLUG,
          kind: "master_class",
          titleFr: "Rencontres labos",
          titleEn: "Lab meetings",
          titleAr: "لقاءات المختبرات",
          startsOn: day,
          endsOn: day,
          timeZone: "Africa/Casablanca",
          city: "Rabat",
          venue: "ENSIAS",
          languages: ["fr"],
          publishedAt: new Date(),
        })
        .returning();
      const others = await db
        .selectDistinct({ id: people.id })
        .from(people)
        .innerJoin(memberships, eq(memberships.personId, people.id))
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(
          and(
            eq(organizations.kind, "lab"),
            eq(people.verification, "verified"),
            ne(people.id, researcher.personId),
          ),
        )
        .orderBy(people.id)
        .limit(59);
      const token = () => Math.random().toString(36).slice(2) + Date.now().toString(36);
      await db.insert(eventRegistrations).values([
        {
          eventId: event!.id,
          personId: researcher.personId,
          needs: ["joint_research"],
          note: "Un laboratoire belge en vision par ordinateur pour une recherche conjointe.",
          feedToken: token(),
        },
        ...others.map((o) => ({ eventId: event!.id, personId: o.id, feedToken: token() })),
      ]);
    }
    const cookieFor = async (userId: string) => {
      const t = generateSessionToken();
      await createSession(db, t, userId);
      return `${SESSION_COOKIE}=${t}; scripts=on; lang=${encodeURIComponent(Buffer.from('"fr"').toString("base64"))}`;
    };
    const count = await db
      .select({ id: eventRegistrations.id })
      .from(eventRegistrations)
      .where(inArray(eventRegistrations.eventId, [event!.id]));
    console.log(`${label}: event with ${count.length} registrants`);
    return {
      label,
      base,
      researcher: await cookieFor(researcher.userId),
      coordinator: await cookieFor(coordinator.userId),
      db: databaseUrl,
    };
  } finally {
    await db.sql.end();
  }
}

type Timing = { first: number; list: number; full: number };

/** One GET on a fresh connection: first byte, the chunk with the participant list, the end. */
function timed(url: string, cookie: string, listMarker: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let first = 0;
    let list = 0;
    let seen = "";
    const req = http.get(url, { headers: { cookie }, agent: false }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${url}: ${res.statusCode}`));
      res.on("data", (chunk: Buffer) => {
        const now = performance.now() - start;
        if (!first) first = now;
        if (!list) {
          seen += chunk.toString("utf8");
          if (seen.includes(listMarker)) list = now;
        }
      });
      res.on("end", () =>
        resolve({
          first,
          list: list || performance.now() - start,
          full: performance.now() - start,
        }),
      );
    });
    req.on("error", reject);
  });
}

async function clearCaches(target: Target) {
  const db = createDatabase(target.db, { max: 1 });
  await db.sql`select pg_notify('search_indexed', '')`;
  await db.sql.end();
  await new Promise((r) => setTimeout(r, 50));
}

const targets: Target[] = [];
for (const arg of process.argv.slice(2)) {
  const [label, rest] = arg.split("=");
  const [base, dataDir] = rest!.split(",");
  targets.push(await prepare(label!, base!, dataDir!));
}
const pages = [
  {
    name: "participants (lab member)",
    path: `/events/${SLUG}/participants`,
    who: "researcher" as const,
    marker: 'data-testid="participant"',
  },
  {
    name: "partners (coordinator)",
    path: `/orgs/${LAB}/partners?purpose=joint_research`,
    who: "coordinator" as const,
    marker: 'class="partners-page"',
  },
];
const uptime = () =>
  execSync("uptime")
    .toString()
    .trim()
    .replace(/.*load average: /, "load ");
for (const cold of [false, true]) {
  for (const page of pages) {
    for (const t of targets) await timed(t.base + page.path, t[page.who], page.marker); // warm-up
    const samples = new Map(targets.map((t) => [t.label, [] as Timing[]]));
    const before = uptime();
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? targets : [...targets].reverse();
      for (const t of order) {
        if (cold) await clearCaches(t);
        samples.get(t.label)!.push(await timed(t.base + page.path, t[page.who], page.marker));
      }
    }
    console.log(
      `\n${page.name}${cold ? ", caches cleared before each request" : ""} (${RUNS} rounds; ${before} → ${uptime()})`,
    );
    for (const [label, list] of samples) {
      const med = (k: keyof Timing) => summarize(list.map((s) => s[k])).median.toFixed(1);
      console.log(
        `  ${label.padEnd(8)} first byte ${med("first")} ms · list ${med("list")} ms · full ${med("full")} ms`,
      );
    }
  }
}
