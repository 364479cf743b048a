import fs from "node:fs/promises";
import path from "node:path";
import { writeBackup } from "./backup";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The night window: the first check after 02:00 (local time) takes the day's backup. */
const NIGHT_HOUR = 2;

export const backupsDir = (dataDir: string) => path.join(dataDir, "backups");

/** passerelle-2026-12-05T02-00-13Z.backup.gz: sorts by time, safe in any file system. */
export function backupFileName(at: Date) {
  return `passerelle-${at
    .toISOString()
    .replace(/:/g, "-")
    .replace(/\.\d+Z$/, "Z")}.backup.gz`;
}

/**
 * Due when no backup was taken since last night's 02:00; a fresh install waits for its first
 * night (no backup during tests or a benchmark's start), a server that was off at night catches
 * up once its newest backup is more than 36 hours old.
 */
export function backupDue(now: Date, newest: Date | null) {
  const night = new Date(now);
  night.setHours(NIGHT_HOUR, 0, 0, 0);
  if (now < night) night.setTime(night.getTime() - DAY_MS);
  if (newest === null) return now.getHours() >= NIGHT_HOUR && now.getHours() < NIGHT_HOUR + 2;
  return newest < night || now.getTime() - newest.getTime() > 36 * HOUR_MS;
}

/**
 * The nightly backup, as one small function for the periodic job (server/boot.ts): writes
 * $DATA_DIR/backups/passerelle-<time>.backup.gz when due, and removes backups older than
 * keepDays. Returns the file written, if any.
 */
export async function runScheduledBackup(options: {
  dataDir: string;
  databaseUrl: string;
  keepDays: number;
  now?: Date;
}): Promise<string | null> {
  const now = options.now ?? new Date();
  const dir = backupsDir(options.dataDir);
  await fs.mkdir(dir, { recursive: true });
  const existing = await listBackups(dir);
  let written: string | null = null;
  if (backupDue(now, existing.at(-1)?.at ?? null)) {
    written = path.join(dir, backupFileName(now));
    await writeBackup(options.databaseUrl, written);
  }
  const cutoff = now.getTime() - options.keepDays * DAY_MS;
  for (const backup of existing) {
    if (backup.at.getTime() < cutoff) await fs.rm(path.join(dir, backup.file), { force: true });
  }
  return written;
}

export async function listBackups(dir: string) {
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  return files
    .map((file) => {
      const stamp = file.match(/^passerelle-(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)Z\.backup\.gz$/);
      return stamp ? { file, at: new Date(`${stamp[1]}:${stamp[2]}:${stamp[3]}Z`) } : null;
    })
    .filter((b) => b !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
