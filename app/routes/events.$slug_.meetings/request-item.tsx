import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { FormErrorAlert, TextAreaField } from "~/components/forms";
import { MeetingActionSchema } from "~/utils/event-validation";
import { formatDateTime } from "~/utils/format-date";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";

type Item = {
  id: string;
  status: "pending" | "accepted" | "declined" | "expired" | "withdrawn";
  direction: "sent" | "received";
  purpose: string | null;
  message: string;
  declineReason: string | null;
  mustMeet: boolean;
  expiresAt: Date;
  counterpart: { name: string; slug: string };
  contact: { email: string | null; phone: string | null } | null;
};

/** One request with what the viewer can do with it. */
export function RequestItem({ item, lastResult }: { item: Item; lastResult?: FormResult | null }) {
  const t = useT();
  const locale = useLocale();
  const name = item.counterpart.name;
  const pending = item.status === "pending";
  const who =
    item.status === "accepted"
      ? "events.meetings.with"
      : item.direction === "sent"
        ? "events.meetings.to"
        : "events.meetings.from";
  return (
    <li className="card meeting-request" data-testid="meeting-request">
      <h3>
        {t(who, { name: "" })}
        <Link to={`/people/${item.counterpart.slug}`}>{name}</Link>{" "}
        <span className={`badge mentorship-${item.status}`} data-testid="request-status">
          {t(`events.status.${item.status}`)}
        </span>{" "}
        {item.mustMeet ? <span className="badge">{t("events.meetings.mustMeet")}</span> : null}
      </h3>
      {item.purpose ? <p className="meta">{t(`offer.${item.purpose}` as MessageKey)}</p> : null}
      <p dir="auto" style={{ whiteSpace: "pre-line" }}>
        {item.message}
      </p>
      {item.declineReason ? (
        <p>{t("events.meetings.declineReason", { reason: item.declineReason })}</p>
      ) : null}
      {pending ? (
        <p className="muted">
          {t("events.meetings.expires", { date: formatDateTime(new Date(item.expiresAt), locale) })}
        </p>
      ) : null}
      {item.status === "accepted" ? <p className="muted">{t("events.meetings.unplaced")}</p> : null}
      {item.contact ? (
        <dl className="meeting-contact" aria-label={t("events.meetings.contact")}>
          {item.contact.email ? (
            <>
              <dt>{t("mentorship.detail.email")}</dt>
              <dd>
                <a href={`mailto:${item.contact.email}`}>{item.contact.email}</a>
              </dd>
            </>
          ) : null}
          {item.contact.phone ? (
            <>
              <dt>{t("mentorship.detail.phone")}</dt>
              <dd>
                <a href={`tel:${item.contact.phone}`}>{item.contact.phone}</a>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <div className="inline-actions">
        {pending && item.direction === "received" ? (
          <Form method="post">
            <input type="hidden" name="requestId" value={item.id} />
            <button type="submit" name="intent" value="accept">
              {t("events.meetings.accept")}
            </button>
          </Form>
        ) : null}
        {pending && item.direction === "sent" ? (
          <Form method="post">
            <input type="hidden" name="requestId" value={item.id} />
            <button type="submit" name="intent" value="withdraw" className="secondary">
              {t("events.meetings.withdraw")}
            </button>
          </Form>
        ) : null}
        {pending || item.status === "accepted" ? (
          <Form method="post">
            <input type="hidden" name="requestId" value={item.id} />
            <input type="hidden" name="on" value={item.mustMeet ? "" : "on"} />
            <button type="submit" name="intent" value="mustMeet" className="secondary">
              {t(item.mustMeet ? "events.meetings.unmarkMustMeet" : "events.meetings.markMustMeet")}
            </button>
          </Form>
        ) : null}
      </div>
      {pending && item.direction === "received" ? (
        <DeclineForm id={item.id} lastResult={lastResult} />
      ) : null}
    </li>
  );
}

function DeclineForm({ id, lastResult }: { id: string; lastResult?: FormResult | null }) {
  const t = useT();
  const [form, fields] = useSchemaForm(MeetingActionSchema, { id: `decline-${id}`, lastResult });
  return (
    <details open={!!lastResult}>
      <summary>{t("events.meetings.decline")}</summary>
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="decline" />
        <input type="hidden" name="requestId" value={id} />
        <FormErrorAlert form={form} />
        <TextAreaField
          meta={fields.reason}
          label={t("events.meetings.reason")}
          rows={2}
          maxLength={500}
        />
        <button type="submit">{t("events.meetings.decline")}</button>
      </Form>
    </details>
  );
}
