import { Meilisearch } from "meilisearch";
import { keepAliveHttpClient } from "./http-client";

export const INDEX_BASES = ["people", "organizations"] as const;
export type IndexBase = (typeof INDEX_BASES)[number];

export type SearchEngine = {
  client: Meilisearch;
  /** Name of the live index for a kind of document, with this deployment's prefix. */
  index: (base: IndexBase) => string;
  prefix: string;
};

export function createSearchEngine(options: {
  url: string;
  apiKey?: string;
  prefix?: string;
}): SearchEngine {
  const prefix = options.prefix ?? "";
  const client = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    httpClient: keepAliveHttpClient(),
    defaultWaitOptions: { interval: 10, timeout: 60_000 },
  });
  return { client, prefix, index: (base) => `${prefix}${base}` };
}

const holder = globalThis as typeof globalThis & { __passerelleSearch?: SearchEngine };

/** One client per process, configured from the environment the server entry prepared. */
export function getSearchEngine(): SearchEngine {
  if (!holder.__passerelleSearch) {
    const url = process.env.MEILI_URL;
    if (!url) throw new Error("MEILI_URL is not set: start the app through server/index.ts");
    holder.__passerelleSearch = createSearchEngine({
      url,
      apiKey: process.env.MEILI_MASTER_KEY,
      prefix: process.env.MEILI_INDEX_PREFIX,
    });
  }
  return holder.__passerelleSearch;
}

/** Forget the process-wide client (tests switch index prefixes between files). */
export function resetSearchEngine() {
  holder.__passerelleSearch = undefined;
}
