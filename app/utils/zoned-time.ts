// Wall-clock times in an event's time zone ↔ instants. Sessions are entered as the clock on the
// wall of the venue reads ("2026-05-13T09:00" in Africa/Casablanca) and stored as instants; Intl
// knows each zone's offsets (Morocco's Ramadan changes included), so no table is kept here.

const parts = (timeZone: string) =>
  new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });

/** "YYYY-MM-DDTHH:mm" as the wall clock in `timeZone` reads at this instant. */
export function toWallClock(instant: Date, timeZone: string): string {
  const p = Object.fromEntries(
    parts(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

function offsetMs(instant: number, timeZone: string) {
  return (
    Date.parse(`${toWallClock(new Date(instant), timeZone)}:00Z`) -
    Math.floor(instant / 60_000) * 60_000
  );
}

/** The instant the wall clock of `timeZone` reads `wallClock` ("YYYY-MM-DDTHH:mm"). */
export function fromWallClock(wallClock: string, timeZone: string): Date {
  const naive = Date.parse(`${wallClock}:00Z`);
  // Twice: the offset at the first guess may differ from the offset at the answer (a change day).
  const guess = naive - offsetMs(naive, timeZone);
  return new Date(naive - offsetMs(guess, timeZone));
}

/** The calendar day ("YYYY-MM-DD") in `timeZone` at this instant. */
export const wallDay = (instant: Date, timeZone: string) =>
  toWallClock(instant, timeZone).slice(0, 10);

/** The calendar day `days` after the day of `from` in `timeZone` (noon steps over offset changes). */
export const addDaysInZone = (from: Date, days: number, timeZone: string) =>
  wallDay(
    new Date(
      fromWallClock(`${wallDay(from, timeZone)}T12:00`, timeZone).getTime() + days * 86_400_000,
    ),
    timeZone,
  );
