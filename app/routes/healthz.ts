import { checkHealth } from "~/.server/health.server";

/**
 * 200 {"status":"ok",…} when PostgreSQL and Meilisearch both answer; 503 "degraded" naming the
 * part that is down or restarting (the supervisor brings it back: README, "How the app heals").
 */
export async function loader() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
