// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u001F\u007F]/;
/** Printable ASCII only: what a Location header may carry as is. */
const HEADER_SAFE = /^[\u0021-\u007E]*$/;

/**
 * A same-origin path to go to after a form, or the fallback: never an open redirect, never an
 * invalid header. Refused: anything not starting with one "/", a backslash, a control character,
 * and the same once percent-decoded (`/%2F/evil`, `/%09/evil`, `/%5Cevil` are what browsers
 * would turn into another host). Other non-ASCII characters are percent-encoded.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/") {
  if (typeof to !== "string" || to.length > 2000) return fallback;
  let decoded: string;
  let encoded: string;
  try {
    decoded = decodeURIComponent(to);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at NUL
    encoded = to.replace(/[^\u0000-\u007F]+/gu, (chars) => encodeURIComponent(chars));
  } catch {
    return fallback; // malformed percent-encoding or a lone surrogate
  }
  const unsafe = [to, decoded].some(
    (path) =>
      !path.startsWith("/") || path.startsWith("//") || path.includes("\\") || CONTROL.test(path),
  );
  if (unsafe || !HEADER_SAFE.test(encoded)) return fallback;
  return encoded;
}
