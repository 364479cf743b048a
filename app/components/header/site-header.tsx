import { Link } from "@remix-run/react";
import { useRef } from "react";
import { InboxLink } from "~/components/inbox-link";
import { useT } from "~/utils/use-i18n";
import { useOptionalUser } from "~/utils/use-user";
import { AccountMenu } from "./account-menu";
import { LanguageSwitcher } from "./language-switcher";
import { PrimaryNav } from "./primary-nav";
import { useDisclosureClosing } from "./use-disclosure-closing";

/**
 * One header for every width. Its menu is a <details>: on a phone it opens as a panel under the
 * bar (no JavaScript needed); on a wide screen the stylesheet shows its content inline
 * (app/styles/layout.css). The inbox stays in the bar, beside the menu button.
 */
export function SiteHeader() {
  const t = useT();
  const user = useOptionalUser();
  const menu = useRef<HTMLDetailsElement>(null);
  useDisclosureClosing(menu);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <Link to="/" className="brand">
        {t("app.name")}
      </Link>
      {user ? <InboxLink /> : null}
      <details className="site-menu" ref={menu}>
        <summary className="menu-toggle">
          <span className="menu-icon" aria-hidden="true" />
          {t("nav.menu")}
        </summary>
        <div className="site-menu-body">
          <PrimaryNav />
          <AccountMenu />
          <LanguageSwitcher />
        </div>
      </details>
    </header>
  );
}
