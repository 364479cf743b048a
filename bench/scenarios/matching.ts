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
      long: Summary;
      longChars: number;
      errors: number;
      /** Results per request (median over short texts), to show the endpoint did real work. */
      resultsPerRequest: number;
    };

const ENDPOINT = "/api/v1/match/experts";
const EMAIL = "bench-coordinator@example.org";

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
  const longSamples: number[] = [];
  const counts: number[] = [];
  let errors = 0;
  const once = async (text: string, into: number[] | null) => {
    const res = await post(ctx.appUrl, { text, limit: 20 }, token);
    if (res.status !== 200) {
      errors++;
      return;
    }
    if (into === shortSamples) counts.push(JSON.parse(res.text).results?.length ?? 0);
    into?.push(res.ms);
  };
  for (const text of [...SHORT_NEEDS, long]) await once(text, null); // warm-up
  for (let r = 0; r < ctx.repetitions; r++) {
    for (const text of SHORT_NEEDS) await once(text, shortSamples);
    await once(long, longSamples);
  }
  return {
    available: true,
    short: summarize(shortSamples),
    long: summarize(longSamples),
    longChars: long.length,
    errors,
    resultsPerRequest: summarize(counts).median,
  };
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
