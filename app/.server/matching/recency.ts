/** Recent work counts more: full weight for five years, then −10 % a year, never below half. */
export function recencyFactor(year: number, currentYear: number): number {
  if (!year) return 0.75;
  const age = Math.max(0, currentYear - year);
  return Math.max(0.5, 0.9 ** Math.max(0, age - 5));
}
