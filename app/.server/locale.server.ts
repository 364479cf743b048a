import { createCookie } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "~/utils/i18n";

export const localeCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
  secure: process.env.NODE_ENV === "production",
});

/** The remembered choice first, then the browser's preference, then French. */
export async function getLocale(request: Request): Promise<Locale> {
  const saved = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(saved)) return saved;
  return fromAcceptLanguage(request.headers.get("Accept-Language")) ?? DEFAULT_LOCALE;
}

export function fromAcceptLanguage(header: string | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((entry) => (LOCALES as readonly string[]).includes(entry.lang))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang as Locale | undefined;
}
