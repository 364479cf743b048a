import { Form } from "@remix-run/react";
import type { PlanView } from "~/.server/events/planning";
import { useT } from "~/utils/use-i18n";

type Meeting = PlanView["meetings"][number];

/** The unplaced meetings with their reason in words, then every meeting with must-meet and lock / unlock. */
export function MeetingList({ view }: { view: PlanView }) {
  const t = useT();
  const unplaced = view.meetings.filter((m) => !m.draft);
  return (
    <>
      {unplaced.length > 0 ? (
        <section aria-labelledby="plan-unplaced">
          <h2 id="plan-unplaced">{t("events.plan.unplacedTitle")}</h2>
          <ul className="plan-unplaced" data-testid="unplaced">
            {unplaced.map((m) => (
              <li key={m.id}>
                <strong>
                  <bdi>{m.fromName}</bdi> ↔ <bdi>{m.toName}</bdi>
                </strong>
                {" — "}
                {m.unplacedReason
                  ? t(`events.plan.reason.${m.unplacedReason}`)
                  : t("events.plan.notPlanned")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.meetings.length > 0 ? (
        <section aria-labelledby="plan-all">
          <h2 id="plan-all">{t("events.plan.meetingsTitle")}</h2>
          <ul className="plan-meetings">
            {view.meetings.map((m) => (
              <MeetingRow key={m.id} meeting={m} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function MeetingRow({ meeting: m }: { meeting: Meeting }) {
  const t = useT();
  return (
    <li className="plan-meeting" data-testid={`meeting-${m.id}`}>
      <span>
        <bdi>{m.fromName}</bdi> ↔ <bdi>{m.toName}</bdi>
        {m.mustMeet ? <span className="badge">{t("events.plan.mustMeet")}</span> : null}
        {m.locked ? <span className="badge">{t("events.plan.locked")}</span> : null}
        {m.changed ? <span className="badge">{t("events.plan.changed")}</span> : null}
      </span>
      <MeetingToggle
        meetingId={m.id}
        intent="mustMeet"
        field="on"
        on={!m.mustMeet}
        label={m.mustMeet ? t("events.plan.unmarkMustMeet") : t("events.plan.markMustMeet")}
      />
      {m.draft || m.locked ? (
        <MeetingToggle
          meetingId={m.id}
          intent="lock"
          field="locked"
          on={!m.locked}
          label={m.locked ? t("events.plan.unlock") : t("events.plan.lock")}
        />
      ) : null}
    </li>
  );
}

/** One button that switches a meeting's mark (lock, must meet) to `on`. */
function MeetingToggle(props: {
  meetingId: string;
  intent: "lock" | "mustMeet";
  field: "locked" | "on";
  on: boolean;
  label: string;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name={props.field} value={props.on ? "true" : "false"} />
      <button type="submit" className="secondary">
        {props.label}
      </button>
    </Form>
  );
}
