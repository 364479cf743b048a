import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres, stopOrphanedServer } from "../db/embedded-postgres";
import { startMeilisearch } from "../search/meili-process";
import type { Config } from "./config";
import { type Supervised, superviseEngine } from "./engine-supervisor";
import { freePort } from "./free-port";

export type Services = {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string | undefined;
  /** Stops what this process started; services it merely attached to keep running. */
  stop: () => Promise<void>;
  /** Shutdown has begun: an engine that exits now is not restarted. */
  holdRestarts: () => void;
};

type Manifest = { ownerPid: number; databaseUrl?: string; meiliUrl?: string };

const DATABASE = "passerelle";

/**
 * Provides PostgreSQL and Meilisearch: the configured ones, or embedded ones under DATA_DIR.
 * A command-line tool run beside a running app attaches to that app's embedded services instead
 * of starting a second server on the same data.
 */
export async function provideServices(
  config: Config,
  options: { attach?: boolean; log?: (line: string) => void } = {},
): Promise<Services> {
  const manifestFile = path.join(config.dataDir, "services.json");
  const running = readManifest(manifestFile);
  const ownerAlive =
    running !== null && running.ownerPid !== process.pid && isAlive(running.ownerPid);
  if (ownerAlive && !options.attach) {
    throw new Error(
      `DATA_DIR ${config.dataDir} is in use by process ${running.ownerPid}; choose another DATA_DIR`,
    );
  }
  const attachTo = ownerAlive ? running : null;
  const supervised: Supervised[] = [];

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl && attachTo?.databaseUrl) databaseUrl = attachTo.databaseUrl;
  if (!databaseUrl) {
    const pgDir = path.join(config.dataDir, "postgres");
    await stopOrphanedServer(pgDir);
    const pgOptions = {
      dataDir: pgDir,
      port: await freePort(),
      database: DATABASE,
      log: options.log,
    };
    // Restarts reuse the port, so the URL every connection pool holds stays right.
    supervised.push(
      await superviseEngine("db", async () => {
        const pg = await startEmbeddedPostgres(pgOptions);
        databaseUrl = pg.url;
        return pg;
      }),
    );
  }

  let meiliUrl = config.MEILI_URL;
  let meiliKey = config.MEILI_MASTER_KEY;
  if (!meiliUrl && attachTo?.meiliUrl) {
    meiliUrl = attachTo.meiliUrl;
    meiliKey = readFileSync(path.join(config.dataDir, "meili", "master-key"), "utf8").trim();
  }
  if (!meiliUrl) {
    const meiliOptions = {
      dataDir: path.join(config.dataDir, "meili"),
      port: await freePort(),
      log: options.log,
    };
    supervised.push(
      await superviseEngine("search", async () => {
        const meili = await startMeilisearch(meiliOptions);
        meiliUrl = meili.url;
        meiliKey = meili.masterKey;
        return meili;
      }),
    );
  }

  const owns = supervised.length > 0;
  if (owns) {
    const manifest: Manifest = {
      ownerPid: process.pid,
      databaseUrl: config.DATABASE_URL ? undefined : databaseUrl,
      meiliUrl: config.MEILI_URL ? undefined : meiliUrl,
    };
    await fs.mkdir(config.dataDir, { recursive: true });
    await fs.writeFile(manifestFile, JSON.stringify(manifest));
  }

  let stopping: Promise<void> | null = null;
  return {
    databaseUrl: databaseUrl as string,
    meiliUrl: meiliUrl as string,
    meiliKey,
    holdRestarts: () => {
      for (const engine of supervised) engine.hold();
    },
    stop: () => {
      stopping ??= (async () => {
        await Promise.allSettled(supervised.map((engine) => engine.stop()));
        if (owns) await fs.rm(manifestFile, { force: true });
      })();
      return stopping;
    },
  };
}

function readManifest(file: string): Manifest | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Manifest;
  } catch {
    return null;
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
