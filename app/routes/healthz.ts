import { checkHealth } from "~/.server/health.server";

/** 200 when PostgreSQL and Meilisearch both answer; 503 naming the part that does not. */
export async function loader() {
  const health = await checkHealth();
  const ok = health.db === "ok" && health.search === "ok";
  return Response.json(health, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
