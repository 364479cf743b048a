import type {
  PlannerInput,
  PlannerMeeting,
  PlannerSlot,
  SlotRef,
} from "../app/.server/events/planner";
import { Random } from "../scripts/seed/random";

export type PlannerBenchSize = {
  participants: number;
  meetings: number;
  days: number;
  slotsPerDay: number;
  tables: number;
};

/**
 * A realistic event for the planner bench: one meeting block a day (20-minute slots from 9:00);
 * most people stay all days, some come for one or two, some only for the morning or the
 * afternoon of a day, and each blocks a few slots for talks they attend. Requests go more often
 * to a few sought-after people (a skewed draw), one pair at most once; 10 % are "must meet".
 */
export function generatePlannerInstance(seed: number, size: PlannerBenchSize): PlannerInput {
  const random = new Random(seed);
  const slots: PlannerSlot[] = [];
  const dayStart = Date.UTC(2025, 4, 13, 9);
  for (let d = 0; d < size.days; d += 1) {
    for (let i = 0; i < size.slotsPerDay; i += 1) {
      slots.push({
        sessionId: `block-${d + 1}`,
        slotIndex: i,
        startsAt: dayStart + d * 86_400_000 + i * 20 * 60_000,
        tables: size.tables,
      });
    }
  }

  const people = Array.from({ length: size.participants }, (_, i) => `p${i + 1}`);
  const availability = new Map<string, SlotRef[]>();
  const half = Math.floor(size.slotsPerDay / 2);
  for (const person of people) {
    const refs: SlotRef[] = [];
    const days = random.chance(0.65) ? size.days : random.int(1, Math.max(1, size.days - 1));
    const firstDay = random.int(0, size.days - days);
    for (let d = firstDay; d < firstDay + days; d += 1) {
      const part = random.pickWeighted([
        ["all", 6],
        ["morning", 2],
        ["afternoon", 2],
      ] as const);
      for (let i = 0; i < size.slotsPerDay; i += 1) {
        if (part === "morning" && i >= half) continue;
        if (part === "afternoon" && i < half) continue;
        if (random.chance(0.15)) continue;
        refs.push({ sessionId: `block-${d + 1}`, slotIndex: i });
      }
    }
    availability.set(person, refs);
  }

  // Skewed popularity: person k is drawn with weight 1 / (k + 10).
  const weighted = people.map((p, k) => [p, 1 / (k + 10)] as const);
  const pairs = new Set<string>();
  const meetings: PlannerMeeting[] = [];
  while (meetings.length < size.meetings) {
    const from = random.pick(people);
    const to = random.pickWeighted(weighted);
    const key = from < to ? `${from}|${to}` : `${to}|${from}`;
    if (from === to || pairs.has(key)) continue;
    pairs.add(key);
    meetings.push({
      id: `m${meetings.length + 1}`,
      from,
      to,
      mustMeet: random.chance(0.1),
      locked: null,
    });
  }
  return { slots, meetings, availability };
}
