import { getFormProps } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { TextAreaField } from "~/components/forms";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { type MentorshipAction, MentorshipActionSchema } from "~/utils/mentorship-validation";
import { useT } from "~/utils/use-i18n";
import type { MentorshipStatus } from "~/vocabulary/mentorship";

type Intent = MentorshipAction["intent"];
type ActionFields = ReturnType<typeof useSchemaForm<typeof MentorshipActionSchema>>[1];
/** What the page's action answers: the form it is about, what was done, Conform's result. */
export type MentorshipReply = { intent: string; done?: MessageKey };

/** The forms the viewer may use now, from the moves the workflow allows them. */
export function ActionForms({
  moves,
  result,
}: {
  moves: MentorshipStatus[];
  result: (MentorshipReply & { result: FormResult }) | undefined;
}) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const lastResult = (intent: Intent) => (result?.intent === intent ? result.result : null);
  return (
    <section className="mentorship-actions stack">
      {moves.includes("accepted") ? (
        <MoveForm intent="accept" busy={busy} label={t("mentorship.action.accept")} />
      ) : null}
      {moves.includes("more_info") ? (
        <MoveForm
          intent="ask"
          busy={busy}
          label={t("mentorship.action.ask")}
          secondary
          lastResult={lastResult("ask")}
          text={(fields) => (
            <TextAreaField
              meta={fields.question}
              label={t("mentorship.action.question")}
              rows={3}
              maxLength={2000}
            />
          )}
        />
      ) : null}
      {moves.includes("declined") ? (
        <MoveForm
          intent="decline"
          busy={busy}
          label={t("mentorship.action.decline")}
          secondary
          lastResult={lastResult("decline")}
          text={(fields) => (
            <TextAreaField
              meta={fields.reason}
              label={t("mentorship.action.reason")}
              rows={2}
              maxLength={500}
            />
          )}
        />
      ) : null}
      {moves.includes("pending") ? (
        <MoveForm
          intent="answer"
          busy={busy}
          label={t("mentorship.action.answer")}
          lastResult={lastResult("answer")}
          text={(fields) => (
            <TextAreaField
              meta={fields.answer}
              label={t("mentorship.action.answerLabel")}
              rows={4}
              maxLength={2000}
            />
          )}
        />
      ) : null}
      {moves.includes("ended") ? (
        <MoveForm intent="end" busy={busy} label={t("mentorship.action.end")} secondary />
      ) : null}
      {moves.includes("withdrawn") ? (
        <MoveForm intent="withdraw" busy={busy} label={t("mentorship.action.withdraw")} secondary />
      ) : null}
    </section>
  );
}

/** One move: a button, and for a question, a reason or an answer, its text (kept on an error). */
function MoveForm(props: {
  intent: Intent;
  label: string;
  busy: boolean;
  secondary?: boolean;
  lastResult?: FormResult | null;
  text?: (fields: ActionFields) => ReactNode;
}) {
  const [form, fields] = useSchemaForm(MentorshipActionSchema, {
    id: `mentorship-${props.intent}`,
    lastResult: props.lastResult,
  });
  return (
    <Form method="post" className={props.text ? "stack" : undefined} {...getFormProps(form)}>
      <input type="hidden" name="intent" value={props.intent} />
      {props.text?.(fields)}
      <button
        type="submit"
        className={props.secondary ? "secondary" : undefined}
        disabled={props.busy}
      >
        {props.label}
      </button>
    </Form>
  );
}
