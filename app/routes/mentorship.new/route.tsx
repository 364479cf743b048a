import { getFormProps } from "@conform-to/react";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireStudent } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { publicOrigin } from "~/.server/email/links.server";
import { invalid, refusal } from "~/.server/http/form-reply.server";
import { createMentorshipRequest } from "~/.server/mentorship";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert, SelectField, TextAreaField } from "~/components/forms";
import { parseForm, useSchemaForm } from "~/utils/forms";
import { MentorshipRequestSchema } from "~/utils/mentorship-validation";
import { useT } from "~/utils/use-i18n";
import { MENTORSHIP_GOALS } from "~/vocabulary/mentorship";
import { MentorSummary } from "./mentor-summary";
import { loadMentorCard } from "./queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.mentor.name ?? ""} · Passerelle` },
];

const mentorSlug = (request: Request) => new URL(request.url).searchParams.get("mentor") ?? "";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  const mentor = await loadMentorCard(getDb(), mentorSlug(request), user);
  return { mentor };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStudent(request);
  const submission = parseForm(await request.formData(), MentorshipRequestSchema);
  if (submission.status !== "success") return invalid(submission, {});
  const mentor = await loadMentorCard(getDb(), mentorSlug(request), user);
  try {
    const { requestId } = await createMentorshipRequest(
      getDb(),
      user,
      mentor.id,
      submission.value,
      {
        linkOrigin: publicOrigin(request),
      },
    );
    return redirect(`/mentorship/${requestId}`);
  } catch (error) {
    return refusal(submission, error, {});
  }
}

export default function NewMentorshipRequestPage() {
  const { mentor } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  const [form, fields] = useSchemaForm(MentorshipRequestSchema, {
    id: "mentorship-request",
    lastResult: result?.result,
  });
  const refused = form.errors?.[0];
  const open = mentor.availability === "open" && !mentor.openRequestId;
  return (
    <div className="mentorship-new">
      <h1>{t("mentorship.new.title", { name: mentor.name })}</h1>
      <MentorSummary mentor={mentor} />
      {open ? (
        <Form method="post" className="stack" {...getFormProps(form)}>
          <p className="lead">{t("mentorship.new.lead", { name: mentor.name })}</p>
          {refused ? <FormAlert>{t(refused.key, refused.params)}</FormAlert> : null}
          <SelectField
            meta={fields.goal}
            label={t("mentorship.new.goal")}
            placeholder={t("mentorship.new.choose")}
            options={MENTORSHIP_GOALS.map((g) => ({ value: g, label: t(`mentorship.goal.${g}`) }))}
          />
          <TextAreaField
            meta={fields.message}
            label={t("mentorship.new.message")}
            rows={8}
            maxLength={2000}
          />
          <p className="field-hint">{t("mentorship.new.messageHint")}</p>
          <button type="submit" disabled={busy}>
            {t("mentorship.new.submit")}
          </button>
        </Form>
      ) : mentor.openRequestId ? (
        <p className="notice" role="status">
          {t("mentorship.error.already_open")}{" "}
          <Link to={`/mentorship/${mentor.openRequestId}`}>{t("mentorship.new.seeRequest")}</Link>
        </p>
      ) : (
        <p className="notice" role="status">
          {t(
            mentor.availability === "not_a_mentor"
              ? "mentorship.error.mentor_unavailable"
              : mentor.availability === "unreachable"
                ? "mentorship.error.mentor_unreachable"
                : mentor.availability === "paused"
                  ? "mentorship.error.mentoring_paused"
                  : "mentorship.error.capacity_full",
          )}
        </p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
