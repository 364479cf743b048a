import { UNCLAIMED_PASSWORD_HASH } from "../../app/.server/auth/passwords.server";
import type { Executor } from "../../db/client";
import { users } from "../../db/schema";
import { pickLinkedPeople } from "./demo-accounts";
import { type DemoNetwork, stableUuid } from "./demo-network";

/**
 * Demo experts and researchers who mentor get an unclaimed account at their profile's address,
 * so students can ask them (a request needs someone who can answer) and the notifications and
 * e-mails have a recipient. Returns the people's rows with their account set.
 */
export async function insertUnclaimedMentorAccounts(tx: Executor, network: DemoNetwork) {
  const linked = new Set(pickLinkedPeople(network).map((l) => l.personId));
  const accountOf = new Map<string, string>();
  const rows = network.people.flatMap((p) => {
    if (p.kind === "student" || p.mentoringStatus !== "open" || linked.has(p.id) || !p.email) {
      return [];
    }
    const id = stableUuid(`user:person:${p.id}`);
    accountOf.set(p.id, id);
    return [{ id, email: p.email, passwordHash: UNCLAIMED_PASSWORD_HASH }];
  });
  for (let i = 0; i < rows.length; i += 1000)
    await tx.insert(users).values(rows.slice(i, i + 1000));
  return network.people.map((p) => ({ ...p, userId: accountOf.get(p.id) ?? p.userId }));
}
