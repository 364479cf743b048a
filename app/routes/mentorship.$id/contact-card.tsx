import { useT } from "~/utils/use-i18n";

/** The other party's contact details, shown once the request is accepted. */
export function ContactCard({
  name,
  contact,
}: {
  name: string;
  contact: { email: string | null; phone: string | null };
}) {
  const t = useT();
  return (
    <section className="card mentorship-contact" aria-labelledby="mentorship-contact">
      <h2 id="mentorship-contact">{t("mentorship.detail.contact", { name })}</h2>
      <dl>
        {contact.email ? (
          <>
            <dt>{t("mentorship.detail.email")}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} data-testid="contact-email">
                {contact.email}
              </a>
            </dd>
          </>
        ) : null}
        {contact.phone ? (
          <>
            <dt>{t("mentorship.detail.phone")}</dt>
            <dd>
              <a href={`tel:${contact.phone}`}>{contact.phone}</a>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
