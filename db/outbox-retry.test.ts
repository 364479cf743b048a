import { expect, test } from "vitest";
import { nextRetry, type RetryPolicy } from "./outbox-retry";

const policy: RetryPolicy = { baseMs: 250, maxBackoffMs: 10_000, maxAttempts: 5 };

test("the delay doubles after each failure, up to the cap", () => {
  const delays = [0, 1, 2, 3, 4, 5, 6, 10].map((attempts) => nextRetry(attempts, false, policy));
  expect(delays.map((d) => (d.dead ? "dead" : d.delayMs))).toEqual([
    250, 500, 1000, 2000, 4000, 8000, 10_000, 10_000,
  ]);
});

test("a refused row dies on its fifth refusal; an unreachable service never kills a row", () => {
  expect([0, 1, 2, 3].map((attempts) => nextRetry(attempts, true, policy).dead)).toEqual([
    false,
    false,
    false,
    false,
  ]);
  expect(nextRetry(4, true, policy)).toEqual({ dead: true });
  expect(nextRetry(1000, false, policy)).toEqual({ dead: false, delayMs: 10_000 });
});
