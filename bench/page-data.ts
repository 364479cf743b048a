import { decode } from "turbo-stream";
import { request } from "./http";

type ExpertsData = { result: { hits: { id: string }[]; total: number } | null };

/**
 * A Remix page's data request (`/experts.data?…`, what the browser fetches when a reader
 * searches): timed to the last byte, then decoded (Remix's single-fetch turbo-stream) for the ids.
 */
export async function pageData(url: string) {
  const res = await request(url);
  if (res.status !== 200) throw new Error(`GET ${url} → ${res.status}: ${res.text.slice(0, 200)}`);
  const decoded = await decode(new Response(res.text).body!);
  await decoded.done;
  const routes = decoded.value as Record<string, { data?: ExpertsData }>;
  const result = routes["routes/experts"]?.data?.result;
  if (!result) throw new Error(`GET ${url}: no search result in the page data`);
  return { ids: result.hits.map((h) => h.id), total: result.total, ms: res.ms };
}
