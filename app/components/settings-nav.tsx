import { NavLink } from "@remix-run/react";
import { useT } from "~/utils/use-i18n";

export function SettingsNav() {
  const t = useT();
  return (
    <nav className="settings-nav" aria-label={t("nav.account")}>
      <NavLink to="/settings/profile">{t("nav.settings")}</NavLink>
      <NavLink to="/settings/data">{t("nav.myData")}</NavLink>
    </nav>
  );
}
