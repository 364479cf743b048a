import { getFormProps, getInputProps } from "@conform-to/react";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { type ConflictWarning, proposePairing } from "~/.server/pairings";
import { ConflictWarnings } from "~/components/conflict-warnings";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import {
  ErrorText,
  Field,
  type FieldMeta,
  FormAlert,
  SelectField,
  TextAreaField,
} from "~/components/forms";
import { parseForm, useSchemaForm } from "~/utils/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { PartyPicker } from "./party-picker";
import { findCandidates } from "./queries.server";
import { NewPairingQuerySchema, NewPairingSchema, PAIRING_KINDS, sideTypes } from "./schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
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

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const submission = parseForm(await request.formData(), NewPairingSchema);
  if (submission.status !== "success") return invalid<ProposalReply>(submission, {});
  const input = submission.value;
  const types = sideTypes(input.kind);
  try {
    const result = await proposePairing(getDb(), user, {
      sideA: { type: types.a, id: input.sideA },
      sideB: { type: types.b, id: input.sideB },
      purpose: input.purpose,
      note: input.note,
      dueAt: input.dueAt,
      acknowledgeConflicts: input.acknowledge,
    });
    if (result.status === "needs_confirmation") {
      return reply<ProposalReply>(submission, { warnings: result.warnings }, { status: 409 });
    }
    return redirect(`/pairings/${result.pairingId}`);
  } catch (error) {
    // A party that vanished, or the same one twice: said on the form, never a 500.
    return refusal<ProposalReply>(submission, error, {});
  }
}

type ProposalReply = { warnings?: ConflictWarning[] };

export default function NewPairingPage() {
  const { query, candidates, title } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  // What was typed survives both a search (in the URL) and a refused proposal (action data).
  const [form, fields] = useSchemaForm(NewPairingSchema, {
    id: "new-pairing",
    lastResult: outcome?.result,
    defaultValue: {
      kind: query.kind,
      sideA: query.sideA,
      sideB: query.sideB,
      purpose: params.get("purpose") ?? undefined,
      note: params.get("note") ?? undefined,
      dueAt: params.get("dueAt") ?? undefined,
    },
  });
  const warnings = outcome?.warnings ?? [];
  const refused = form.errors?.[0];
  return (
    <div className="pairing-new-page">
      <h1>{title}</h1>
      <p className="lead">{t("pairingNew.lead")}</p>
      <Form method="post" className="stacked-form pairing-new" {...getFormProps(form)}>
        {refused ? (
          <FormAlert>
            <ErrorText errors={form.errors} />
          </FormAlert>
        ) : null}
        {warnings.length > 0 ? (
          <ConflictWarnings intro={t("pairingNew.warnings")} warnings={warnings} />
        ) : null}
        <SelectField
          meta={fields.kind}
          label={t("pairingNew.kind")}
          options={PAIRING_KINDS.map((k) => ({ value: k, label: t(`pairingNew.kind.${k}`) }))}
        />
        <PartyPicker side="a" query={query.qa} candidates={candidates.a} meta={fields.sideA} />
        <PartyPicker side="b" query={query.qb} candidates={candidates.b} meta={fields.sideB} />
        <SelectField
          meta={fields.purpose}
          label={t("pairingNew.purpose")}
          placeholder=""
          options={CONVENTION_KINDS.map((k) => ({
            value: k,
            label: t(`offer.${k}` as MessageKey),
          }))}
        />
        <TextAreaField meta={fields.note} label={t("pairingNew.note")} rows={3} maxLength={2000} />
        <Field meta={fields.dueAt} label={t("pairingNew.dueAt")} type="date" />
        {warnings.length > 0 ? <Acknowledge meta={fields.acknowledge} /> : null}
        <button type="submit" name="intent" value="propose">
          {t("pairingNew.submit")}
        </button>
      </Form>
    </div>
  );
}

function Acknowledge({ meta }: { meta: FieldMeta }) {
  const t = useT();
  const { key, ...checkbox } = getInputProps(meta, { type: "checkbox" });
  return (
    <div className="choice">
      <input key={key} {...checkbox} />
      <label htmlFor={meta.id}>{t("pairingNew.acknowledge")}</label>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
