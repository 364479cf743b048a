import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loader as devMailLoader } from "~/routes/dev.mail";
import { emailOutbox } from "../../../db/schema";
import { callRoute } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { emailOutboxJob } from "../jobs/app-jobs.server";
import { startJobRunner } from "../jobs/runner.server";
import { listDevMail } from "./dev-mailbox.server";
import { enqueueEmail } from "./outbox.server";
import { createMailTransport, type MailTransport } from "./transport.server";
import { drainEmailOnce } from "./worker.server";

let ctx: TestContext;
let dataDir: string;

beforeAll(async () => {
  ctx = await createTestContext();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "passerelle-mail-"));
});
afterAll(async () => {
  await ctx.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the e-mail outbox", () => {
  test("without SMTP_URL, messages are written as .eml and .txt under DATA_DIR/mail and marked sent", async () => {
    await ctx.db.transaction((tx) =>
      enqueueEmail(tx, {
        to: "amal@example.org",
        subject: "Bonjour مرحبا",
        text: "Lien : http://x/1",
      }),
    );
    const transport = createMailTransport({
      mailFrom: "Passerelle <no-reply@passerelle.example>",
      dataDir,
    });
    expect(transport.kind).toBe("files");
    expect(await drainEmailOnce(ctx.db, transport)).toMatchObject({ sent: 1, failed: 0 });
    const files = readdirSync(path.join(dataDir, "mail")).sort();
    expect(files.map((f) => path.extname(f))).toEqual([".eml", ".txt"]);
    const eml = readFileSync(path.join(dataDir, "mail", files[0]!), "utf8");
    expect(eml).toMatch(/^From: Passerelle <no-reply@passerelle\.example>$/m);
    expect(eml).toMatch(/^To: amal@example\.org$/m);
    const listed = await listDevMail(dataDir);
    expect(listed[0]?.content).toContain("Subject: Bonjour مرحبا");
    const [row] = await ctx.db.select().from(emailOutbox);
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(await drainEmailOnce(ctx.db, transport)).toMatchObject({ sent: 0 });
  });

  test("a failed send is retried later with backoff, never lost", async () => {
    await ctx.db.transaction((tx) =>
      enqueueEmail(tx, { to: "down@example.org", subject: "s", text: "t" }),
    );
    const failing: MailTransport = {
      kind: "smtp",
      send: async () => {
        throw new Error("connection refused");
      },
      close: () => {},
    };
    expect(await drainEmailOnce(ctx.db, failing)).toMatchObject({ sent: 0, failed: 1 });
    const rows = await ctx.db.select().from(emailOutbox);
    const row = rows.find((r) => r.to === "down@example.org")!;
    expect(row).toMatchObject({ attempts: 1, lastError: "connection refused", sentAt: null });
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now() + 3000);
  });

  test("a message the mail server refuses becomes a dead letter on its fifth try; an unreachable server never dead-letters one", async () => {
    await ctx.db.transaction(async (tx) => {
      await enqueueEmail(tx, { to: "nobody@invalid.example", subject: "refused", text: "t" });
      await enqueueEmail(tx, { to: "later@example.org", subject: "outage", text: "t" });
    });
    const smtpError = (message: string, extra: object) => Object.assign(new Error(message), extra);
    const transport: MailTransport = {
      kind: "smtp",
      send: async (m) => {
        if (m.subject === "refused")
          throw smtpError("550 5.1.1 mailbox unavailable", {
            code: "EENVELOPE",
            responseCode: 550,
          });
        throw smtpError("connect ECONNREFUSED 127.0.0.1:25", { code: "ESOCKET" });
      },
      close: () => {},
    };
    const rowOf = async (subject: string) =>
      (await ctx.db.select().from(emailOutbox)).find((r) => r.subject === subject)!;
    // Time is injected: each drain happens a day later, past any backoff.
    const failures: string[] = [];
    for (let day = 1; day <= 8; day++) {
      const result = await drainEmailOnce(ctx.db, transport, {
        now: new Date(Date.now() + day * 86_400_000),
      });
      failures.push(...result.failures);
    }
    expect(await rowOf("refused")).toMatchObject({ attempts: 5, sentAt: null });
    expect((await rowOf("refused")).deadAt).toBeInstanceOf(Date);
    expect(failures).toContain(
      `e-mail ${(await rowOf("refused")).id} refused 5 times: moved to the dead letters (/coordinator/deliveries): 550 5.1.1 mailbox unavailable`,
    );
    // No address in the log lines.
    expect(failures.filter((line) => line.includes("@"))).toEqual([]);
    expect(await rowOf("outage")).toMatchObject({ attempts: 8, deadAt: null });
    expect((await rowOf("outage")).lastError).toContain("ECONNREFUSED");
  });

  test("the worker sends a message queued after it started, woken by NOTIFY", async () => {
    const sent: string[] = [];
    const recording: MailTransport = {
      kind: "smtp",
      send: async (m) => void sent.push(m.to),
      close: () => {},
    };
    const worker = startJobRunner([emailOutboxJob(ctx.db, recording, { pollMs: 60_000 })], {
      notifications: ctx.db.sql,
    });
    try {
      await worker.ready;
      await ctx.db.transaction((tx) =>
        enqueueEmail(tx, { to: "late@example.org", subject: "s", text: "t" }),
      );
      const deadline = Date.now() + 5000;
      while (!sent.includes("late@example.org") && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(sent).toContain("late@example.org");
    } finally {
      await worker.stop();
    }
  });

  test("/dev/mail lists the messages in development and is a 404 in production", async () => {
    const previous = { env: process.env.NODE_ENV, dir: process.env.DATA_DIR };
    process.env.DATA_DIR = dataDir;
    try {
      const dev = await callRoute({ loader: devMailLoader }, { url: "/dev/mail" });
      expect((dev.body as { mails: unknown[] }).mails.length).toBeGreaterThan(0);
      process.env.NODE_ENV = "production";
      expect((await callRoute({ loader: devMailLoader }, { url: "/dev/mail" })).status).toBe(404);
    } finally {
      process.env.NODE_ENV = previous.env;
      if (previous.dir === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = previous.dir;
    }
  });
});
