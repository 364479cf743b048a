import { Link } from "@remix-run/react";
import { joinParts } from "~/utils/format-list";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { DecisionForm } from "./decision-form";

type Request = {
  id: string;
  name: string;
  kind: string;
  country: string;
  city: string;
  website: string | null;
  role: string;
  createdAt: Date;
  personName: string;
  personSlug: string;
};

export function OrganizationRequests({
  requests,
  date,
}: {
  requests: Request[];
  date: (day: Date) => string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="org-requests">
      <h2 id="org-requests">{t("verify.requests.title")}</h2>
      {requests.length === 0 ? <p>{t("verify.requests.none")}</p> : null}
      <ul className="review-list">
        {requests.map((r) => (
          <li key={r.id} className="card">
            <h3 dir="auto">{r.name}</h3>
            <p className="meta">
              <span>{t(`orgKind.${r.kind}` as MessageKey)}</span>
              <span>{joinParts([r.city, t(`country.${r.country}` as MessageKey)], locale)}</span>
              {r.website ? <span dir="ltr">{r.website}</span> : null}
              <span>
                {t("verify.requests.by", { name: r.personName })} (
                <Link to={`/people/${r.personSlug}`}>↗</Link>), {date(r.createdAt)}
              </span>
            </p>
            <DecisionForm
              id={`resolve-${r.id}`}
              intent="resolve-request"
              target={{ name: "requestId", value: r.id }}
              decisions={[
                { value: "approved", label: t("verify.requests.approve") },
                { value: "rejected", label: t("verify.requests.reject") },
              ]}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
