import { toWallClock } from "~/utils/zoned-time";
import type { EventTimeZone } from "~/vocabulary/events";

const MINUTE = 60_000;

/** When slot `slotIndex` of a meeting block starts and ends (slots are cut from its start). */
export function slotTimes(
  block: { startsAt: Date; slotMinutes: number | null },
  slotIndex: number,
): { startsAt: Date; endsAt: Date } {
  const minutes = block.slotMinutes ?? 0;
  const startsAt = new Date(block.startsAt.getTime() + slotIndex * minutes * MINUTE);
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * MINUTE) };
}

/**
 * The zone a member lives in, from their profile's country: the network is Moroccan and Belgian.
 * Anyone else sees the event's zone only.
 */
export function zoneOfCountry(country: string | null | undefined): EventTimeZone | null {
  if (country === "BE") return "Europe/Brussels";
  if (country === "MA") return "Africa/Casablanca";
  return null;
}

/**
 * The wall-clock time of an instant in a zone, as "2025-05-13T11:00:00" (no offset). Seconds are
 * the same in every zone (offsets are whole minutes).
 */
export function wallTime(at: Date, timeZone: string): string {
  return `${toWallClock(at, timeZone)}:${String(at.getUTCSeconds()).padStart(2, "0")}`;
}

/** The zone's offset from UTC at that instant, in minutes (Brussels in summer: 120). */
export function offsetMinutes(at: Date, timeZone: string): number {
  const wall = Date.parse(`${wallTime(at, timeZone)}Z`);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / MINUTE);
}
