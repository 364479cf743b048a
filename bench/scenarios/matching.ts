import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import type postgres from "postgres";
import { request } from "../http";
import { type Summary, summarize } from "../stats";
import { longNeed, SHORT_NEEDS } from "./matching-texts";

export type MatchingReport =
  | { available: false; reason: string }
  | {
      available: true;
      short: Summary;
      /** Each short text on its own: which one sets the p95. */
      perText?: { text: string; summary: Summary }[];
      long: Summary;
      longChars: number;
      errors: number;
      /** Results per request (median over short texts), to show the endpoint did real work. */
      resultsPerRequest: number;
      /**
       * The first requests after the network was loaded, before the word-rarity table was rebuilt
       * over it (what the first users after an import meet), and how long the rebuild took to
       * arrive. The figures above are measured after it: what users meet in steady state.
       */
      firstRequests?: { short: Summary; long: Summary; tableWaitSeconds: number | null };
    };

const ENDPOINT = "/api/v1/match/experts";
const EMAIL = "bench-coordinator@example.org";
/** The rebuild comes 30 s after the index goes quiet and takes seconds to tens of seconds. */
const TABLE_WAIT_MS = 180_000;

type Context = {
  appUrl: string;
  dataDir: string;
  sql: postgres.Sql;
  repetitions: number;
  log: (line: string) => void;
};

/**
 * Describe-your-need matching latency, for short texts and a 5,000-character call. The endpoint is
 * being built in parallel: a 404 is reported as "not available yet", never as a number.
 */
export async function runMatching(ctx: Context): Promise<MatchingReport> {
  const probe = await post(ctx.appUrl, { text: "probe" });
  if (probe.status === 404) return { available: false, reason: "not available yet (404)" };
  if (probe.status !== 401 && probe.status !== 200) {
    return { available: false, reason: `not available yet (HTTP ${probe.status})` };
  }
  const token = await coordinatorToken(ctx);
  if (typeof token !== "string") return { available: false, reason: token.reason };
  const check = await post(ctx.appUrl, { text: SHORT_NEEDS[0], limit: 20 }, token);
  if (check.status !== 200) {
    return { available: false, reason: `not available yet (HTTP ${check.status} with a token)` };
  }

  const long = longNeed();
  const shortSamples: number[] = [];
  const byText = SHORT_NEEDS.map(() => [] as number[]);
  const longSamples: number[] = [];
  const counts: number[] = [];
  let errors = 0;
  const once = async (text: string, into: number[] | null) => {
    const res = await post(ctx.appUrl, { text, limit: 20 }, token);
    if (res.status !== 200) {
      errors++;
      return;
    }
    if (into === shortSamples) {
      counts.push(JSON.parse(res.text).results?.length ?? 0);
      byText[SHORT_NEEDS.indexOf(text)]?.push(res.ms);
    }
    into?.push(res.ms);
  };
  const firstShort: number[] = [];
  const firstLong: number[] = [];
  for (const text of SHORT_NEEDS) await once(text, firstShort);
  await once(long, firstLong);
  const tableWaitSeconds = await waitForMatchingTable(ctx);
  for (const text of [...SHORT_NEEDS, long]) await once(text, null); // warm-up
  for (let r = 0; r < ctx.repetitions; r++) {
    for (const text of SHORT_NEEDS) await once(text, shortSamples);
    await once(long, longSamples);
  }
  return {
    available: true,
    short: summarize(shortSamples),
    perText: SHORT_NEEDS.map((text, i) => ({ text, summary: summarize(byText[i]!) })),
    long: summarize(longSamples),
    longChars: long.length,
    errors,
    resultsPerRequest: summarize(counts).median,
    firstRequests: {
      short: summarize(firstShort),
      long: summarize(firstLong),
      tableWaitSeconds,
    },
  };
}

/**
 * Waits until the app's word-rarity table has read the whole network (built after the last
 * profile was written: the server rebuilds it 30 s after the index goes quiet), so the scenario
 * measures the steady state rather than the table built at boot over an empty database. Null when
 * the app does not report it or it did not come within the limit (the figures then say so).
 */
async function waitForMatchingTable(ctx: Context): Promise<number | null> {
  const started = performance.now();
  const [row] = await ctx.sql<{ last: number | null }[]>`
    select (extract(epoch from max(updated_at)) * 1000)::float8 as last from people`;
  const needed = row?.last ?? 0;
  while (performance.now() - started < TABLE_WAIT_MS) {
    const res = await request(`${ctx.appUrl}/healthz`);
    const builtAt = res.status === 200 ? JSON.parse(res.text).matchingTableBuiltAt : undefined;
    if (builtAt === undefined) return null;
    if (typeof builtAt === "string" && Date.parse(builtAt) > needed) {
      const seconds = (performance.now() - started) / 1000;
      ctx.log(`  matching: word table over the loaded network after ${seconds.toFixed(1)} s`);
      return seconds;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  ctx.log("  matching: the word table was not rebuilt in time; measuring the table in use");
  return null;
}

function post(appUrl: string, body: unknown, token?: string) {
  return request(`${appUrl}${ENDPOINT}`, {
    method: "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: JSON.stringify(body),
  });
}

/** A coordinator account created for the run, and a token from `npm run api-token`. */
async function coordinatorToken(ctx: Context): Promise<string | { reason: string }> {
  if (!existsSync("scripts/api-token.ts")) {
    return { reason: "endpoint present, but scripts/api-token.ts is not available yet" };
  }
  try {
    const [user] = await ctx.sql<{ id: string }[]>`
      insert into users (email, password_hash) values (${EMAIL}, 'bench: no password')
      on conflict do nothing returning id`;
    const id = user?.id ?? (await ctx.sql`select id from users where email = ${EMAIL}`)[0]?.id;
    await ctx.sql`insert into user_roles (user_id, role) values (${id}, 'coordinator')
      on conflict do nothing`;
  } catch (error) {
    return { reason: `could not create a coordinator account: ${(error as Error).message}` };
  }
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/api-token.ts", "--email", EMAIL],
    { env: { ...process.env, DATA_DIR: ctx.dataDir }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  child.stdout.on("data", (c) => {
    out += String(c);
  });
  child.stderr.on("data", (c) => {
    out += String(c);
  });
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  const token = out.match(/[A-Za-z0-9_\-.]{24,}/g)?.pop();
  if (code !== 0 || !token) {
    return { reason: `npm run api-token failed (exit ${code}): ${out.trim().slice(0, 200)}` };
  }
  return token;
}
