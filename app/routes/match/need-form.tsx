import { getFormProps, getSelectProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { ErrorText, type FieldMeta, FormAlert } from "~/components/forms";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { COUNTRIES } from "~/vocabulary/people";
import { EXAMPLE_NEED } from "./example-need";
import { MatchNeedFormSchema } from "./need-schema";

type Option = { value: string; label: string };

/** The need (≤ max characters, counted live) and optional filters; the text survives a submit. */
export function NeedForm({
  lastResult,
  maxChars,
  sectors,
  busy,
}: {
  lastResult: FormResult | undefined;
  maxChars: number;
  sectors: Option[];
  busy: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useSchemaForm(MatchNeedFormSchema, { id: "need", lastResult });
  const initial = fields.text.initialValue ?? "";
  const [text, setText] = useState(initial);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setText(initial), [initial]);
  const over = text.trim().length > maxChars;
  const number = new Intl.NumberFormat(locale === "ar" ? "ar-MA" : locale);
  const textError = fields.text.errors;
  const filtersOpen = [fields.country, fields.sector, fields.offer].some((f) => f.initialValue);
  const unavailable = form.errors?.[0];
  return (
    <Form method="post" className="stacked-form need-form" {...getFormProps(form)}>
      {unavailable ? <FormAlert>{t(unavailable.key)}</FormAlert> : null}
      <div className="field">
        <label htmlFor={fields.text.id}>{t("matchPage.text")}</label>
        <textarea
          ref={area}
          id={fields.text.id}
          name={fields.text.name}
          dir="auto"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={textError ? true : undefined}
          aria-describedby={`need-hint need-counter${textError ? ` ${fields.text.errorId}` : ""}`}
        />
        <p id="need-hint" className="field-hint">
          {t("matchPage.textHint", { max: number.format(maxChars) })}
        </p>
        <p id="need-counter" className={over ? "char-counter over" : "char-counter"}>
          {t("matchPage.counter", {
            count: number.format(text.trim().length),
            max: number.format(maxChars),
          })}
        </p>
        <ErrorText id={fields.text.errorId} errors={textError} />
      </div>
      <details className="need-filters" open={filtersOpen || undefined}>
        <summary>{t("matchPage.filters")}</summary>
        <div className="partner-filters">
          <Select
            meta={fields.country}
            label={t("matchPage.filter.country")}
            any={t("mentorsPage.filter.anyCountry")}
            options={COUNTRIES.map((c) => ({ value: c, label: t(`country.${c}` as MessageKey) }))}
          />
          <Select
            meta={fields.sector}
            label={t("matchPage.filter.sector")}
            any={t("matchPage.filter.anySector")}
            options={sectors}
          />
          <Select
            meta={fields.offer}
            label={t("matchPage.filter.offer")}
            any={t("matchPage.filter.anyOffer")}
            options={CONVENTION_KINDS.map((k) => ({
              value: k,
              label: t(`offer.${k}` as MessageKey),
            }))}
          />
        </div>
      </details>
      <div className="inline-actions">
        <button type="submit" disabled={busy}>
          {busy ? t("matchPage.searching") : t("matchPage.submit")}
        </button>
        {/* Without JavaScript the server fills the example in; with it, no round trip. */}
        <button
          type="submit"
          name="intent"
          value="example"
          className="button secondary"
          onClick={(event) => {
            event.preventDefault();
            setText(EXAMPLE_NEED);
            area.current?.focus();
          }}
        >
          {t("matchPage.example")}
        </button>
      </div>
    </Form>
  );
}

function Select({
  meta,
  label,
  any,
  options,
}: {
  meta: FieldMeta;
  label: string;
  any: string;
  options: Option[];
}) {
  const { key, ...select } = getSelectProps(meta);
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select key={key} {...select} defaultValue={select.defaultValue ?? ""}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
