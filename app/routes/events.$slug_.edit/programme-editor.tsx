import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { formatEventTime, formatEventWeekday } from "~/components/events/event-dates";
import { SlotsNote } from "~/components/events/slots-note";
import { Field, FormErrorAlert, SelectField } from "~/components/forms";
import { SessionSchema } from "~/utils/event-validation";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import { useLocale, useT } from "~/utils/use-i18n";
import { SESSION_KINDS } from "~/vocabulary/events";

type Session = {
  id: string;
  kind: (typeof SESSION_KINDS)[number];
  title: string;
  startsLocal: string;
  endsLocal: string;
  room: string;
  slots: number;
  slotMinutes: number | null;
  tables: number | null;
  speakers: { id: string; name: string; slug: string }[];
};
type Candidate = { id: string; name: string; headline: string };

/** The programme as it stands, each item removable, with its speakers, and the form to add one. */
export function ProgrammeEditor({
  sessions,
  timeZone,
  startsOn,
  lastResult,
  speakerSearch,
}: {
  sessions: Session[];
  timeZone: string;
  startsOn: string;
  lastResult?: FormResult | null;
  speakerSearch: { sessionId: string; q: string; candidates: Candidate[] } | null;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useSchemaForm(SessionSchema, {
    id: "session-form",
    lastResult,
    defaultValue: { kind: "plenary", startsAt: `${startsOn}T09:00`, endsAt: `${startsOn}T10:00` },
  });
  return (
    <section aria-labelledby="programme-editor" className="programme-editor">
      <h2 id="programme-editor">{t("events.programme")}</h2>
      <p className="muted">
        {t("events.programme.timesIn", {
          zone: t(`events.zone.${timeZone}` as "events.zone.Africa/Casablanca"),
        })}
      </p>
      <ul className="review-list">
        {sessions.map((s) => (
          <li key={s.id} className="card" data-testid="programme-item">
            <h3>{s.title}</h3>
            <p className="meta">
              {t(`events.session.${s.kind}`)} · {formatEventWeekday(s.startsLocal, locale)}{" "}
              {formatEventTime(s.startsLocal, locale)}–{formatEventTime(s.endsLocal, locale)}
              {s.room ? ` · ${t("events.room", { room: s.room })}` : null}
            </p>
            {s.kind === "meeting_block" ? <SlotsNote session={s} /> : null}
            {s.speakers.length > 0 ? (
              <ul className="inline-actions">
                {s.speakers.map((p) => (
                  <li key={p.slug}>
                    <Form method="post">
                      <input type="hidden" name="intent" value="removeSpeaker" />
                      <input type="hidden" name="sessionId" value={s.id} />
                      <input type="hidden" name="personId" value={p.id} />
                      {p.name}{" "}
                      <button
                        type="submit"
                        className="link-button"
                        aria-label={t("events.programme.removeSpeaker", { name: p.name })}
                      >
                        ×
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            ) : null}
            <Form method="get" className="inline-actions" preventScrollReset>
              <input type="hidden" name="session" value={s.id} />
              <label>
                <span className="visually-hidden">{t("events.programme.speakerSearch")}</span>
                <input
                  type="search"
                  name="speakerQ"
                  placeholder={t("events.programme.speakerSearch")}
                  defaultValue={speakerSearch?.sessionId === s.id ? speakerSearch.q : ""}
                  maxLength={100}
                />
              </label>
              <button type="submit" className="secondary">
                {t("events.programme.search")}
              </button>
            </Form>
            {speakerSearch?.sessionId === s.id ? (
              <ul className="inline-actions">
                {speakerSearch.candidates.map((c) => (
                  <li key={c.id}>
                    <Form method="post" preventScrollReset>
                      <input type="hidden" name="intent" value="addSpeaker" />
                      <input type="hidden" name="sessionId" value={s.id} />
                      <input type="hidden" name="personId" value={c.id} />
                      <button type="submit" className="secondary">
                        {t("events.programme.addSpeaker", { name: c.name })}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            ) : null}
            <Form method="post">
              <input type="hidden" name="intent" value="removeSession" />
              <input type="hidden" name="sessionId" value={s.id} />
              <button type="submit" className="secondary">
                {t("events.programme.remove")}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" className="stacked-form editor-section" {...getFormProps(form)}>
        <h3>{t("events.programme.add")}</h3>
        <input type="hidden" name="intent" value="addSession" />
        <FormErrorAlert form={form} />
        <SelectField
          meta={fields.kind}
          label={t("events.programme.kind")}
          options={SESSION_KINDS.map((k) => ({ value: k, label: t(`events.session.${k}`) }))}
        />
        <Field meta={fields.titleFr} label={t("events.programme.title")} maxLength={200} />
        <div className="field-row">
          <Field
            meta={fields.titleEn}
            label={t("events.programme.titleEn")}
            maxLength={200}
            lang="en"
            dir="ltr"
          />
          <Field
            meta={fields.titleAr}
            label={t("events.programme.titleAr")}
            maxLength={200}
            lang="ar"
            dir="rtl"
          />
        </div>
        <div className="field-row">
          <Field
            meta={fields.startsAt}
            label={t("events.programme.startsAt")}
            type="datetime-local"
          />
          <Field meta={fields.endsAt} label={t("events.programme.endsAt")} type="datetime-local" />
          <Field meta={fields.room} label={t("events.programme.room")} maxLength={100} />
        </div>
        <div className="field-row">
          <Field
            meta={fields.slotMinutes}
            label={t("events.programme.slotMinutes")}
            type="number"
            min={5}
            max={120}
            hint={t("events.programme.blockHint")}
          />
          <Field
            meta={fields.tables}
            label={t("events.programme.tables")}
            type="number"
            min={1}
            max={500}
          />
        </div>
        <button type="submit">{t("events.programme.add")}</button>
      </Form>
    </section>
  );
}
