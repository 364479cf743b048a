import { getFormProps, getInputProps } from "@conform-to/react";
import { Form, Link, useNavigation } from "@remix-run/react";
import { useId } from "react";
import { ConflictWarnings } from "~/components/conflict-warnings";
import { Field, TextAreaField } from "~/components/forms";
import { PartnerCriteria } from "~/components/partner-criteria";
import { joinParts } from "~/utils/format-list";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { ProposeLabPairingSchema } from "./propose-schema";
import type { loader, ProposeReply } from "./route";

type Suggestion = Awaited<ReturnType<typeof loader>>["suggestions"][number];

/** One partner: score, one-line explanation, the per-criterion breakdown and a "propose" form. */
export function SuggestionCard({
  suggestion,
  purpose,
  reply,
}: {
  suggestion: Suggestion;
  purpose: string;
  reply?: ProposeReply & { result: FormResult };
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const navigation = useNavigation();
  const { partner } = suggestion;
  const busy =
    navigation.state === "submitting" && navigation.formData?.get("partnerId") === partner.id;
  const [form, fields] = useSchemaForm(ProposeLabPairingSchema, {
    id: `propose-${partner.id}`,
    lastResult: reply?.result,
  });
  const warnings = reply?.warnings ?? [];
  const { key: ackKey, ...acknowledge } = getInputProps(fields.acknowledge, { type: "checkbox" });
  const countryKey = `country.${partner.country}` as MessageKey;
  const country = t(countryKey) === countryKey ? partner.country : t(countryKey);
  return (
    <li className="suggestion-card" aria-labelledby={`${id}-name`}>
      <header>
        <h2 id={`${id}-name`}>
          <Link to={`/orgs/${partner.slug}`}>{partner.name}</Link>
          {partner.acronym ? <span className="muted"> ({partner.acronym})</span> : null}
        </h2>
        <p className="meta">
          <span>{joinParts([partner.city, country], locale)}</span>
          <span>{t("partners.page.members", { count: partner.members })}</span>
          <span className="score">
            {t("partners.page.score")}
            {t("punct.colon")}
            {t("partners.score", { score: suggestion.score })}
          </span>
        </p>
      </header>
      <p className="explain">{suggestion.explanation}</p>
      <PartnerCriteria rows={suggestion.rows} />
      <details open={reply ? true : undefined}>
        <summary>{t("partners.propose.title")}</summary>
        <Form method="post" className="stacked-form" {...getFormProps(form)}>
          <input type="hidden" name="partnerId" value={partner.id} />
          <input type="hidden" name="purpose" value={purpose} />
          {warnings.length ? (
            <ConflictWarnings intro={t("partners.propose.warnings")} warnings={warnings} />
          ) : null}
          <TextAreaField
            meta={fields.note}
            label={t("partners.propose.note")}
            rows={3}
            maxLength={2000}
          />
          <Field meta={fields.dueAt} label={t("partners.propose.dueAt")} type="date" />
          {warnings.length ? (
            <div className="choice">
              <input key={ackKey} {...acknowledge} />
              <label htmlFor={fields.acknowledge.id}>{t("partners.propose.acknowledge")}</label>
            </div>
          ) : null}
          <button type="submit" disabled={busy}>
            {t("partners.propose.submit")}
          </button>
        </Form>
      </details>
    </li>
  );
}
