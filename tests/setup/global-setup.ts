import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase } from "../../db/client";
import { startEmbeddedPostgres } from "../../db/embedded-postgres";
import { migrateDatabase } from "../../db/migrate";
import { syncTaxonomy } from "../../db/taxonomy";
import { startMeilisearch } from "../../search/meili-process";
import { freePort } from "../../server/free-port";
import { ensureProductionBuild } from "../http/production-build";

export const TEMPLATE_DATABASE = "passerelle_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    templateDatabase: string;
    meiliUrl: string;
    meiliKey: string;
  }
}

/**
 * One throwaway PostgreSQL and one Meilisearch for the whole run, never the dev data. Each test
 * file then clones a migrated template database and uses its own index prefix.
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(os.tmpdir(), "passerelle-test-"));
  chmodSync(root, 0o755);
  const [pgPort, meiliPort] = [await freePort(), await freePort()];
  // The HTTP tests serve the production build: made here, once, while the engines start, so no
  // test file waits for it inside its own time limit (skipped when the build is up to date).
  const build = ensureProductionBuild();
  const started = await Promise.allSettled([
    startEmbeddedPostgres({
      dataDir: path.join(root, "postgres"),
      port: pgPort,
      database: TEMPLATE_DATABASE,
      ephemeral: true,
    }),
    startMeilisearch({ dataDir: path.join(root, "meili"), port: meiliPort }),
  ] as const);
  const [pgStart, meiliStart] = started;
  if (pgStart.status === "rejected" || meiliStart.status === "rejected") {
    await Promise.allSettled(
      started.map((s) => (s.status === "fulfilled" ? s.value.stop() : undefined)),
    );
    rmSync(root, { recursive: true, force: true });
    throw pgStart.status === "rejected"
      ? pgStart.reason
      : (meiliStart as PromiseRejectedResult).reason;
  }
  const [pg, meili] = [pgStart.value, meiliStart.value];

  const stop = async () => {
    await Promise.allSettled([pg.stop(), meili.stop()]);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const template = createDatabase(pg.url, { max: 1 });
    await migrateDatabase(template);
    await syncTaxonomy(template);
    await template.sql.end();
    await build;
  } catch (error) {
    await stop(); // a failed setup gets no teardown: never leave the engines running behind it
    throw error;
  }
  project.provide("postgresAdminUrl", pg.url.replace(/\/[^/]+$/, "/postgres"));
  project.provide("templateDatabase", TEMPLATE_DATABASE);
  project.provide("meiliUrl", meili.url);
  project.provide("meiliKey", meili.masterKey);

  return stop;
}
