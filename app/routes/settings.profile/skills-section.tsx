import { ErrorText } from "~/components/forms";
import { type FieldErrors, type FormValues, rowsAt, stringAt } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { normalizeLabel } from "~/utils/normalize-label";
import { useT } from "~/utils/use-i18n";
import { SKILL_LEVELS } from "~/vocabulary/people";
import { RemoveCheckbox, RepeatedRows } from "./repeated-rows";
import { SkillCombobox } from "./skill-combobox";

export function SkillsSection({
  values,
  errors,
  freeTags,
}: {
  values: FormValues;
  errors?: FieldErrors;
  freeTags: string[];
}) {
  const t = useT();
  const free = new Set(freeTags.map(normalizeLabel));
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.skills")}</legend>
      <p className="field-hint">{t("settings.skillsHint")}</p>
      <ErrorText error={errors?.skills} />
      <RepeatedRows
        rows={rowsAt(values, "skills")}
        addLabel={t("settings.addSkill")}
        renderRow={(i, row) => {
          const name = `skills.${i}`;
          const label = stringAt(row, "label");
          const error = errors?.[`${name}.label`] ?? errors?.[`${name}.level`];
          return (
            <div className="row-fields">
              <SkillCombobox
                name={`${name}.label`}
                label={`${t("settings.skill")} ${i + 1}`}
                defaultValue={label}
                invalid={!!error}
              />
              <label>
                <span className="visually-hidden">
                  {t("settings.skillLevel")} {i + 1}
                </span>
                <select name={`${name}.level`} defaultValue={stringAt(row, "level") ?? "3"}>
                  {SKILL_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`level.${level}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>
              {label && free.has(normalizeLabel(label)) ? (
                <span className="badge muted-badge">{t("settings.freeTag")}</span>
              ) : null}
              {row ? <RemoveCheckbox name={`${name}.remove`} /> : null}
              <ErrorText error={error} />
            </div>
          );
        }}
      />
    </fieldset>
  );
}
