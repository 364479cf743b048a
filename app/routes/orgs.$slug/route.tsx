import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { hasRole } from "~/.server/actor";
import { getOptionalUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { getLocale } from "~/.server/locale.server";
import { getOrganizationPage } from "~/.server/organizations.server";
import { organizationThemes } from "~/.server/publication-themes.server";
import { getVocabulary, labelOf } from "~/.server/taxonomy.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { joinParts } from "~/utils/format-list";
import type { MessageKey } from "~/utils/i18n";
import { invariantResponse } from "~/utils/responses";
import { useLocale, useT } from "~/utils/use-i18n";
import { STAFF_ROLES } from "~/vocabulary/roles";
import { LabPublicationThemes } from "./publication-themes";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.org.name} · Passerelle` : "Passerelle" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = await getLocale(request);
  const org = await getOrganizationPage(params.slug ?? "");
  invariantResponse(org, "Organization not found");
  const vocabulary = await getVocabulary();
  // The partners page is for coordinators and admins (its own loader checks again).
  const user = await getOptionalUser(request);
  const showPartners = hasRole(user, STAFF_ROLES);
  return {
    org,
    themes: await organizationThemes(getDb(), org.slug),
    sectors: org.sectors.map((id) => labelOf(vocabulary.sectors, id, locale)),
    showPartners,
    // Who answers for it in pairings: a page for signed-in members of the network.
    showRepresentatives: user !== null,
  };
}

export default function OrganizationPage() {
  const { org, sectors, showPartners, showRepresentatives, themes } =
    useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <article className="organization">
      <header>
        <h1>
          {org.name}
          {org.acronym ? <span className="muted"> ({org.acronym})</span> : null}
        </h1>
        <p className="meta">
          <span>{t(`orgKind.${org.kind}` as MessageKey)}</span>
          <span>{joinParts([org.city, t(`country.${org.country}` as MessageKey)], locale)}</span>
          {org.parent ? (
            <span>
              {t("org.partOf")}
              <Link to={`/orgs/${org.parent.slug}`}>{org.parent.name}</Link>
            </span>
          ) : null}
        </p>
      </header>
      {showPartners ? (
        <p>
          <Link to={`/orgs/${org.slug}/partners`}>{t("org.partnersLink")}</Link>
        </p>
      ) : null}
      {showRepresentatives ? (
        <p>
          <Link to={`/orgs/${org.slug}/representatives`}>{t("representatives.link")}</Link>
        </p>
      ) : null}
      {org.description ? <p>{org.description}</p> : null}
      {org.website ? (
        <p>
          {t("org.website")}:{" "}
          <a href={org.website} rel="noopener noreferrer">
            {org.website}
          </a>
        </p>
      ) : null}
      {sectors.length > 0 ? (
        <section aria-labelledby="org-sectors">
          <h2 id="org-sectors">{t("org.sectors")}</h2>
          <ul className="chips">
            {sectors.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <LabPublicationThemes themes={themes.themes} papers={themes.papers} />
      {org.labs.length > 0 ? (
        <section aria-labelledby="org-labs">
          <h2 id="org-labs">{t("org.labs")}</h2>
          <ul>
            {org.labs.map((lab) => (
              <li key={lab.slug}>
                <Link to={`/orgs/${lab.slug}`}>{lab.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="org-members">
        <h2 id="org-members">{t("org.members", { count: org.memberCount })}</h2>
        {org.memberCount > org.members.length ? (
          <p className="muted">
            {t("org.unlistedMembers", { count: org.memberCount - org.members.length })}
          </p>
        ) : null}
        {org.members.length === 0 ? (
          <p className="muted">{t("org.noMembers")}</p>
        ) : (
          <ul className="member-list">
            {org.members.map((m) => (
              <li key={m.slug}>
                <Link to={`/people/${m.slug}`}>{m.name}</Link>
                <span className="muted"> — {m.role || t(`kind.${m.kind}` as MessageKey)}</span>
                <br />
                <span className="muted">{m.headline}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
