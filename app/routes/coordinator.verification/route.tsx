import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { publicOrigin } from "~/.server/email/links.server";
import { getLocale } from "~/.server/locale.server";
import {
  listPendingOrganizationRequests,
  resolveOrganizationRequest,
} from "~/.server/organization-requests.server";
import { listPendingProfiles, reviewProfile } from "~/.server/verification.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { formDataToObject } from "~/utils/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { invariantResponse } from "~/utils/responses";
import { useLocale, useT } from "~/utils/use-i18n";
import { STAFF_ROLES } from "~/vocabulary/roles";
import { OrganizationRequests } from "./organization-requests";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const db = getDb();
  const [profiles, requests] = await Promise.all([
    listPendingProfiles(db),
    listPendingOrganizationRequests(db),
  ]);
  return {
    title: translator(await getLocale(request))("verify.title"),
    profiles,
    requests: requests.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}

const VerificationActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("review"),
    personId: z.string().uuid(),
    decision: z.enum(["verified", "rejected"]),
  }),
  z.object({
    intent: z.literal("resolve-request"),
    requestId: z.string().uuid(),
    decision: z.enum(["approved", "rejected"]),
  }),
]);

type Outcome = { message: MessageKey; name?: string; ok: boolean };

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, STAFF_ROLES);
  const parsed = VerificationActionSchema.safeParse(formDataToObject(await request.formData()));
  invariantResponse(parsed.success, "Bad request", { status: 400 });
  const input = parsed.data;
  const db = getDb();
  if (input.intent === "review") {
    const updated = await reviewProfile(db, actor, {
      personId: input.personId,
      decision: input.decision,
      origin: publicOrigin(request),
    });
    if (!updated) return data<Outcome>({ message: "verify.gone", ok: false }, { status: 404 });
    return data<Outcome>({
      message: `verify.done.${input.decision}`,
      name: updated.name,
      ok: true,
    });
  }
  const done = await resolveOrganizationRequest(db, actor.userId, input.requestId, input.decision);
  if (!done) return data<Outcome>({ message: "verify.gone", ok: false }, { status: 404 });
  return data<Outcome>({ message: `verify.requests.done.${input.decision}`, ok: true });
}

export default function VerificationPage() {
  const { profiles, requests } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale, { dateStyle: "medium" });
  return (
    <div className="staff-page">
      <h1>{t("verify.title")}</h1>
      <p className="lead">{t("verify.lead")}</p>
      {outcome ? (
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
              <span>
                {p.city}, {t(`country.${p.country}` as MessageKey)}
              </span>
              <span>{t("verify.since", { date: date(p.createdAt) })}</span>
            </p>
            {p.headline ? <p dir="auto">{p.headline}</p> : null}
            <Form method="post" className="inline-actions">
              <input type="hidden" name="intent" value="review" />
              <input type="hidden" name="personId" value={p.id} />
              <button type="submit" name="decision" value="verified">
                {t("verify.verify")}
              </button>
              <button type="submit" name="decision" value="rejected" className="secondary">
                {t("verify.reject")}
              </button>
            </Form>
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
