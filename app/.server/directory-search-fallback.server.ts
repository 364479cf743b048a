import { sql as raw } from "drizzle-orm";
import { DIRECTORY_FACETS, type DirectoryQuery, PAGE_SIZE } from "~/utils/directory-query";
import type { Locale } from "~/utils/i18n";
import { getDb } from "../../db/client";
import { runPgSearch } from "../../search/pg-search";
import { pgSearchSetup, pgSearchTeardown } from "../../search/pg-search.sql";
import {
  type DirectoryResult,
  type SearchOptions,
  searchDirectory,
} from "./directory-search.server";
import { engineState } from "./engine-health.server";
import { log } from "./log.server";

/** The search objects the fallback reads (search/pg-search.sql.ts), apart from the bench's. */
export const FALLBACK_PREFIX = "search_fallback_";
/**
 * A directory search takes milliseconds; one that has not answered in 2.5 s is a frozen engine
 * the health monitor has not caught yet: PostgreSQL answers instead of the page hanging.
 */
const SEARCH_TIMEOUT_MS = 2500;
/** While Meilisearch stays down, the view is refreshed this often, so new profiles show up. */
const REFRESH_EVERY_MS = 30_000;

export type DirectorySearchResult = DirectoryResult & {
  /** True when PostgreSQL answered because Meilisearch could not: the page says so. */
  fallback: boolean;
};

/**
 * The directory search, from Meilisearch when it answers, otherwise from PostgreSQL (full-text +
 * pg_trgm, the bench's alternative) with `fallback: true`, so /experts and /api/v1/search keep
 * working while the supervisor restarts Meilisearch.
 * docs/decisions/015-engine-supervisor-and-search-fallback.md
 */
export async function searchDirectoryOrFallback(
  query: DirectoryQuery,
  locale: Locale,
  options: SearchOptions = {},
): Promise<DirectorySearchResult> {
  if (engineState("search") === "ok") {
    try {
      const result = await withTimeout(searchDirectory(query, locale, options), SEARCH_TIMEOUT_MS);
      return { ...result, fallback: false };
    } catch (error) {
      if (!isEngineFailure(error)) throw error;
      log().warn({ err: (error as Error).message }, "Meilisearch failed; searching PostgreSQL");
    }
  }
  return { ...(await searchDirectoryInPostgres(query, locale)), fallback: true };
}

/** A request Meilisearch refused as invalid is our bug, not an outage: that one is not masked. */
function isEngineFailure(error: unknown) {
  const { status, code } = error as { status?: number; code?: string };
  return !(
    typeof status === "number" &&
    status >= 400 &&
    status < 500 &&
    code !== "index_not_found"
  );
}

export async function searchDirectoryInPostgres(
  query: DirectoryQuery,
  locale: Locale,
): Promise<DirectoryResult> {
  const started = Date.now();
  await ensureFallbackObjects();
  const filters = Object.fromEntries(DIRECTORY_FACETS.map((facet) => [facet, query[facet]]));
  const row = await runPgSearch(
    getDb().sql,
    { q: query.q, filters, page: query.page },
    FALLBACK_PREFIX,
  );
  const labels = locale === "ar" ? "skills_ar" : locale === "en" ? "skills_en" : "skills_fr";
  return {
    hits: row.hits.map((hit) => ({
      id: hit.id,
      slug: hit.slug,
      name: hit.name,
      kind: hit.kind,
      headline: hit.headline,
      country: hit.country,
      city: hit.city,
      organization: hit.organization,
      skills: hit[labels].map((label, i) => ({ id: hit.skills[i] ?? null, label })),
      sectors: hit.sectors,
      languages: hit.languages,
      offers: hit.offers,
      mentoringOpen: hit.mentoring_open,
      highlighted: { name: hit.name, headline: hit.headline, skills: [] },
    })),
    total: row.total,
    totalCapped: false, // PostgreSQL counts every hit
    page: query.page,
    totalPages: Math.max(1, Math.ceil(row.total / PAGE_SIZE)),
    facets: Object.fromEntries(
      DIRECTORY_FACETS.map((facet) => [facet, row.facets?.[facet] ?? {}]),
    ) as DirectoryResult["facets"],
    processingTimeMs: Date.now() - started,
  };
}

const holder = globalThis as typeof globalThis & {
  __passerelleFallback?: { builtAt: number; building: Promise<void> | null };
};

/**
 * Builds the view on first use (about 0.2 s for the demo network), then rebuilds it every 30 s
 * while searches keep coming here; one builder per process, and an advisory lock keeps several
 * app instances from building it at once.
 */
async function ensureFallbackObjects() {
  holder.__passerelleFallback ??= { builtAt: 0, building: null };
  const state = holder.__passerelleFallback;
  const db = getDb();
  if (state.builtAt === 0) {
    const [exists] = await db.execute<{ found: string | null }>(
      raw`select to_regclass(${`${FALLBACK_PREFIX}people`}) as found`,
    );
    if (exists?.found) state.builtAt = 1; // built by an earlier process: refresh in background
  }
  const stale = Date.now() - state.builtAt > REFRESH_EVERY_MS;
  if (stale && !state.building) {
    state.building = rebuild()
      .then(() => {
        state.builtAt = Date.now();
      })
      .catch((error: unknown) => {
        log().error({ err: (error as Error).message }, "search fallback: could not build the view");
      })
      .finally(() => {
        state.building = null;
      });
  }
  // The first build is waited for. A view from an earlier outage gets 3 s to refresh before it
  // answers as it is; a recent one answers at once while the refresh runs behind it.
  if (state.builtAt === 0) await state.building;
  else if (Date.now() - state.builtAt > 10 * REFRESH_EVERY_MS) {
    await Promise.race([state.building, new Promise((resolve) => setTimeout(resolve, 3000))]);
  }
}

async function rebuild() {
  const started = Date.now();
  await getDb().transaction(async (tx) => {
    await tx.execute(raw`set local statement_timeout = 0`);
    await tx.execute(raw`select pg_advisory_xact_lock(hashtext('passerelle_search_fallback'))`);
    for (const statement of pgSearchSetup(FALLBACK_PREFIX)) await tx.execute(raw.raw(statement));
  });
  log().info({ ms: Date.now() - started }, "search fallback: view built from PostgreSQL");
}

/** Before migrations: the view pins the columns it reads, which a migration may change. */
export async function dropFallbackObjects(execute: (statement: string) => Promise<unknown>) {
  for (const statement of pgSearchTeardown(FALLBACK_PREFIX)) await execute(statement);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  promise.catch(() => {}); // settles later, after the answer was given from PostgreSQL
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Meilisearch gave no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
