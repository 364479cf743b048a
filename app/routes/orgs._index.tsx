import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { logError } from "~/.server/log.server";
import { OrganizationQuerySchema, searchOrganizations } from "~/.server/organization-search.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { joinParts } from "~/utils/format-list";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { ORGANIZATION_KINDS } from "~/vocabulary/organizations";

export const meta: MetaFunction = () => [{ title: "Organisations · Passerelle" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = OrganizationQuerySchema.parse(params);
  try {
    return { query, result: await searchOrganizations(query) };
  } catch (error) {
    logError(error, request);
    return { query, result: null };
  }
}

export default function OrganizationsPage() {
  const { query, result } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="directory">
      <h1>{t("orgs.title")}</h1>
      <Form method="get" role="search" className="search-bar org-filters">
        <label htmlFor="orgs-q" className="visually-hidden">
          {t("orgs.searchLabel")}
        </label>
        <input
          id="orgs-q"
          type="search"
          name="q"
          defaultValue={query.q}
          placeholder={t("orgs.searchPlaceholder")}
        />
        <label className="visually-hidden" htmlFor="orgs-kind">
          {t("orgs.kind")}
        </label>
        <select id="orgs-kind" name="kind" defaultValue={query.kind ?? ""}>
          <option value="">{t("orgs.allKinds")}</option>
          {ORGANIZATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`orgKind.${kind}` as MessageKey)}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor="orgs-country">
          {t("facet.country")}
        </label>
        <select id="orgs-country" name="country" defaultValue={query.country ?? ""}>
          <option value="">{t("orgs.allCountries")}</option>
          <option value="MA">{t("country.MA")}</option>
          <option value="BE">{t("country.BE")}</option>
        </select>
        <button type="submit">{t("directory.submit")}</button>
      </Form>
      {result ? (
        <>
          <p className="result-count">{t("directory.results", { count: result.total })}</p>
          <ul className="org-grid">
            {result.hits.map((org) => (
              <li key={org.slug} className="expert-card">
                <h2>
                  <Link to={`/orgs/${org.slug}`}>{org.name}</Link>
                  {org.acronym ? <span className="muted"> ({org.acronym})</span> : null}
                </h2>
                <p className="meta">
                  <span>{t(`orgKind.${org.kind}` as MessageKey)}</span>
                  <span>
                    {joinParts([org.city, t(`country.${org.country}` as MessageKey)], locale)}
                  </span>
                  {org.parent ? <span>{org.parent}</span> : null}
                  <span>{t("org.members", { count: org.memberCount })}</span>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p role="alert" className="notice">
          {t("directory.unavailable")}
        </p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
