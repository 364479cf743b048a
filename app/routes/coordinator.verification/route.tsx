import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import {
  listPendingOrganizationRequests,
  resolveOrganizationRequest,
} from "~/.server/organization-requests.server";
import { listPendingProfiles, reviewProfile } from "~/.server/verification.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { joinParts } from "~/utils/format-list";
import { parseForm } from "~/utils/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { DecisionForm } from "./decision-form";
import { VerificationActionSchema } from "./decision-schema";
import { OrganizationRequests } from "./organization-requests";
import { RejectProfileForm } from "./reject-form";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const db = getDb();
  const [profiles, requests] = await Promise.all([
    listPendingProfiles(db),
    listPendingOrganizationRequests(db),
  ]);
  return {
    title: translator(await getLocale(request))("verify.title"),
    profiles,
    requests,
  };
}

type Outcome = { message?: MessageKey; name?: string; ok: boolean; personId?: string };

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const formData = await request.formData();
  const submission = parseForm(formData, VerificationActionSchema);
  // A rejection without its reason goes back to its form, which says so.
  if (submission.status !== "success")
    return invalid<Outcome>(submission, { ok: false, personId: String(formData.get("personId")) });
  const input = submission.value;
  const db = getDb();
  const outcome = (status: number, body: Outcome) => reply(submission, body, { status });
  if (input.intent === "review") {
    const updated = await reviewProfile(db, actor, {
      personId: input.personId,
      decision: input.decision,
      reason: input.reason,
    });
    if (!updated) return outcome(404, { message: "verify.gone", ok: false });
    return outcome(200, { message: `verify.done.${input.decision}`, name: updated.name, ok: true });
  }
  const done = await resolveOrganizationRequest(db, actor.userId, input.requestId, input.decision);
  if (!done) return outcome(404, { message: "verify.gone", ok: false });
  return outcome(200, { message: `verify.requests.done.${input.decision}`, ok: true });
}

export default function VerificationPage() {
  const { profiles, requests } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const date = (day: Date) => day.toLocaleDateString(locale, { dateStyle: "medium" });
  return (
    <div className="staff-page">
      <h1>{t("verify.title")}</h1>
      <p className="lead">{t("verify.lead")}</p>
      {outcome?.message ? (
        <FormAlert tone={outcome.ok ? "success" : "error"}>
          {t(outcome.message, { name: outcome.name ?? "" })}
        </FormAlert>
      ) : null}
      {profiles.length === 0 ? <p>{t("verify.none")}</p> : null}
      <ul className="review-list">
        {profiles.map((p) => (
          <li key={p.id} className="card" data-testid="pending-profile">
            <h2>
              <Link to={`/people/${p.slug}`}>{p.name}</Link>
            </h2>
            <p className="meta">
              <span>{t(`kind.${p.kind}` as MessageKey)}</span>
              {p.organization ? <span>{p.organization}</span> : null}
              <span>{joinParts([p.city, t(`country.${p.country}` as MessageKey)], locale)}</span>
              <span>{t("verify.since", { date: date(p.createdAt) })}</span>
            </p>
            {p.headline ? <p dir="auto">{p.headline}</p> : null}
            <DecisionForm
              id={`review-${p.id}`}
              intent="review"
              target={{ name: "personId", value: p.id }}
              decisions={[{ value: "verified", label: t("verify.verify") }]}
            />
            <RejectProfileForm
              personId={p.id}
              lastResult={outcome?.personId === p.id ? outcome.result : null}
            />
          </li>
        ))}
      </ul>
      <OrganizationRequests requests={requests} date={date} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
