import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { findOrganization } from "~/.server/labs/load.server";
import { getLocale } from "~/.server/locale.server";
import { type ConflictWarning, proposePairing } from "~/.server/pairings";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatList } from "~/utils/format-list";
import { parseForm } from "~/utils/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { invariantResponse } from "~/utils/responses";
import { useLocale, useT } from "~/utils/use-i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { PARTNER_SCOPES, PartnerQuerySchema } from "./partner-query";
import { ProposeLabPairingSchema } from "./propose-schema";
import { loadPartnersPage } from "./queries.server";
import { SuggestionCard } from "./suggestion-card";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const locale = await getLocale(request);
  const url = new URL(request.url);
  const query = PartnerQuerySchema.parse(Object.fromEntries(url.searchParams));
  const page = await loadPartnersPage(getDb(), params.slug ?? "", query, locale);
  invariantResponse(page, "Organization not found");
  return {
    ...page,
    query,
    title: translator(locale)("partners.page.title", { name: page.lab.name }),
  };
}

/** What the propose action answers: which suggestion's form, its warnings, Conform's result. */
export type ProposeReply = { partnerId?: string; warnings?: ConflictWarning[] };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const db = getDb();
  const lab = await findOrganization(db, params.slug ?? "");
  invariantResponse(lab, "Organization not found");
  const formData = await request.formData();
  const partnerId = String(formData.get("partnerId") ?? "");
  const submission = parseForm(formData, ProposeLabPairingSchema);
  if (submission.status !== "success") return invalid<ProposeReply>(submission, { partnerId });
  const input = submission.value;
  const result = await proposePairing(db, user, {
    sideA: { type: "organization", id: lab.id },
    sideB: { type: "organization", id: input.partnerId },
    purpose: input.purpose,
    note: input.note,
    dueAt: input.dueAt,
    acknowledgeConflicts: input.acknowledge,
  });
  if (result.status === "needs_confirmation") {
    const warnings = result.warnings;
    return reply<ProposeReply>(submission, { partnerId, warnings }, { status: 409 });
  }
  return redirect(`/pairings/${result.pairingId}`);
}

export default function PartnersPage() {
  const { lab, suggestions, query, title } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="partners-page">
      <p>
        <Link to={`/orgs/${lab.slug}`}>
          <span className="back-arrow" aria-hidden="true">
            ←
          </span>{" "}
          {lab.name}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t("partners.page.lead")}</p>
      <section aria-labelledby="lab-profile" className="lab-summary">
        <h2 id="lab-profile">{t("partners.page.profile")}</h2>
        <p>{t("partners.page.members", { count: lab.members })}</p>
        {lab.topSkills.length > 0 ? (
          <p>
            <strong>{t("partners.page.topSkills")}</strong> {formatList(lab.topSkills, locale)}
          </p>
        ) : null}
        {lab.statedNeeds.length > 0 ? (
          <p>
            <strong>{t("partners.page.statedNeeds")}</strong> {formatList(lab.statedNeeds, locale)}
          </p>
        ) : null}
      </section>
      <Form method="get" className="partner-filters">
        <div className="field">
          <label htmlFor="purpose">{t("partners.page.purpose")}</label>
          <select id="purpose" name="purpose" defaultValue={query.purpose}>
            {CONVENTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`offer.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="scope">{t("partners.page.scope")}</label>
          <select id="scope" name="scope" defaultValue={query.scope}>
            {PARTNER_SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`partners.scope.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("partners.page.submit")}</button>
      </Form>
      {suggestions.length === 0 ? <p className="notice">{t("partners.page.none")}</p> : null}
      <ol className="suggestion-list">
        {suggestions.map((s) => (
          <SuggestionCard
            key={s.partner.id}
            suggestion={s}
            purpose={query.purpose}
            reply={outcome?.partnerId === s.partner.id ? outcome : undefined}
          />
        ))}
      </ol>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
