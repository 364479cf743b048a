/** How many whole slots a meeting block holds (a last, shorter remainder is not a slot). */
export function slotCount(block: { startsAt: Date; endsAt: Date; slotMinutes: number | null }) {
  if (!block.slotMinutes) return 0;
  return Math.floor(
    (block.endsAt.getTime() - block.startsAt.getTime()) / (block.slotMinutes * 60_000),
  );
}

/** When slot `index` of a block starts. */
export function slotStart(block: { startsAt: Date; slotMinutes: number | null }, index: number) {
  return new Date(block.startsAt.getTime() + index * (block.slotMinutes ?? 0) * 60_000);
}

/** The form value of one slot checkbox. */
export const slotKey = (sessionId: string, index: number) => `${sessionId}:${index}`;
