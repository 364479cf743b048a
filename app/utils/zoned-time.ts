/**
 * The instant of a wall-clock time in a time zone ("2025-05-13", "09:00", "Africa/Casablanca"),
 * without a library: guess UTC, see what the zone's clock says then, correct by the difference
 * (twice, for days when the offset changes).
 */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const wanted = Date.parse(`${day}T${time}:00Z`);
  let guess = wanted;
  for (let i = 0; i < 2; i += 1)
    guess += wanted - Date.parse(`${wallClock(guess, timeZone).replace(" ", "T")}:00Z`);
  return new Date(guess);
}

/** "2025-05-13 10:20": the zone's clock at an instant, the same digits in every language. */
export function wallClock(at: number | Date, timeZone: string) {
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
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/** The calendar day `days` after `from`, in the zone ("YYYY-MM-DD"). */
export function dayInZone(from: Date, days: number, timeZone: string) {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(from.getTime() + days * 86_400_000);
}
