import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeExpert } from "../tests/factories";
import { rowCounts } from "../tests/http/row-counts";
import { createTestContext, type TestContext } from "../tests/setup/test-context";
import { restoreBackup, writeBackup } from "./backup";
import { backupDue, listBackups, runScheduledBackup } from "./backup-schedule";

let ctx: TestContext;
let dir: string;
beforeAll(async () => {
  ctx = await createTestContext();
  dir = mkdtempSync(path.join(os.tmpdir(), "passerelle-backup-"));
});
afterAll(async () => {
  await ctx.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  test("a restore brings back every row the backup saw, and nothing written after it", async () => {
    await makeExpert(ctx.db, {
      fullName: "Ilyas Sauvegarde",
      bio: "tab\tnewline\nbackslash\\ quote' é ع",
    });
    const before = await rowCounts(ctx.db);
    const file = path.join(dir, "one.backup.gz");
    const header = await writeBackup(ctx.databaseUrl, file);
    expect(header.tables.find((t) => t.name === "people")?.rows).toBe(before.people);

    await makeExpert(ctx.db, { fullName: "Écrit Après" });
    expect((await rowCounts(ctx.db)).people).toBe(before.people! + 1);

    await restoreBackup(ctx.databaseUrl, file);
    expect(await rowCounts(ctx.db)).toEqual(before);
    const [person] = await ctx.db.sql<{ bio: string }[]>`
      select bio from people where full_name = 'Ilyas Sauvegarde'`;
    expect(person!.bio).toBe("tab\tnewline\nbackslash\\ quote' é ع");
    // Sequences continue after the restored rows.
    await makeExpert(ctx.db, { fullName: "Encore Une" });
  });

  test("a file that is not a backup is refused before anything is dropped", async () => {
    const file = path.join(dir, "junk.gz");
    const { writeFileSync } = await import("node:fs");
    const { gzipSync } = await import("node:zlib");
    writeFileSync(file, gzipSync("hello"));
    const before = await rowCounts(ctx.db);
    await expect(restoreBackup(ctx.databaseUrl, file)).rejects.toThrow(/not a Passerelle backup/);
    expect(await rowCounts(ctx.db)).toEqual(before);
  });
});

describe("the nightly schedule", () => {
  test("one backup a night, a missed night caught up, a fresh install waits for the night", () => {
    const night = new Date("2026-12-05T00:00:00");
    night.setHours(2, 30);
    const morning = new Date(night);
    morning.setHours(10);
    const yesterday = new Date(night.getTime() - 24 * 3_600_000);
    expect(backupDue(night, yesterday)).toBe(true);
    expect(backupDue(morning, night)).toBe(false);
    expect(backupDue(morning, null)).toBe(false);
    expect(backupDue(night, null)).toBe(true);
    expect(backupDue(morning, new Date(morning.getTime() - 40 * 3_600_000))).toBe(true);
  });

  test("backups older than the kept days are removed", async () => {
    const backups = path.join(dir, "schedule");
    const now = new Date("2026-12-20T00:00:00");
    now.setHours(2, 10);
    const { mkdirSync, writeFileSync } = await import("node:fs");
    mkdirSync(path.join(backups, "backups"), { recursive: true });
    for (const days of [1, 13, 15, 30]) {
      const old = new Date(now.getTime() - days * 86_400_000);
      const name = `passerelle-${old
        .toISOString()
        .replace(/:/g, "-")
        .replace(/\.\d+Z$/, "Z")}.backup.gz`;
      writeFileSync(path.join(backups, "backups", name), "");
    }
    const written = await runScheduledBackup({
      dataDir: backups,
      databaseUrl: ctx.databaseUrl,
      keepDays: 14,
      now,
    });
    expect(written).toContain("passerelle-"); // tonight's, the newest being yesterday's
    const kept = (await listBackups(path.join(backups, "backups"))).map((b) =>
      Math.round((now.getTime() - b.at.getTime()) / 86_400_000),
    );
    expect(kept).toEqual([13, 1, 0]);
    // Checked again within the hour: nothing more to do.
    const again = await runScheduledBackup({
      dataDir: backups,
      databaseUrl: ctx.databaseUrl,
      keepDays: 14,
      now: new Date(now.getTime() + 3_600_000),
    });
    expect(again).toBeNull();
  });
});
