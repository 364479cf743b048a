import { ErrorText } from "~/components/forms";
import { type FieldErrors, type FormValues, listAt, stringAt } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";
import { MENTORING_STATUSES, VISIBILITIES } from "~/vocabulary/people";

type Props = { values: FormValues; errors?: FieldErrors };

export function SectorsSection({
  values,
  errors,
  sectors,
}: Props & { sectors: { id: string; label: string }[] }) {
  const t = useT();
  const chosen = new Set(listAt(values, "sectors"));
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.sectors")}</legend>
      <ErrorText error={errors?.sectors} />
      <div className="checkbox-grid">
        {sectors.map((s) => (
          <label key={s.id}>
            <input type="checkbox" name="sectors" value={s.id} defaultChecked={chosen.has(s.id)} />{" "}
            {s.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** For each kind of convention: do I offer it, do I look for it, with a few words each. */
export function OffersSection({ values, errors }: Props) {
  const t = useT();
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.offers")}</legend>
      <div className="offers-grid">
        {CONVENTION_KINDS.map((kind) => (
          <div key={kind} className="offer-row">
            <strong>{t(`offer.${kind}` as MessageKey)}</strong>
            {(["offers", "needs"] as const).map((group) => {
              const name = `${group}.${kind}`;
              return (
                <div key={group} className="offer-cell">
                  <label>
                    <input
                      type="checkbox"
                      name={`${name}.enabled`}
                      defaultChecked={stringAt(values, `${name}.enabled`) === "on"}
                    />{" "}
                    {t(group === "offers" ? "settings.offer" : "settings.need")}
                  </label>
                  <label>
                    <span className="visually-hidden">
                      {t("settings.details")} —{" "}
                      {t(group === "offers" ? "settings.offer" : "settings.need")} —{" "}
                      {t(`offer.${kind}` as MessageKey)}
                    </span>
                    <input
                      name={`${name}.details`}
                      placeholder={t("settings.details")}
                      maxLength={300}
                      dir="auto"
                      defaultValue={stringAt(values, `${name}.details`)}
                    />
                  </label>
                  <ErrorText error={errors?.[`${name}.details`]} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function PreferencesSection({ values, errors }: Props) {
  const t = useT();
  const mentoring = stringAt(values, "mentoringStatus") ?? "paused";
  const visibility = stringAt(values, "visibility") ?? "public";
  return (
    <>
      <fieldset className="editor-section">
        <legend>{t("settings.section.mentoring")}</legend>
        {MENTORING_STATUSES.map((status) => (
          <label key={status} className="choice">
            <input
              type="radio"
              name="mentoringStatus"
              value={status}
              defaultChecked={mentoring === status}
            />{" "}
            {t(`settings.mentoring.${status}`)}
          </label>
        ))}
        <ErrorText error={errors?.mentoringStatus} />
        <div className="field narrow">
          <label htmlFor="mentoringCapacity">{t("settings.mentoringCapacity")}</label>
          <input
            id="mentoringCapacity"
            name="mentoringCapacity"
            type="number"
            min={0}
            max={50}
            inputMode="numeric"
            defaultValue={stringAt(values, "mentoringCapacity") ?? "0"}
            aria-invalid={errors?.mentoringCapacity ? true : undefined}
            aria-describedby={errors?.mentoringCapacity ? "mentoringCapacity-error" : undefined}
          />
          <ErrorText id="mentoringCapacity-error" error={errors?.mentoringCapacity} />
        </div>
      </fieldset>
      <fieldset className="editor-section">
        <legend>{t("settings.section.visibility")}</legend>
        {VISIBILITIES.map((v) => (
          <label key={v} className="choice">
            <input type="radio" name="visibility" value={v} defaultChecked={visibility === v} />{" "}
            {t(`settings.visibility.${v}`)}
          </label>
        ))}
        <ErrorText error={errors?.visibility} />
      </fieldset>
    </>
  );
}
