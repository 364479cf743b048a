import { Form, Link } from "@remix-run/react";
import { useRef } from "react";
import { useT } from "~/utils/use-i18n";
import { useOptionalUser } from "~/utils/use-user";
import { useDisclosureClosing } from "./use-disclosure-closing";

/** Log in / sign up; or the user's name, opening their own pages and "log out". */
export function AccountMenu() {
  const t = useT();
  const user = useOptionalUser();
  const menu = useRef<HTMLDetailsElement>(null);
  useDisclosureClosing(menu);
  if (!user) {
    return (
      <nav className="account-menu" aria-label={t("nav.account")}>
        <Link to="/login">{t("nav.login")}</Link>
        <Link to="/signup" className="button">
          {t("nav.signup")}
        </Link>
      </nav>
    );
  }
  const staff = user.roles.length > 0;
  return (
    <details className="account-menu" ref={menu}>
      <summary className="account-name">
        <bdi>{user.name}</bdi>
      </summary>
      <nav className="account-links" aria-label={t("nav.account")}>
        <Link to="/settings/profile">{t("nav.settings")}</Link>
        {user.slug && !staff ? (
          <Link to={`/people/${user.slug}`}>{t("nav.publicProfile")}</Link>
        ) : null}
        <Link to="/settings/data">{t("nav.myData")}</Link>
        {staff ? <Link to="/settings/api-tokens">{t("apiTokens.nav")}</Link> : null}
        <Form method="post" action="/logout">
          <button type="submit" className="link-button">
            {t("nav.logout")}
          </button>
        </Form>
      </nav>
    </details>
  );
}
