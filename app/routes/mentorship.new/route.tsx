import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireStudent } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { DomainError } from "~/.server/domain-error";
import { publicOrigin } from "~/.server/email/links.server";
import { createMentorshipRequest, MentorshipRequestSchema } from "~/.server/mentorship";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert, SelectField, TextAreaField } from "~/components/forms";
import { type FieldErrors, type FormValues, parseSubmission, stringAt } from "~/utils/forms";
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

type ActionResult = { values: FormValues; errors: FieldErrors };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStudent(request);
  const submission = parseSubmission(MentorshipRequestSchema, await request.formData());
  if (!submission.success) {
    return data<ActionResult>(
      { values: submission.values, errors: submission.errors },
      { status: 400 },
    );
  }
  const mentor = await loadMentorCard(getDb(), mentorSlug(request), user);
  try {
    const { requestId } = await createMentorshipRequest(getDb(), user, mentor.id, submission.data, {
      linkOrigin: publicOrigin(request),
    });
    return redirect(`/mentorship/${requestId}`);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code === "not_a_student") throw error;
    return data<ActionResult>(
      { values: submission.values, errors: { "": { key: error.messageKey } } },
      { status: error.status },
    );
  }
}

export default function NewMentorshipRequestPage() {
  const { mentor } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  const open = mentor.availability === "open" && !mentor.openRequestId;
  return (
    <div className="mentorship-new">
      <h1>{t("mentorship.new.title", { name: mentor.name })}</h1>
      <MentorSummary mentor={mentor} />
      {open ? (
        <Form method="post" className="stack" noValidate>
          <p className="lead">{t("mentorship.new.lead", { name: mentor.name })}</p>
          {result?.errors[""] ? <FormAlert>{t(result.errors[""].key)}</FormAlert> : null}
          <SelectField
            label={t("mentorship.new.goal")}
            name="goal"
            errors={result?.errors}
            defaultValue={stringAt(result?.values, "goal")}
            placeholder={t("mentorship.new.choose")}
            options={MENTORSHIP_GOALS.map((g) => ({ value: g, label: t(`mentorship.goal.${g}`) }))}
          />
          <TextAreaField
            label={t("mentorship.new.message")}
            name="message"
            rows={8}
            maxLength={2000}
            errors={result?.errors}
            defaultValue={stringAt(result?.values, "message")}
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
