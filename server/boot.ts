import { dropFallbackObjects } from "../app/.server/directory-search-fallback.server";
import { createMailTransport } from "../app/.server/email/transport.server";
import { appJobs } from "../app/.server/jobs/app-jobs.server";
import { startJobRunner } from "../app/.server/jobs/runner.server";
import { getCorpusStats } from "../app/.server/matching";
import { closeDb, createDatabase, type Database, getDb } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { syncTaxonomy } from "../db/taxonomy";
import { databaseIsEmpty, seedDemoNetwork } from "../scripts/seed/seed";
import { getSearchEngine, type SearchEngine } from "../search/client";
import { listenForIndexChanges } from "../search/index-changes";
import { drainOutboxOnce, pendingOutboxCount } from "../search/outbox-worker";
import { reconcileIndexSettings } from "../search/settings";
import type { Config } from "./config";
import { startHealthMonitor } from "./health-monitor";
import { provideServices, type Services } from "./services";

export type Runtime = {
  config: Config;
  services: Services;
  db: Database;
  search: SearchEngine;
  shutdown: () => Promise<void>;
};

type BootOptions = {
  /** Run the background jobs, outboxes included (the app), or not (one-shot scripts). */
  worker?: boolean;
  /** Attach to the services of an app already running on this DATA_DIR (scripts). */
  attach?: boolean;
  log?: (line: string) => void;
};

/**
 * Everything the app and the scripts need before they serve: services, schema, taxonomy, index
 * settings, and the demo network on an empty database.
 */
export async function boot(config: Config, options: BootOptions = {}): Promise<Runtime> {
  const log = options.log ?? ((line: string) => console.log(line));
  const services = await provideServices(config, { attach: options.attach });
  const workers: { stop: () => Promise<unknown> }[] = [];
  const shutdown = async () => {
    services.holdRestarts();
    await Promise.allSettled(workers.map((w) => w.stop()));
    await closeDb();
    await services.stop();
  };
  try {
    process.env.DATABASE_URL = services.databaseUrl;
    process.env.MEILI_URL = services.meiliUrl;
    if (services.meiliKey) process.env.MEILI_MASTER_KEY = services.meiliKey;
    process.env.MEILI_INDEX_PREFIX = config.MEILI_INDEX_PREFIX;
    // Read by app code: the dev mailbox (DATA_DIR/mail) and links in e-mails (PUBLIC_URL).
    process.env.DATA_DIR = config.dataDir;
    if (config.PUBLIC_URL) process.env.PUBLIC_URL = config.PUBLIC_URL;
    // Read by getDb(): the app's statements are capped, so a stuck query cannot hold a page.
    process.env.DB_STATEMENT_TIMEOUT_MS = String(config.DB_STATEMENT_TIMEOUT_MS);
    const db = getDb();
    const search = getSearchEngine();

    // Migrations may rightly run longer than a page's statement cap: their own connection.
    const migrator = createDatabase(services.databaseUrl, { max: 1 });
    try {
      // A script attached to a running app leaves the app's fallback view alone.
      if (!options.attach) await dropFallbackObjects((sql) => migrator.sql.unsafe(sql));
      await migrateDatabase(migrator);
    } finally {
      await migrator.sql.end();
    }
    await syncTaxonomy(db);
    await reconcileIndexSettings(search, db);

    if (config.SEED_DEMO && !options.attach && (await databaseIsEmpty(db))) {
      log("Empty database: seeding the demo network…");
      const counts = await seedDemoNetwork(db);
      log(`Seeded ${counts.people} people and ${counts.organizations} organizations.`);
      await drainWithProgress(db, search, log);
    }
    if (options.worker) {
      // Caches of search answers hear when another instance changed the index.
      workers.push(await listenForIndexChanges(db));
      // Not a job: engine probes on connections of their own, so they answer while the pool hangs.
      workers.push(
        startHealthMonitor({ databaseUrl: services.databaseUrl, meiliUrl: services.meiliUrl }),
      );
      const mail = createMailTransport({
        smtpUrl: config.SMTP_URL,
        mailFrom: config.MAIL_FROM,
        dataDir: config.dataDir,
      });
      if (mail.kind === "files")
        log(`E-mails are written to ${config.dataDir}/mail (no SMTP_URL).`);
      // Links in notice e-mails: the public address, else this server's own.
      const linkOrigin = config.PUBLIC_URL
        ? new URL(config.PUBLIC_URL).origin
        : `http://localhost:${config.PORT}`;
      const backup =
        config.BACKUP_KEEP_DAYS > 0
          ? {
              dataDir: config.dataDir,
              databaseUrl: services.databaseUrl,
              keepDays: config.BACKUP_KEEP_DAYS,
            }
          : undefined;
      const runner = startJobRunner(
        appJobs(db, {
          search,
          mail,
          linkOrigin,
          noticeQuietMs: config.NOTICE_EMAIL_QUIET_SECONDS * 1000,
          meetingReminderMinutes: config.EVENT_REMINDER_MINUTES,
          backup,
        }),
        {
          notifications: db.sql,
        },
      );
      // SIGTERM: the batches in flight finish (at most 10 s), then the mail transport closes.
      workers.push({ stop: () => runner.stop().finally(() => mail.close()) });
      // Word rarity over every profile and paper: built now, so no describe-your-need request
      // waits for it (it reads every publication; seconds on a large network).
      getCorpusStats(db).catch((error) => log(`corpus statistics: ${String(error)}`));
    }
    return { config, services, db, search, shutdown };
  } catch (error) {
    await shutdown();
    throw error;
  }
}

export async function drainWithProgress(
  db: Database,
  search: SearchEngine,
  log: (line: string) => void,
) {
  const total = await pendingOutboxCount(db);
  let done = 0;
  while (true) {
    const result = await drainOutboxOnce(db, search);
    if (result.failed > 0 && result.processed === 0)
      throw new Error(`Indexing failed: ${result.failures.join("; ")}`);
    done += result.processed;
    if (result.processed > 0) log(`Indexing: ${done}/${total}`);
    if (!result.more) return;
  }
}
