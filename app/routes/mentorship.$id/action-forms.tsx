import { Form, useNavigation } from "@remix-run/react";
import { TextAreaField } from "~/components/forms";
import { type FieldErrors, type FormValues, stringAt } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";
import type { MentorshipStatus } from "~/vocabulary/mentorship";

export type ActionResult = {
  intent?: string;
  done?: string;
  values?: FormValues;
  errors?: FieldErrors;
};

/** The forms the viewer may use now, from the moves the workflow allows them. */
export function ActionForms({
  moves,
  result,
}: {
  moves: MentorshipStatus[];
  result: ActionResult | undefined;
}) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="mentorship-actions stack">
      {moves.includes("accepted") ? (
        <Form method="post">
          <button type="submit" name="intent" value="accept" disabled={busy}>
            {t("mentorship.action.accept")}
          </button>
        </Form>
      ) : null}
      {moves.includes("more_info") ? (
        <TextMoveForm
          intent="ask"
          label={t("mentorship.action.question")}
          name="question"
          rows={3}
          maxLength={2000}
          button={t("mentorship.action.ask")}
          secondary={true}
          busy={busy}
          result={result}
        />
      ) : null}
      {moves.includes("declined") ? (
        <TextMoveForm
          intent="decline"
          label={t("mentorship.action.reason")}
          name="reason"
          rows={2}
          maxLength={500}
          button={t("mentorship.action.decline")}
          secondary={true}
          busy={busy}
          result={result}
        />
      ) : null}
      {moves.includes("pending") ? (
        <TextMoveForm
          intent="answer"
          label={t("mentorship.action.answerLabel")}
          name="answer"
          rows={4}
          maxLength={2000}
          button={t("mentorship.action.answer")}
          secondary={false}
          busy={busy}
          result={result}
        />
      ) : null}
      {moves.includes("ended") ? (
        <Form method="post">
          <button type="submit" name="intent" value="end" className="secondary" disabled={busy}>
            {t("mentorship.action.end")}
          </button>
        </Form>
      ) : null}
      {moves.includes("withdrawn") ? (
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value="withdraw"
            className="secondary"
            disabled={busy}
          >
            {t("mentorship.action.withdraw")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

/** A move that needs a text (a question, a reason, an answer): its errors and input come back. */
function TextMoveForm(props: {
  intent: string;
  label: string;
  name: string;
  rows: number;
  maxLength: number;
  button: string;
  secondary: boolean;
  busy: boolean;
  result: ActionResult | undefined;
}) {
  const mine = props.result?.intent === props.intent ? props.result : undefined;
  return (
    <Form method="post" className="stack">
      <input type="hidden" name="intent" value={props.intent} />
      <TextAreaField
        label={props.label}
        name={props.name}
        rows={props.rows}
        maxLength={props.maxLength}
        errors={mine?.errors}
        defaultValue={mine ? stringAt(mine.values, props.name) : undefined}
      />
      <button
        type="submit"
        className={props.secondary ? "secondary" : undefined}
        disabled={props.busy}
      >
        {props.button}
      </button>
    </Form>
  );
}
