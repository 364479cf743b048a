import { Link } from "@remix-run/react";
import { useT } from "~/utils/use-i18n";

/** Shown to the profile's owner only: their private contact details and a link to edit. */
export function OwnerPanel({
  contact,
}: {
  contact: { email: string | null; phone: string | null } | null;
}) {
  const t = useT();
  return (
    <aside className="owner-panel">
      <p>
        <strong>{t("settings.ownerView")}</strong>{" "}
        <Link to="/settings/profile">{t("settings.edit")}</Link>
      </p>
      {contact?.email || contact?.phone ? (
        <p className="muted">
          {t("settings.contactPrivate")}{" "}
          {[contact.email, contact.phone].filter(Boolean).join(" · ")}
        </p>
      ) : null}
    </aside>
  );
}
