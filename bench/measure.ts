import { Random } from "../scripts/seed/random";
import { msSince } from "./stats";

/**
 * A system under test: runs one item and says what it found (ids in rank order), and, when it can,
 * how long the request itself took (`ms`, without decoding the answer), else the call is timed.
 */
export type System<T> = {
  name: string;
  run: (item: T) => Promise<{ ids: string[]; total: number; ms?: number }>;
};

export type Measurements = {
  /** samples[system][itemIndex] = latencies in ms, warm-up excluded. */
  samples: Record<string, number[][]>;
  /** What each system returned for each item (last repetition). */
  results: Record<string, { ids: string[]; total: number }[]>;
  errors: Record<string, number>;
  /** Measured rounds actually run (fewer than asked when the time budget ran out). */
  rounds: number;
};

/**
 * Runs every item on every system, one request at a time, interleaved: within a repetition the
 * items come in a shuffled order and, for each item, the systems take turns going first, so a
 * noisy moment on the machine hits all systems alike.
 */
export async function measureInterleaved<T>(
  systems: System<T>[],
  items: T[],
  options: {
    warmup: number;
    repetitions: number;
    /** Stop after the round that exceeds this, once `minRounds` measured rounds are done. */
    budgetMs?: number;
    minRounds?: number;
    seed?: number;
    onRound?: (r: number) => void;
  },
): Promise<Measurements> {
  const rng = new Random(options.seed ?? 1);
  const m: Measurements = { samples: {}, results: {}, errors: {}, rounds: 0 };
  const started = performance.now();
  for (const s of systems) {
    m.samples[s.name] = items.map(() => []);
    m.results[s.name] = items.map(() => ({ ids: [], total: 0 }));
    m.errors[s.name] = 0;
  }
  const rounds = options.warmup + options.repetitions;
  for (let round = 0; round < rounds; round++) {
    const order = rng.shuffle(items.map((_, i) => i));
    for (const [position, i] of order.entries()) {
      for (let k = 0; k < systems.length; k++) {
        const system = systems[(round + position + k) % systems.length]!;
        const start = process.hrtime.bigint();
        try {
          const found = await system.run(items[i]!);
          const ms = found.ms ?? msSince(start);
          if (round >= options.warmup) {
            m.samples[system.name]![i]!.push(ms);
            m.results[system.name]![i] = { ids: found.ids, total: found.total };
          }
        } catch (error) {
          m.errors[system.name]! += 1;
          if (m.errors[system.name] === 1) console.error(`  ${system.name}: ${error}`);
        }
      }
    }
    options.onRound?.(round + 1);
    if (round >= options.warmup) m.rounds++;
    const over = performance.now() - started > (options.budgetMs ?? Number.POSITIVE_INFINITY);
    if (over && m.rounds >= (options.minRounds ?? 1)) break;
  }
  return m;
}
