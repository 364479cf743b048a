import { NavLink } from "@remix-run/react";
import { useT } from "~/utils/use-i18n";
import { useOptionalUser } from "~/utils/use-user";

export function SettingsNav() {
  const t = useT();
  const user = useOptionalUser();
  const staff = user?.roles.some((role) => role === "coordinator" || role === "admin");
  return (
    <nav className="settings-nav" aria-label={t("nav.account")}>
      <NavLink to="/settings/profile">{t("nav.settings")}</NavLink>
      <NavLink to="/settings/notifications">{t("nav.emailSettings")}</NavLink>
      <NavLink to="/settings/data">{t("nav.myData")}</NavLink>
      {staff ? <NavLink to="/settings/api-tokens">{t("apiTokens.nav")}</NavLink> : null}
    </nav>
  );
}
