/** Throws a 404 (or other status) Response when the condition is false: one place for "missing". */
export function invariantResponse(
  condition: unknown,
  message = "Not found",
  init: ResponseInit = { status: 404 },
): asserts condition {
  if (!condition) throw new Response(message, init);
}
