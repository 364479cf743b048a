import { NavLink } from "@remix-run/react";
import { useT } from "~/utils/use-i18n";

/** The admin area's pages (admins only: each page checks the role on the server). */
export function AdminNav() {
  const t = useT();
  return (
    <nav className="settings-nav" aria-label={t("admin.nav")}>
      <NavLink to="/admin/roles">{t("nav.roles")}</NavLink>
      <NavLink to="/admin/outbox">{t("outbox.nav")}</NavLink>
    </nav>
  );
}
