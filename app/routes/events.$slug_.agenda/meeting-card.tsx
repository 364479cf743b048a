import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import type { AgendaView } from "~/.server/events/agenda-view.server";
import { FormAlert, SelectField, TextAreaField } from "~/components/forms";
import { AgendaActionSchema } from "~/utils/event-agenda-validation";
import { type FormResult, formErrorOf, useSchemaForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { ATTENDANCE_MARKS, MEETING_OUTCOMES } from "~/vocabulary/events";
import { CONVENTION_KINDS } from "~/vocabulary/offers";

type Meeting = AgendaView["meetings"][number];
type Reply = { intent: string; done?: MessageKey; result: FormResult };

/**
 * One meeting of the agenda: when, which table, with whom (and how to reach them: the request
 * was accepted). Once it has started, the viewer marks it held or no-show; once held, they say
 * what came out of it.
 */
export function MeetingCard({
  meeting: m,
  ownZone,
  result,
}: {
  meeting: Meeting;
  ownZone: string | null;
  result: Reply | undefined;
}) {
  const t = useT();
  const refused = formErrorOf(result?.result);
  return (
    <li className="agenda-item meeting" data-testid="agenda-meeting">
      <p className="agenda-when">
        <span>{m.day}</span> <strong dir="ltr">{m.time}</strong>
        {m.ownTime ? (
          <span className="muted">
            {" "}
            ({ownZone} <span dir="ltr">{m.ownTime}</span>)
          </span>
        ) : null}
      </p>
      <p className="agenda-table">
        <strong>{t("agenda.table", { table: m.table })}</strong>
        {m.room ? <span className="muted"> · {m.room}</span> : null}
        <span className="muted"> · {m.block}</span>
      </p>
      <p>
        {t("agenda.with")}{" "}
        {m.counterpart.slug ? (
          <Link to={`/people/${m.counterpart.slug}`}>{m.counterpart.name}</Link>
        ) : (
          m.counterpart.name
        )}
        {m.counterpart.organization ? <span> · {m.counterpart.organization}</span> : null}
      </p>
      {m.counterpart.email ? (
        <p className="agenda-contact">
          {t("agenda.contact")}{" "}
          <a href={`mailto:${m.counterpart.email}`} dir="ltr">
            {m.counterpart.email}
          </a>
        </p>
      ) : null}
      {result?.done ? <FormAlert tone="success">{t(result.done)}</FormAlert> : null}
      {refused ? <FormAlert>{t(refused.key, refused.params)}</FormAlert> : null}
      {m.started ? (
        <div className="no-print stack">
          <Form method="post" className="attendance-form">
            <input type="hidden" name="intent" value="attendance" />
            <input type="hidden" name="meetingId" value={m.id} />
            <span>{t("agenda.attendance.question")}</span>
            {ATTENDANCE_MARKS.map((mark) => (
              <button
                key={mark}
                type="submit"
                name="mark"
                value={mark}
                className={m.myAttendance === mark ? "" : "secondary"}
                aria-pressed={m.myAttendance === mark}
              >
                {t(`agenda.attendance.${mark}`)}
              </button>
            ))}
          </Form>
          {m.myAttendance === "held" ? (
            <OutcomeForm
              meeting={m}
              lastResult={result?.intent === "outcome" ? result.result : null}
            />
          ) : null}
        </div>
      ) : (
        <p className="muted no-print">{t("agenda.attendance.later")}</p>
      )}
    </li>
  );
}

function OutcomeForm({
  meeting: m,
  lastResult,
}: {
  meeting: Meeting;
  lastResult: FormResult | null;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(AgendaActionSchema, {
    id: `outcome-${m.id}`,
    lastResult,
    defaultValue: {
      intent: "outcome",
      meetingId: m.id,
      outcome: m.outcome?.outcome,
      agreementKind: m.outcome?.agreementKind ?? undefined,
      note: m.outcome?.note ?? "",
    },
  });
  return (
    <Form method="post" className="stacked-form outcome-form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="outcome" />
      <input type="hidden" name="meetingId" value={m.id} />
      {m.outcome ? (
        <p data-testid="outcome-answer">
          {t("agenda.outcome.answered")} <strong>{t(`agenda.outcome.${m.outcome.outcome}`)}</strong>
          {m.outcome.agreementKind ? ` — ${t(`offer.${m.outcome.agreementKind}`)}` : null}
        </p>
      ) : null}
      <SelectField
        meta={fields.outcome}
        label={t("agenda.outcome.question")}
        placeholder="—"
        options={MEETING_OUTCOMES.map((o) => ({ value: o, label: t(`agenda.outcome.${o}`) }))}
      />
      <SelectField
        meta={fields.agreementKind}
        label={t("agenda.outcome.kind")}
        placeholder="—"
        options={CONVENTION_KINDS.map((k) => ({ value: k, label: t(`offer.${k}`) }))}
      />
      <TextAreaField
        meta={fields.note}
        label={t("agenda.outcome.note")}
        rows={2}
        maxLength={1000}
      />
      <button type="submit">{t("agenda.outcome.submit")}</button>
    </Form>
  );
}
