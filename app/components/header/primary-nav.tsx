import { NavLink } from "@remix-run/react";
import { MentorshipLink } from "~/components/mentorship-link";
import { useT } from "~/utils/use-i18n";
import { useOptionalUser } from "~/utils/use-user";

/** The pages a visitor works in: the directory for everyone, then what the account may use. */
export function PrimaryNav() {
  const t = useT();
  const user = useOptionalUser();
  const staff = (user?.roles.length ?? 0) > 0;
  const coordinator = user?.roles.some((r) => r === "coordinator" || r === "admin") ?? false;
  return (
    <nav className="primary-nav" aria-label={t("nav.main")}>
      <NavLink to="/experts">{t("nav.directory")}</NavLink>
      <NavLink to="/orgs">{t("nav.organizations")}</NavLink>
      <NavLink to="/events">{t("nav.events")}</NavLink>
      {user?.kind === "student" ? <NavLink to="/mentors">{t("nav.mentors")}</NavLink> : null}
      {user ? <NavLink to="/match">{t("nav.match")}</NavLink> : null}
      {user ? <MentorshipLink /> : null}
      {user ? <NavLink to="/pairings">{t("nav.pairings")}</NavLink> : null}
      {coordinator ? (
        <NavLink to="/coordinator" end>
          {t("nav.dashboard")}
        </NavLink>
      ) : null}
      {staff ? <NavLink to="/coordinator/verification">{t("nav.verification")}</NavLink> : null}
      {staff ? <NavLink to="/coordinator/deliveries">{t("outbox.nav")}</NavLink> : null}
      {user?.roles.includes("admin") ? <NavLink to="/admin/roles">{t("nav.roles")}</NavLink> : null}
    </nav>
  );
}
