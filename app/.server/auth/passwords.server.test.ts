import { parseOptions } from "@node-rs/argon2";
import { describe, expect, test } from "vitest";
import {
  ARGON2_OPTIONS,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
} from "./passwords.server";

describe("password hashing", () => {
  test("argon2id with OWASP's parameters: 19 MiB, 2 iterations, parallelism 1", async () => {
    const hash = await hashPassword("une phrase de passe assez longue");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const options = parseOptions(hash);
    expect(options).toMatchObject({
      algorithm: 2,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
      outputLen: 32,
    });
    expect(options.saltLen).toBeGreaterThanOrEqual(16);
    expect(ARGON2_OPTIONS).toMatchObject({
      algorithm: 2,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
  });

  test("verifies the right password only; salts differ", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(a, "correct horse battery stapler")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
    expect(await verifyAgainstDummy("anything")).toBe(false);
  });
});
