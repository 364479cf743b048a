import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countUnread } from "~/.server/inbox/inbox.server";
import { renderNotification } from "~/.server/inbox/render-notification";
import { notifications } from "../../../db/schema";
import { callRoute, createAccount, type TestAccount } from "../../../tests/accounts";
import { createTestContext, type TestContext } from "../../../tests/setup/test-context";
import { loader as rootLoader } from "../../root";
import { action, loader } from "./route";

type Route = Parameters<typeof callRoute>[0];
const inbox = { loader, action } as unknown as Route;
const root = { loader: rootLoader } as unknown as Route;

let ctx: TestContext;
let alice: TestAccount;
let bob: TestAccount;
const ids: number[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  [alice, bob] = await Promise.all([createAccount(ctx.db), createAccount(ctx.db)]);
  const rows = await ctx.db
    .insert(notifications)
    .values([
      {
        userId: alice.userId,
        kind: "pairing.proposed",
        payload: { purpose: "joint_research", a: "Labo A", b: "Lab B" },
        link: "/pairings/00000000-0000-4000-8000-000000000001",
        createdAt: new Date("2026-01-01T10:00:00Z"),
      },
      {
        userId: alice.userId,
        kind: "something.nobody.registered",
        payload: { weird: "x" },
        link: null,
        createdAt: new Date("2026-01-02T10:00:00Z"),
      },
      {
        userId: alice.userId,
        kind: "pairing.status_changed",
        payload: { from: "proposed", to: "contacted", a: "Labo A", b: "Lab B" },
        link: "//evil.example/",
        createdAt: new Date("2026-01-03T10:00:00Z"),
      },
      { userId: bob.userId, kind: "pairing.proposed", payload: {}, link: "/pairings" },
    ])
    .returning({ id: notifications.id });
  ids.push(...rows.map((r) => r.id));
});
afterAll(() => ctx.cleanup());

const get = (who: TestAccount, url = "/inbox") => callRoute(inbox, { url, cookie: who.cookie });
const post = (who: TestAccount, form: Record<string, string>) =>
  callRoute(inbox, { method: "POST", url: "/inbox", cookie: who.cookie, form });

describe("the inbox", () => {
  it("lists only the owner's notifications, newest first, rendered in the reader's language", async () => {
    const page = await get(alice);
    expect(page.status).toBe(200);
    const body = page.body as {
      items: { id: number; text: string; unread: boolean }[];
      unread: number;
    };
    expect(body.items.map((i) => i.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(body.unread).toBe(3);
    expect(body.items[2]!.text).toBe(
      "Binôme « Recherche conjointe » proposé entre Labo A et Lab B.",
    );
    expect(body.items[0]!.text).toContain("Parties contactées");
    // An unknown kind gets a generic line, never an error.
    expect(body.items[1]!.text).toBe("Nouvelle notification sur Passerelle.");
  });

  it("renders any registered kind and every language, and survives odd payloads", () => {
    const en = renderNotification("en", {
      kind: "pairing.side_decided",
      payload: { party: "Lab B", decision: "accepted", a: "A", b: "B" },
    });
    expect(en).toBe("Lab B answered “Accepted” to the pairing A – B.");
    expect(renderNotification("ar", { kind: "nope", payload: null })).toBe(
      "إشعار جديد على باسرال.",
    );
    expect(() =>
      renderNotification("fr", { kind: "pairing.proposed", payload: ["not", "an", "object"] }),
    ).not.toThrow();
  });

  it("shows the unread count in the root loader for a signed-in user only", async () => {
    const signedIn = await callRoute(root, { url: "/", cookie: alice.cookie });
    expect(signedIn.body).toMatchObject({ unreadCount: 3 });
    const anonymous = await callRoute(root, { url: "/" });
    expect(anonymous.body).toMatchObject({ unreadCount: 0 });
  });

  it("counts, on the page a notice leads to, that notice read: the header does not lag a view", async () => {
    const link = "/mentorship/00000000-0000-4000-8000-0000000000aa";
    await ctx.db.insert(notifications).values([
      { userId: bob.userId, kind: "mentorship.message", payload: {}, link },
      { userId: bob.userId, kind: "mentorship.message", payload: {}, link: `${link}/other` },
      { userId: alice.userId, kind: "mentorship.message", payload: {}, link },
    ]);
    const bobBefore = await countUnread(ctx.db, bob.userId);
    const aliceBefore = await countUnread(ctx.db, alice.userId);
    // The page the notice leads to, as Remix asks its root loader (a trailing slash is the same page).
    const landed = await callRoute(root, { url: `${link}/?tab=messages`, cookie: bob.cookie });
    expect(landed.body).toMatchObject({ unreadCount: bobBefore - 1 });
    expect(await countUnread(ctx.db, bob.userId)).toBe(bobBefore - 1);
    // Someone else's notice with the same link stays unread.
    expect(await countUnread(ctx.db, alice.userId)).toBe(aliceBefore);
    await ctx.db.delete(notifications).where(eq(notifications.link, link));
  });

  it("marks one read on open and follows its link; another user's id is not found", async () => {
    const stolen = await post(bob, { intent: "open", id: String(ids[0]) });
    expect(stolen.status).toBe(404);
    expect(await countUnread(ctx.db, alice.userId)).toBe(3);

    const opened = await post(alice, { intent: "open", id: String(ids[0]) });
    expect(opened).toMatchObject({
      status: 302,
      location: "/pairings/00000000-0000-4000-8000-000000000001",
    });
    expect(await countUnread(ctx.db, alice.userId)).toBe(2);
    // A link that is not a same-site path is never followed.
    const offsite = await post(alice, { intent: "open", id: String(ids[2]) });
    expect(offsite.location).toBe("/inbox");
  });

  it("marks all read for the owner only, and refuses a malformed form", async () => {
    expect((await post(alice, { intent: "bogus" })).status).toBe(400);
    expect((await post(alice, { intent: "open", id: "abc" })).status).toBe(400);
    // An id no row could have never reaches PostgreSQL (a bigint out of range was a 500).
    const huge = await post(alice, { intent: "open", id: "99999999999999999999" });
    expect(huge).toMatchObject({
      status: 400,
      body: { result: { error: { id: [{ key: "form.tooLarge" }] } } },
    });
    const done = await post(bob, { intent: "read-all" });
    expect(done).toMatchObject({ status: 302, location: "/inbox" });
    expect(await countUnread(ctx.db, bob.userId)).toBe(0);
    expect(await countUnread(ctx.db, alice.userId)).toBe(1);
    await post(alice, { intent: "read-all" });
    expect(await countUnread(ctx.db, alice.userId)).toBe(0);
    const [row] = await ctx.db.select().from(notifications).where(eq(notifications.id, ids[1]!));
    expect(row!.readAt).not.toBeNull();
  });

  it("paginates and sends the anonymous visitor to log in", async () => {
    const beyond = await get(alice, "/inbox?page=7");
    expect(beyond.body).toMatchObject({ items: [], page: 7, pages: 1 });
    const anonymous = await callRoute(inbox, { url: "/inbox" });
    expect(anonymous.location).toMatch(/^\/login/);
  });
});
