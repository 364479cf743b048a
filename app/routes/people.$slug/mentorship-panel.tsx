import { Link } from "@remix-run/react";
import { ResponsivenessNote } from "~/components/responsiveness-note";
import { useT } from "~/utils/use-i18n";

type Panel = {
  contact: { email: string | null; phone: string | null } | null;
  canAsk: boolean;
  openRequestId: string | null;
  responsiveness: { label: "within" | "less_responsive" | null; medianDays: number | null } | null;
};

/** The profile's mentorship part for this viewer: responsiveness, the ask button, contact details. */
export function MentorshipPanel({
  slug,
  name,
  panel,
}: {
  slug: string;
  name: string;
  panel: Panel;
}) {
  const t = useT();
  return (
    <>
      <ResponsivenessNote value={panel.responsiveness} />
      {panel.canAsk ? (
        <p>
          <Link to={`/mentorship/new?mentor=${encodeURIComponent(slug)}`} className="button">
            {t("mentorship.ask")}
          </Link>
        </p>
      ) : null}
      {panel.openRequestId ? (
        <p>
          <Link to={`/mentorship/${panel.openRequestId}`}>{t("mentorship.title")}</Link>
        </p>
      ) : null}
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
