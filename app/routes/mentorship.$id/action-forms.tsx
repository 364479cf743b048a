import { Form, useNavigation } from "@remix-run/react";
import { TextAreaField } from "~/components/forms";
import { type FieldErrors, type FormValues, stringAt } from "~/utils/forms";
import type { MentorshipStatusValue } from "~/utils/mentorship-vocabulary";
import { useT } from "~/utils/use-i18n";

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
  moves: MentorshipStatusValue[];
  result: ActionResult | undefined;
}) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const errorsFor = (intent: string) => (result?.intent === intent ? result.errors : undefined);
  const valueFor = (intent: string, name: string) =>
    result?.intent === intent ? stringAt(result.values, name) : undefined;
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
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="ask" />
          <TextAreaField
            label={t("mentorship.action.question")}
            name="question"
            rows={3}
            maxLength={2000}
            errors={errorsFor("ask")}
            defaultValue={valueFor("ask", "question")}
          />
          <button type="submit" className="secondary" disabled={busy}>
            {t("mentorship.action.ask")}
          </button>
        </Form>
      ) : null}
      {moves.includes("declined") ? (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="decline" />
          <TextAreaField
            label={t("mentorship.action.reason")}
            name="reason"
            rows={2}
            maxLength={500}
            errors={errorsFor("decline")}
            defaultValue={valueFor("decline", "reason")}
          />
          <button type="submit" className="secondary" disabled={busy}>
            {t("mentorship.action.decline")}
          </button>
        </Form>
      ) : null}
      {moves.includes("pending") ? (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="answer" />
          <TextAreaField
            label={t("mentorship.action.answerLabel")}
            name="answer"
            rows={4}
            maxLength={2000}
            errors={errorsFor("answer")}
            defaultValue={valueFor("answer", "answer")}
          />
          <button type="submit" disabled={busy}>
            {t("mentorship.action.answer")}
          </button>
        </Form>
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
