import { inArray } from "drizzle-orm";
import { hashPassword } from "../../app/.server/auth/passwords.server";
import type { Executor } from "../../db/client";
import { type GrantedRole, people, userRoles, users } from "../../db/schema";
import { enqueueIndexing } from "../../search/outbox";
import { type DemoNetwork, stableUuid } from "./demo-network";

/** Documented in the README ("Demo accounts"); demo data only, never a real deployment. */
export const DEMO_PASSWORD = "passerelle-demo-2026";

type StaffAccount = {
  email: string;
  roles: GrantedRole[];
  profile: { fullName: string; country: string; city: string };
};
type MemberAccount = {
  email: string;
  links: "student" | "expert" | "researcher";
  /** Slug of the organization whose primary member the account owns (answers for it). */
  memberOf?: string;
};

const STAFF: StaffAccount[] = [
  {
    email: "admin@passerelle.example",
    roles: ["admin"],
    profile: { fullName: "Administration Passerelle", country: "BE", city: "Bruxelles" },
  },
  {
    email: "coordination.rabat@passerelle.example",
    roles: ["coordinator"],
    profile: { fullName: "Coordination Rabat", country: "MA", city: "Rabat" },
  },
  {
    email: "coordination.bruxelles@passerelle.example",
    roles: ["coordinator"],
    profile: { fullName: "Coordination Bruxelles", country: "BE", city: "Bruxelles" },
  },
];

/** Accounts attached to existing demo profiles, so demos and e2e tests can sign in as them. */
const MEMBERS: MemberAccount[] = [
  { email: "etudiant@passerelle.example", links: "student" },
  { email: "expert@passerelle.example", links: "expert" },
  { email: "chercheur@passerelle.example", links: "researcher" },
  // A primary member of a Belgian lab (KU Leuven's DTAI), so a lab–lab pairing can be accepted
  // on the Belgian side by one of its own members.
  { email: "chercheur.leuven@passerelle.example", links: "researcher", memberOf: "dtai" },
];

export const DEMO_ACCOUNT_EMAILS = [...STAFF, ...MEMBERS].map((a) => a.email);

/**
 * Which demo person each member account owns: the first verified, public one of its kind (among
 * the primary members of `memberOf` when set), never one already taken by another account.
 */
export function pickLinkedPeople(network: DemoNetwork) {
  const taken = new Set<string>();
  return MEMBERS.map((account) => {
    const org = account.memberOf
      ? network.organizations.find((o) => o.slug === account.memberOf)
      : undefined;
    if (account.memberOf && !org) throw new Error(`the demo network has no ${account.memberOf}`);
    const primaryMembers = org
      ? new Set(
          network.memberships
            .filter((m) => m.organizationId === org.id && m.isPrimary)
            .map((m) => m.personId),
        )
      : null;
    const person = network.people.find(
      (p) =>
        !taken.has(p.id) &&
        (!primaryMembers || primaryMembers.has(p.id)) &&
        p.kind === account.links &&
        p.verification === "verified" &&
        (account.links === "student" || p.visibility === "public"),
    );
    if (!person) throw new Error(`the demo network has no ${account.links} to link`);
    taken.add(person.id);
    return { email: account.email, personId: person.id };
  });
}

/** Hashes are computed before the seeding transaction (argon2 takes tens of milliseconds). */
export async function hashDemoPasswords() {
  return Promise.all(DEMO_ACCOUNT_EMAILS.map(() => hashPassword(DEMO_PASSWORD)));
}

/**
 * Inserts the demo accounts inside the seeding transaction: staff get a hidden profile of their
 * own, members take over an existing demo profile. Ids are stable, like the rest of the seed.
 */
export async function insertDemoAccounts(tx: Executor, network: DemoNetwork, hashes: string[]) {
  const userId = (email: string) => stableUuid(`user:${email}`);
  await tx.insert(users).values(
    DEMO_ACCOUNT_EMAILS.map((email, i) => ({
      id: userId(email),
      email,
      passwordHash: hashes[i]!,
    })),
  );
  await tx
    .insert(userRoles)
    .values(STAFF.flatMap((a) => a.roles.map((role) => ({ userId: userId(a.email), role }))));
  const staffPeople = STAFF.map((a) => ({
    id: stableUuid(`staff:${a.email}`),
    slug: `staff-${a.email.split("@")[0]!.replace(/\./g, "-")}`,
    userId: userId(a.email),
    kind: "expert" as const,
    ...a.profile,
    headline: "Coordination du réseau Passerelle",
    visibility: "hidden" as const,
    verification: "verified" as const,
  }));
  await tx.insert(people).values(staffPeople);
  const linked = pickLinkedPeople(network);
  for (const { email, personId } of linked) {
    await tx
      .update(people)
      .set({ userId: userId(email) })
      .where(inArray(people.id, [personId]));
  }
  await enqueueIndexing(
    tx,
    "person",
    staffPeople.map((p) => p.id),
  );
}
