import { getCollectionProps, getInputProps } from "@conform-to/react";
import { ErrorText, Field } from "~/components/forms";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { MENTORING_STATUSES, VISIBILITIES } from "~/vocabulary/people";
import type { ProfileFields } from "./profile-form";

type Props = { fields: ProfileFields };

export function SectorsSection({
  fields,
  sectors,
}: Props & { sectors: { id: string; label: string }[] }) {
  const t = useT();
  const labels = new Map(sectors.map((s) => [s.id, s.label]));
  const boxes = getCollectionProps(fields.sectors, {
    type: "checkbox",
    options: sectors.map((s) => s.id),
  });
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.sectors")}</legend>
      <ErrorText id={fields.sectors.errorId} errors={fields.sectors.errors} />
      <div className="checkbox-grid">
        {boxes.map(({ key, ...box }) => (
          <label key={key ?? box.value}>
            <input {...box} /> {labels.get(box.value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** For each kind of convention: do I offer it, do I look for it, with a few words each. */
export function OffersSection({ fields }: Props) {
  const t = useT();
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.offers")}</legend>
      <div className="offers-grid">
        {CONVENTION_KINDS.map((kind) => (
          <div key={kind} className="offer-row">
            <strong>{t(`offer.${kind}` as MessageKey)}</strong>
            {(["offers", "needs"] as const).map((group) => {
              const { enabled, details } = fields[group].getFieldset()[kind].getFieldset();
              const { key: enabledKey, ...checkbox } = getInputProps(enabled, { type: "checkbox" });
              const { key: detailsKey, ...text } = getInputProps(details, { type: "text" });
              const what = t(group === "offers" ? "settings.offer" : "settings.need");
              return (
                <div key={group} className="offer-cell">
                  <label>
                    <input key={enabledKey} {...checkbox} /> {what}
                  </label>
                  <label>
                    <span className="visually-hidden">
                      {t("settings.details")} — {what} — {t(`offer.${kind}` as MessageKey)}
                    </span>
                    <input
                      key={detailsKey}
                      {...text}
                      placeholder={t("settings.details")}
                      maxLength={300}
                      dir="auto"
                    />
                  </label>
                  <ErrorText id={details.errorId} errors={details.errors} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function PreferencesSection({ fields }: Props) {
  const t = useT();
  return (
    <>
      <fieldset className="editor-section">
        <legend>{t("settings.section.mentoring")}</legend>
        {getCollectionProps(fields.mentoringStatus, {
          type: "radio",
          options: [...MENTORING_STATUSES],
        }).map(({ key, ...radio }) => (
          <label key={key ?? radio.value} className="choice">
            <input {...radio} /> {t(`settings.mentoring.${radio.value}` as MessageKey)}
          </label>
        ))}
        <ErrorText id={fields.mentoringStatus.errorId} errors={fields.mentoringStatus.errors} />
        <Field
          meta={fields.mentoringCapacity}
          label={t("settings.mentoringCapacity")}
          className="narrow"
          type="number"
          min={0}
          max={50}
          inputMode="numeric"
        />
      </fieldset>
      <fieldset className="editor-section">
        <legend>{t("settings.section.visibility")}</legend>
        {getCollectionProps(fields.visibility, { type: "radio", options: [...VISIBILITIES] }).map(
          ({ key, ...radio }) => (
            <label key={key ?? radio.value} className="choice">
              <input {...radio} /> {t(`settings.visibility.${radio.value}` as MessageKey)}
            </label>
          ),
        )}
        <ErrorText id={fields.visibility.errorId} errors={fields.visibility.errors} />
      </fieldset>
    </>
  );
}
