import { Link } from "@remix-run/react";
import { ResponsivenessNote } from "~/components/responsiveness-note";
import { useT } from "~/utils/use-i18n";

type Panel = {
  contact: { email: string | null; phone: string | null } | null;
  canAsk: boolean;
  openRequestId: string | null;
  responsiveness: { label: "within" | "less_responsive" | null; medianDays: number | null } | null;
};

/** The profile's mentorship section for this viewer: responsiveness and contact details. */
export function MentorshipPanel({ name, panel }: { name: string; panel: Panel }) {
  const t = useT();
  return (
    <>
      <ResponsivenessNote value={panel.responsiveness} />
      {panel.contact ? (
        <dl className="mentorship-contact" aria-label={t("mentorship.detail.contact", { name })}>
          {panel.contact.email ? (
            <>
              <dt>{t("mentorship.detail.email")}</dt>
              <dd>
                <a href={`mailto:${panel.contact.email}`}>{panel.contact.email}</a>
              </dd>
            </>
          ) : null}
          {panel.contact.phone ? (
            <>
              <dt>{t("mentorship.detail.phone")}</dt>
              <dd>{panel.contact.phone}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </>
  );
}

/**
 * The way to ask, under the name at the top of the profile: "Demander un mentorat" for a student
 * who may, the open request for one who already asked, and "Se connecter pour demander" for an
 * anonymous visitor when the person mentors.
 */
export function MentorshipCallToAction({
  slug,
  open,
  signedIn,
  panel,
}: {
  slug: string;
  open: boolean;
  signedIn: boolean;
  panel: Panel;
}) {
  const t = useT();
  const ask = `/mentorship/new?mentor=${encodeURIComponent(slug)}`;
  if (panel.canAsk) {
    return (
      <p className="profile-actions">
        <Link to={ask} className="button">
          {t("mentorship.ask")}
        </Link>
      </p>
    );
  }
  if (panel.openRequestId) {
    return (
      <p className="profile-actions">
        <Link to={`/mentorship/${panel.openRequestId}`} className="button secondary">
          {t("mentorship.title")}
        </Link>
      </p>
    );
  }
  if (!signedIn && open) {
    return (
      <p className="profile-actions">
        <Link to={`/login?redirectTo=${encodeURIComponent(ask)}`} className="button">
          {t("mentorship.signInToAsk")}
        </Link>
      </p>
    );
  }
  return null;
}
