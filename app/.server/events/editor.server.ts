import { and, eq, inArray, like, ne } from "drizzle-orm";
import type { EventFields } from "~/utils/event-validation";
import { slugify } from "~/utils/slug";
import type { Executor } from "../../../db/client";
import { eventSectors, events, organizations, sectors } from "../../../db/schema";
import { type Actor, isStaff } from "../actor";
import { DomainError } from "../domain-error";
import { requireEventOrganiser } from "./access.server";

/** Slugs that name pages of their own under /events. */
const RESERVED_SLUGS = new Set(["new", "feed"]);

export type CommandOptions = { now?: Date };

function requireCoordinator(actor: Actor) {
  if (!isStaff(actor)) throw new DomainError("forbidden", "events.error.forbidden");
}

/** Checks what the schema cannot: the host and the sectors exist. */
async function checkEvent(db: Executor, input: EventFields) {
  if (input.hostOrganizationId) {
    const [org] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, input.hostOrganizationId));
    if (!org)
      throw new DomainError("invalid_input", "form.invalidChoice", { field: "hostOrganizationId" });
  }
  const sectorIds = [...new Set(input.sectors)];
  if (sectorIds.length > 0) {
    const known = await db
      .select({ id: sectors.id })
      .from(sectors)
      .where(inArray(sectors.id, sectorIds));
    if (known.length !== sectorIds.length)
      throw new DomainError("invalid_input", "form.invalidChoice", { field: "sectors" });
  }
  const { sectors: _, ...columns } = input;
  const row = {
    ...columns,
    startsOn: input.startsOn.toISOString().slice(0, 10),
    endsOn: input.endsOn.toISOString().slice(0, 10),
    hostOrganizationId: input.hostOrganizationId ?? null,
    capacity: input.capacity ?? null,
  };
  return { row, sectorIds };
}

/** The French title's slug, made unique with a number; "new" and "feed" are pages. */
async function freeSlug(db: Executor, title: string, exceptId?: string) {
  const stem = slugify(title, "evenement");
  const taken = new Set(
    (
      await db
        .select({ slug: events.slug })
        .from(events)
        .where(and(like(events.slug, `${stem}%`), exceptId ? ne(events.id, exceptId) : undefined))
    ).map((r) => r.slug),
  );
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? stem : `${stem}-${n}`;
    if (!taken.has(slug) && !RESERVED_SLUGS.has(slug)) return slug;
  }
}

async function writeSectors(tx: Executor, eventId: string, sectorIds: string[]) {
  await tx.delete(eventSectors).where(eq(eventSectors.eventId, eventId));
  if (sectorIds.length > 0)
    await tx.insert(eventSectors).values(sectorIds.map((sectorId) => ({ eventId, sectorId })));
}

/** A coordinator creates an event, unpublished: only those who run it see it until published. */
export async function createEvent(
  db: Executor,
  actor: Actor,
  input: EventFields,
): Promise<{ slug: string }> {
  requireCoordinator(actor);
  const { row, sectorIds } = await checkEvent(db, input);
  return db.transaction(async (tx) => {
    const slug = await freeSlug(tx, row.titleFr);
    const [created] = await tx
      .insert(events)
      .values({ ...row, slug, createdBy: actor.userId })
      .returning({ id: events.id, slug: events.slug });
    await writeSectors(tx, created!.id, sectorIds);
    return { slug: created!.slug };
  });
}

/**
 * Those who run the event edit it. The slug stays while the event is unpublished and its title
 * changes (links to a draft are not shared yet); once published, links must keep working.
 */
export async function updateEvent(
  db: Executor,
  actor: Actor,
  slug: string,
  input: EventFields,
  options: CommandOptions = {},
): Promise<{ slug: string }> {
  const { event } = await requireEventOrganiser(db, actor, slug);
  const { row, sectorIds } = await checkEvent(db, input);
  return db.transaction(async (tx) => {
    const newSlug =
      !event.publishedAt && row.titleFr !== event.titleFr
        ? await freeSlug(tx, row.titleFr, event.id)
        : event.slug;
    await tx
      .update(events)
      .set({ ...row, slug: newSlug, updatedAt: options.now ?? new Date() })
      .where(eq(events.id, event.id));
    await writeSectors(tx, event.id, sectorIds);
    return { slug: newSlug };
  });
}

/** Publishing lists the event for everyone; unpublishing hides it again. */
export async function setEventPublished(
  db: Executor,
  actor: Actor,
  slug: string,
  published: boolean,
  options: CommandOptions = {},
) {
  const { event } = await requireEventOrganiser(db, actor, slug);
  const now = options.now ?? new Date();
  await db
    .update(events)
    .set({ publishedAt: published ? (event.publishedAt ?? now) : null, updatedAt: now })
    .where(eq(events.id, event.id));
}
