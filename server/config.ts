import path from "node:path";
import { z } from "zod";
import { REQUEST_RATE_DEFAULTS } from "../app/.server/auth/rate-limit.server";

const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"], {
    errorMap: () => ({ message: "must be true or false" }),
  })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const count = (fallback: number) =>
  z.coerce
    .number({ invalid_type_error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .default(fallback);

const ConfigSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce
    .number({ invalid_type_error: "must be a port number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(3000),
  HOST: z.string().min(1, "must not be empty").default("127.0.0.1"),
  DATA_DIR: z.string().min(1, "must not be empty").default(".data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  MEILI_URL: z.string().url("must be an http(s) URL").optional(),
  MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  /** Prefix of every index name, so several test runs or tenants can share one Meilisearch. */
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]*$/, "may contain only letters, digits, - and _")
    .default(""),
  SEED_DEMO: booleanString.default("true"),
  /** Outgoing mail; without it e-mails are written under $DATA_DIR/mail. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3, "must be an address")
    .default("Passerelle <no-reply@passerelle.example>"),
  /** The address users reach the app at: links in e-mails, and an accepted Origin behind a proxy. */
  PUBLIC_URL: z.string().url("must be an http(s) URL").optional(),
  /**
   * Behind a reverse proxy: how many proxies to trust (a number) or which (e.g. "loopback"), so
   * login rate limits count the real client address from X-Forwarded-For, not the proxy's.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(\d+|[\w.:/, -]+)$/, "must be a hop count or addresses (loopback, 10.0.0.0/8…)")
    .optional(),
  /** Requests per minute on the API and the expensive pages; 0 turns a limit off. */
  RATE_LIMIT_API_PER_MINUTE: count(REQUEST_RATE_DEFAULTS.RATE_LIMIT_API_PER_MINUTE),
  RATE_LIMIT_TOKEN_PER_MINUTE: count(REQUEST_RATE_DEFAULTS.RATE_LIMIT_TOKEN_PER_MINUTE),
  RATE_LIMIT_PAGES_PER_MINUTE: count(REQUEST_RATE_DEFAULTS.RATE_LIMIT_PAGES_PER_MINUTE),
  /** A query running longer is cancelled (the page answers 503); 0 turns it off. */
  DB_STATEMENT_TIMEOUT_MS: count(15_000),
  /**
   * Notice e-mails wait until a burst has been quiet this long, then go as one (the e2e tests
   * shorten it; docs/decisions/047-notification-emails.md).
   */
  NOTICE_EMAIL_QUIET_SECONDS: count(120),
  /** Both sides of a planned event meeting are reminded this many minutes before it starts. */
  EVENT_REMINDER_MINUTES: count(30),
  /** Nightly backups under $DATA_DIR/backups are kept this many days. */
  BACKUP_KEEP_DAYS: count(14),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string };

export class ConfigError extends Error {}

/** Parses the environment once; the message names the first bad variable in one line. */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in ConfigSchema.shape && value !== ""),
  );
  const result = ConfigSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new ConfigError(
      `Invalid configuration: ${name} ${issue.message} (got ${JSON.stringify(env[name])})`,
    );
  }
  return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
}
