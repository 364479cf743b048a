import { Form, Link } from "@remix-run/react";
import { InboxLink } from "~/components/inbox-link";
import { MentorshipLink } from "~/components/mentorship-link";
import { useT } from "~/utils/use-i18n";
import { useOptionalUser } from "~/utils/use-user";

/** Log in / sign up, or the user's name, their settings, staff pages and log out. */
export function AccountMenu() {
  const t = useT();
  const user = useOptionalUser();
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
  const isCoordinator = user.roles.some((r) => r === "coordinator" || r === "admin");
  return (
    <nav className="account-menu" aria-label={t("nav.account")}>
      <InboxLink />
      <MentorshipLink />
      {user.kind === "student" ? <Link to="/mentors">{t("nav.mentors")}</Link> : null}
      <Link to="/match">{t("nav.match")}</Link>
      <Link to="/pairings">{t("nav.pairings")}</Link>
      {isCoordinator ? <Link to="/coordinator">{t("nav.dashboard")}</Link> : null}
      {staff ? <Link to="/coordinator/verification">{t("nav.verification")}</Link> : null}
      {staff ? <Link to="/coordinator/deliveries">{t("outbox.nav")}</Link> : null}
      {user.roles.includes("admin") ? <Link to="/admin/roles">{t("nav.roles")}</Link> : null}
      <Link to="/settings/profile" className="account-name">
        {user.name}
      </Link>
      <Form method="post" action="/logout">
        <button type="submit" className="link-button">
          {t("nav.logout")}
        </button>
      </Form>
    </nav>
  );
}
