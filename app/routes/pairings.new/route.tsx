import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireRole } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { DomainError } from "~/.server/domain-error";
import { publicOrigin } from "~/.server/email/links.server";
import { getLocale } from "~/.server/locale.server";
import { type ConflictWarning, proposePairing } from "~/.server/pairings";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorText, FormAlert, SelectField, TextAreaField } from "~/components/forms";
import { type FieldErrors, type FormValues, parseSubmission, stringAt } from "~/utils/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { STAFF_ROLES } from "~/vocabulary/roles";
import { PartyPicker } from "./party-picker";
import { findCandidates } from "./queries.server";
import { NewPairingQuerySchema, NewPairingSchema, PAIRING_KINDS, sideTypes } from "./schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const locale = await getLocale(request);
  const query = NewPairingQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const types = sideTypes(query.kind);
  const db = getDb();
  const [a, b] = await Promise.all([
    findCandidates(db, types.a, query.qa, query.sideA),
    findCandidates(db, types.b, query.qb, query.sideB),
  ]);
  return { query, candidates: { a, b }, title: translator(locale)("pairingNew.title") };
}

type Outcome = { values: FormValues; errors?: FieldErrors; warnings?: ConflictWarning[] };
const USER_MISTAKES = new Set(["invalid_input", "unknown_party", "same_party"]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, STAFF_ROLES);
  const submission = parseSubmission(NewPairingSchema, await request.formData());
  if (!submission.success) {
    return data<Outcome>({ values: submission.values, errors: submission.errors }, { status: 400 });
  }
  const input = submission.data;
  const types = sideTypes(input.kind);
  try {
    const result = await proposePairing(
      getDb(),
      user,
      {
        sideA: { type: types.a, id: input.sideA },
        sideB: { type: types.b, id: input.sideB },
        purpose: input.purpose,
        note: input.note,
        dueAt: input.dueAt,
        acknowledgeConflicts: input.acknowledge === "on",
      },
      { linkOrigin: publicOrigin(request) },
    );
    if (result.status === "needs_confirmation") {
      return data<Outcome>(
        { values: submission.values, warnings: result.warnings },
        { status: 409 },
      );
    }
    return redirect(`/pairings/${result.pairingId}`);
  } catch (error) {
    // A party that vanished, or the same one twice: said on the form, never a 500.
    if (error instanceof DomainError && USER_MISTAKES.has(error.code)) {
      const key = error.messageKey;
      return data<Outcome>({ values: submission.values, errors: { "": { key } } }, { status: 400 });
    }
    throw error;
  }
}

export default function NewPairingPage() {
  const { query, candidates, title } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  // What was typed survives both a search (in the URL) and a refused proposal (action data).
  const value = (name: string) => stringAt(outcome?.values, name) ?? params.get(name) ?? undefined;
  const errors = outcome?.errors;
  const warnings = outcome?.warnings ?? [];
  return (
    <div className="pairing-new-page">
      <h1>{title}</h1>
      <p className="lead">{t("pairingNew.lead")}</p>
      <Form method="post" noValidate className="stacked-form pairing-new">
        {errors?.[""] ? (
          <FormAlert>
            <ErrorText error={errors[""]} />
          </FormAlert>
        ) : null}
        {warnings.length > 0 ? (
          <FormAlert>
            <p>{t("pairingNew.warnings")}</p>
            <ul>
              {warnings.map((w) => (
                <li key={w.code}>
                  {t(`pairings.conflict.${w.code}`, {
                    count: w.code === "coauthors" ? w.publications : 0,
                  })}
                </li>
              ))}
            </ul>
          </FormAlert>
        ) : null}
        <SelectField
          label={t("pairingNew.kind")}
          name="kind"
          errors={errors}
          defaultValue={value("kind") ?? query.kind}
          options={PAIRING_KINDS.map((k) => ({ value: k, label: t(`pairingNew.kind.${k}`) }))}
        />
        <PartyPicker
          side="a"
          query={query.qa}
          candidates={candidates.a}
          chosen={value("sideA")}
          error={errors?.sideA}
        />
        <PartyPicker
          side="b"
          query={query.qb}
          candidates={candidates.b}
          chosen={value("sideB")}
          error={errors?.sideB}
        />
        <SelectField
          label={t("pairingNew.purpose")}
          name="purpose"
          errors={errors}
          defaultValue={value("purpose")}
          placeholder=""
          options={CONVENTION_KINDS.map((k) => ({
            value: k,
            label: t(`offer.${k}` as MessageKey),
          }))}
        />
        <TextAreaField
          label={t("pairingNew.note")}
          name="note"
          rows={3}
          maxLength={2000}
          errors={errors}
          defaultValue={value("note")}
        />
        <DueField errors={errors} defaultValue={value("dueAt")} />
        {warnings.length > 0 ? (
          <div className="choice">
            <input id="acknowledge" type="checkbox" name="acknowledge" />
            <label htmlFor="acknowledge">{t("pairingNew.acknowledge")}</label>
          </div>
        ) : null}
        <button type="submit" name="intent" value="propose">
          {t("pairingNew.submit")}
        </button>
      </Form>
    </div>
  );
}

function DueField({ errors, defaultValue }: { errors?: FieldErrors; defaultValue?: string }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor="dueAt">{t("pairingNew.dueAt")}</label>
      <input
        id="dueAt"
        type="date"
        name="dueAt"
        defaultValue={defaultValue}
        aria-invalid={errors?.dueAt ? true : undefined}
        aria-describedby={errors?.dueAt ? "dueAt-error" : undefined}
      />
      <ErrorText id="dueAt-error" error={errors?.dueAt} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
