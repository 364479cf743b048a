import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/.server/auth/require-user.server";
import { grantRole, listStaff, revokeRole } from "~/.server/auth/roles.server";
import { getDb } from "~/.server/db.server";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormAlert, SelectField } from "~/components/forms";
import { EmailSchema } from "~/utils/account-validation";
import { UuidSchema } from "~/utils/field-schemas";
import { formErrorOf, parseForm, useSchemaForm } from "~/utils/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { GRANTED_ROLES } from "~/vocabulary/roles";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["admin"]);
  return {
    title: translator(await getLocale(request))("roles.title"),
    staff: await listStaff(getDb()),
  };
}

const RoleChangeSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("grant"), email: EmailSchema, role: z.enum(GRANTED_ROLES) }),
  z.object({ intent: z.literal("revoke"), userId: UuidSchema, role: z.enum(GRANTED_ROLES) }),
]);

type RolesReply = { intent: string; done?: MessageKey };

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, ["admin"]);
  const formData = await request.formData();
  const submission = parseForm(formData, RoleChangeSchema);
  const intent = String(formData.get("intent") ?? "");
  if (submission.status !== "success") return invalid<RolesReply>(submission, { intent });
  const input = submission.value;
  const db = getDb();
  try {
    if (input.intent === "grant") await grantRole(db, actor, input);
    else await revokeRole(db, actor, input);
  } catch (error) {
    return refusal<RolesReply>(submission, error, { intent });
  }
  const done = input.intent === "grant" ? "roles.granted" : "roles.revoked";
  return reply<RolesReply>(submission, { intent, done }, { resetForm: true });
}

export default function RolesPage() {
  const { staff } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const roleName = (role: string) => t(`roles.role.${role}` as MessageKey);
  const [grant, fields] = useSchemaForm(RoleChangeSchema, {
    id: "grant-role",
    lastResult: result?.intent === "grant" ? result.result : null,
    defaultValue: { intent: "grant", role: "coordinator" },
  });
  // A refused revocation (the last admin) is said at the top of the page.
  const revokeError = result?.intent === "revoke" ? formErrorOf(result.result) : undefined;
  return (
    <div className="staff-page">
      <h1>{t("roles.title")}</h1>
      <p className="lead">{t("roles.lead")}</p>
      {result?.done ? <FormAlert tone="success">{t(result.done)}</FormAlert> : null}
      {revokeError ? <FormAlert>{t(revokeError.key, revokeError.params)}</FormAlert> : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("roles.account")}</th>
            <th scope="col">{t("roles.roles")}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <tr key={s.userId}>
              <td>
                {s.name ?? s.email}
                <br />
                <span className="muted">{s.email}</span>
              </td>
              <td>
                {s.roles.map((r) => (
                  <RevokeForm
                    key={r.role}
                    userId={s.userId}
                    role={r.role}
                    label={t("roles.revoke", { role: roleName(r.role) })}
                    roleName={roleName(r.role)}
                  />
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("roles.grant.title")}</h2>
      <Form method="post" className="stacked-form" {...getFormProps(grant)}>
        <input type="hidden" name="intent" value="grant" />
        <Field meta={fields.email} label={t("roles.grant.email")} type="email" />
        <SelectField
          meta={fields.role}
          label={t("roles.grant.role")}
          options={GRANTED_ROLES.map((r) => ({ value: r, label: roleName(r) }))}
        />
        <button type="submit">{t("roles.grant.submit")}</button>
      </Form>
    </div>
  );
}

function RevokeForm(props: { userId: string; role: string; label: string; roleName: string }) {
  const [form] = useSchemaForm(RoleChangeSchema, { id: `revoke-${props.userId}-${props.role}` });
  return (
    <Form method="post" className="inline-actions" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="revoke" />
      <input type="hidden" name="userId" value={props.userId} />
      <input type="hidden" name="role" value={props.role} />
      <span className="badge">{props.roleName}</span>
      <button type="submit" className="link-button">
        {props.label}
      </button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
