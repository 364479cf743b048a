import { Form, Link, useLocation } from "@remix-run/react";
import { LOCALES } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { AccountMenu } from "./account-menu";

export function SiteHeader() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <Link to="/" className="brand">
        {t("app.name")}
      </Link>
      <nav aria-label={t("nav.home")}>
        <Link to="/experts">{t("nav.directory")}</Link>
        <Link to="/orgs">{t("nav.organizations")}</Link>
      </nav>
      <AccountMenu />
      {/* A full page load: the browser holds one language's messages (entry.client.tsx). */}
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
            {t(`lang.${code}`)}
          </button>
        ))}
      </Form>
    </header>
  );
}
