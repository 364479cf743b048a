import { Form } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { ErrorText, FormAlert } from "~/components/forms";
import { type FieldErrors, type FormValues, stringAt } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { COUNTRIES } from "~/vocabulary/people";
import { EXAMPLE_NEED } from "./example-need";

type Option = { value: string; label: string };

/** The need (≤ max characters, counted live) and optional filters; the text survives a submit. */
export function NeedForm({
  values,
  errors,
  maxChars,
  sectors,
  busy,
}: {
  values?: FormValues;
  errors?: FieldErrors;
  maxChars: number;
  sectors: Option[];
  busy: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const initial = stringAt(values, "text") ?? "";
  const [text, setText] = useState(initial);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setText(initial), [initial]);
  const over = text.trim().length > maxChars;
  const number = new Intl.NumberFormat(locale === "ar" ? "ar-MA" : locale);
  const textError = errors?.text;
  const filtersOpen = ["country", "sector", "offer"].some((n) => stringAt(values, n));
  return (
    <Form method="post" noValidate className="stacked-form need-form">
      {errors?.[""] ? <FormAlert>{t(errors[""].key)}</FormAlert> : null}
      <div className="field">
        <label htmlFor="need-text">{t("matchPage.text")}</label>
        <textarea
          ref={area}
          id="need-text"
          name="text"
          dir="auto"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={textError ? true : undefined}
          aria-describedby={`need-hint need-counter${textError ? " need-error" : ""}`}
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
        <ErrorText id="need-error" error={textError} />
      </div>
      <details className="need-filters" open={filtersOpen || undefined}>
        <summary>{t("matchPage.filters")}</summary>
        <div className="partner-filters">
          <Select
            name="country"
            label={t("matchPage.filter.country")}
            any={t("mentorsPage.filter.anyCountry")}
            value={stringAt(values, "country")}
            options={COUNTRIES.map((c) => ({ value: c, label: t(`country.${c}` as MessageKey) }))}
          />
          <Select
            name="sector"
            label={t("matchPage.filter.sector")}
            any={t("matchPage.filter.anySector")}
            value={stringAt(values, "sector")}
            options={sectors}
          />
          <Select
            name="offer"
            label={t("matchPage.filter.offer")}
            any={t("matchPage.filter.anyOffer")}
            value={stringAt(values, "offer")}
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
  name,
  label,
  any,
  value,
  options,
}: {
  name: string;
  label: string;
  any: string;
  value: string | undefined;
  options: Option[];
}) {
  const id = `need-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
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
