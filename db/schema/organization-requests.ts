import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { ORGANIZATION_REQUEST_STATUSES } from "../../app/vocabulary/organizations";
import { organizationKind } from "./enums";
import { organizations } from "./organizations";
import { people } from "./people";
import { users } from "./users";

/**
 * A person's request to add an organization or lab that is not in the directory yet. Coordinators
 * approve it (the organization is created and the person becomes a member) or reject it.
 */
export const organizationRequests = pgTable(
  "organization_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: organizationKind().notNull(),
    country: text().notNull(),
    city: text().notNull(),
    website: text(),
    /** The person's role there, applied to the membership when the request is approved. */
    role: text().notNull().default(""),
    status: text({ enum: ORGANIZATION_REQUEST_STATUSES }).notNull().default("pending"),
    organizationId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.status, t.createdAt), index().on(t.personId)],
);

export type OrganizationRequest = typeof organizationRequests.$inferSelect;
