import type {
  memberships,
  offersNeeds,
  organizationSectors,
  organizations,
  PersonKind,
  people,
  personLanguages,
  personSectors,
  personSkills,
  publicationAuthors,
  publications,
} from "../../db/schema";
import type { OrganizationSpec } from "./institutions";
import type { Gender, Origin } from "./names";
import type { Role } from "./roles";
import type { Writing } from "./templates";
import type { SkillPool } from "./vocabulary";

// The rows of the demo network and the generator's working shapes.

/** How many people of each kind the demo network holds. */
export const DEMO_SIZES = { researchers: 180, experts: 150, students: 175 } as const;

export const DAY = 86_400_000;
/** Creation dates start here, so re-seeding yields identical timestamps. */
export const EPOCH = Date.UTC(2025, 0, 6);

type WithId<T> = T & { id: string };
export type OfferNeedRow = Omit<typeof offersNeeds.$inferInsert, "id">;
export type MembershipRow = typeof memberships.$inferInsert;

export type DemoNetwork = {
  organizations: WithId<typeof organizations.$inferInsert>[];
  people: WithId<typeof people.$inferInsert>[];
  memberships: MembershipRow[];
  personSkills: Omit<typeof personSkills.$inferInsert, "id">[];
  personLanguages: (typeof personLanguages.$inferInsert)[];
  personSectors: (typeof personSectors.$inferInsert)[];
  organizationSectors: (typeof organizationSectors.$inferInsert)[];
  offersNeeds: OfferNeedRow[];
  publications: WithId<typeof publications.$inferInsert>[];
  publicationAuthors: (typeof publicationAuthors.$inferInsert)[];
};
export type DemoNetworkCounts = { [K in keyof DemoNetwork]: number } & {
  researchers: number;
  experts: number;
  students: number;
};

export type Kind = PersonKind;
export type { Writing };

/** An organization spec resolved: id, known sectors, skill pool, parent and partner labs. */
export type Org = {
  spec: OrganizationSpec;
  id: string;
  sectors: string[];
  pool: SkillPool;
  parent: Org | null;
  partners: Org[];
};

/** A person before their rows are written. */
export type Draft = {
  id: string;
  kind: Kind;
  org: Org;
  gender: Gender;
  origin: Origin;
  first: string;
  writing: Writing;
  role: Role;
  phd: boolean;
  skills: { skillId: string; level: number }[];
  sectors: string[];
};
