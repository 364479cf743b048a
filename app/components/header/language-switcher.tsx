import { Form, useLocation } from "@remix-run/react";
import { LOCALES, type Locale } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";

/** Shown on wide screens, where the bar is full; the button's name stays the language's own. */
const SHORT: Record<Locale, string> = { fr: "FR", en: "EN", ar: "ع" };

/** A plain form POST to /locale: works without JavaScript and comes back to the same page. */
export function LanguageSwitcher() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  return (
    <Form
      reloadDocument
      method="post"
      action="/locale"
      className="language-switcher"
      aria-label={t("nav.language")}
    >
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {LOCALES.map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          aria-pressed={code === locale}
          lang={code}
        >
          <span className="lang-long">{t(`lang.${code}`)}</span>
          <span className="lang-short" aria-hidden="true">
            {SHORT[code]}
          </span>
        </button>
      ))}
    </Form>
  );
}
