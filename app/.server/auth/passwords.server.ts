import { type Algorithm, hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's first recommended configuration (Password Storage Cheat Sheet):
 * 19 MiB of memory, 2 iterations, 1 degree of parallelism. About 20–40 ms per hash here.
 */
export const ARGON2_OPTIONS = {
  // Algorithm is a const enum, which isolatedModules cannot read at run time: 2 is Argon2id.
  algorithm: 2 as Algorithm,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/**
 * Stored instead of a hash for an account nobody has claimed yet (profiles the network created,
 * e.g. the demo mentors): no password verifies against it, and a password-reset link sent to the
 * address sets a real one, which proves the mailbox is theirs.
 */
export const UNCLAIMED_PASSWORD_HASH = "!unclaimed";

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  // Same time as a real check, so the answer does not tell an unclaimed account apart.
  if (passwordHash === UNCLAIMED_PASSWORD_HASH) return verifyAgainstDummy(password);
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the time a real verification would when the account does not exist, so the response time
 * does not reveal which e-mail addresses have an account.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("passerelle-dummy-password");
  await verifyPassword(await dummyHash, password);
  return false;
}
