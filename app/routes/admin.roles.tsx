import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/.server/auth/require-user.server";
import { grantRole, listStaff, revokeRole } from "~/.server/auth/roles.server";
import { getLocale } from "~/.server/locale.server";
import { AdminNav } from "~/components/admin-nav";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormAlert, SelectField } from "~/components/forms";
import { EmailSchema } from "~/utils/account-validation";
import { type FieldErrors, type FormValues, parseSubmission, stringAt } from "~/utils/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { GRANTED_ROLES } from "~/utils/vocabulary";
import { getDb } from "../../db/client";

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
  z.object({ intent: z.literal("revoke"), userId: z.string().uuid(), role: z.enum(GRANTED_ROLES) }),
]);

type Result = { done?: MessageKey; values?: FormValues; errors?: FieldErrors };

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, ["admin"]);
  const submission = parseSubmission(RoleChangeSchema, await request.formData());
  if (!submission.success) {
    return data<Result>({ values: submission.values, errors: submission.errors }, { status: 400 });
  }
  const input = submission.data;
  const db = getDb();
  if (input.intent === "grant") {
    const result = await grantRole(db, actor, input);
    if (!result.ok) {
      return data<Result>(
        { values: submission.values, errors: { email: { key: "roles.unknownAccount" } } },
        { status: 400 },
      );
    }
    return data<Result>({ done: "roles.granted" });
  }
  const result = await revokeRole(db, actor, input);
  if (!result.ok)
    return data<Result>({ errors: { "": { key: "roles.lastAdmin" } } }, { status: 409 });
  return data<Result>({ done: "roles.revoked" });
}

export default function RolesPage() {
  const { staff } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const roleName = (role: string) => t(`roles.role.${role}` as MessageKey);
  return (
    <div className="staff-page">
      <AdminNav />
      <h1>{t("roles.title")}</h1>
      <p className="lead">{t("roles.lead")}</p>
      {result?.done ? <FormAlert tone="success">{t(result.done)}</FormAlert> : null}
      {result?.errors?.[""] ? <FormAlert>{t(result.errors[""].key)}</FormAlert> : null}
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
                  <Form method="post" key={r.role} className="inline-actions">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="userId" value={s.userId} />
                    <input type="hidden" name="role" value={r.role} />
                    <span className="badge">{roleName(r.role)}</span>
                    <button type="submit" className="link-button">
                      {t("roles.revoke", { role: roleName(r.role) })}
                    </button>
                  </Form>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("roles.grant.title")}</h2>
      <Form method="post" noValidate className="stacked-form">
        <input type="hidden" name="intent" value="grant" />
        <Field
          label={t("roles.grant.email")}
          name="email"
          type="email"
          errors={result?.errors}
          defaultValue={stringAt(result?.values, "email")}
        />
        <SelectField
          label={t("roles.grant.role")}
          name="role"
          errors={result?.errors}
          defaultValue={stringAt(result?.values, "role") ?? "coordinator"}
          options={GRANTED_ROLES.map((r) => ({ value: r, label: roleName(r) }))}
        />
        <button type="submit">{t("roles.grant.submit")}</button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
