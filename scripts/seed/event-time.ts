/**
 * The instant of a wall-clock time in a time zone ("2025-05-13", "09:00", "Africa/Casablanca"),
 * without a library: guess UTC, see what the zone's clock says then, correct by the difference
 * (twice, for days when the offset changes).
 */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const wanted = Date.parse(`${day}T${time}:00Z`);
  let guess = wanted;
  for (let i = 0; i < 2; i += 1) guess += wanted - wallClock(guess, timeZone);
  return new Date(guess);
}

function wallClock(at: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return Date.parse(
    `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:00Z`,
  );
}

/** The calendar day `days` after `from`, in the zone ("YYYY-MM-DD"). */
export function dayInZone(from: Date, days: number, timeZone: string) {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(from.getTime() + days * 86_400_000);
}
