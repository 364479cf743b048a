import { getSelectProps } from "@conform-to/react";
import { ErrorText, type FormMeta } from "~/components/forms";
import type { MessageKey } from "~/utils/i18n";
import { normalizeLabel } from "~/utils/normalize-label";
import { useT } from "~/utils/use-i18n";
import { SKILL_LEVELS } from "~/vocabulary/people";
import type { ProfileFields } from "./profile-form";
import { AddRowButton, RemoveCheckbox } from "./repeated-rows";
import { SkillCombobox } from "./skill-combobox";

export function SkillsSection({
  form,
  fields,
  freeTags,
}: {
  form: FormMeta;
  fields: ProfileFields;
  freeTags: string[];
}) {
  const t = useT();
  const free = new Set(freeTags.map(normalizeLabel));
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.skills")}</legend>
      <p className="field-hint">{t("settings.skillsHint")}</p>
      <ErrorText errors={fields.skills.errors} />
      <ol className="repeated-rows">
        {fields.skills.getFieldList().map((row, i) => {
          const { label, level } = row.getFieldset();
          const { key: levelKey, ...levelProps } = getSelectProps(level);
          const failed = label.errors ? label : level;
          const typed = label.initialValue;
          return (
            <li key={row.key}>
              <div className="row-fields">
                <SkillCombobox
                  key={label.key}
                  meta={label}
                  label={`${t("settings.skill")} ${i + 1}`}
                  describedBy={failed.errors ? failed.errorId : undefined}
                />
                <label>
                  <span className="visually-hidden">
                    {t("settings.skillLevel")} {i + 1}
                  </span>
                  <select key={levelKey} {...levelProps}>
                    {SKILL_LEVELS.map((option) => (
                      <option key={option} value={option}>
                        {t(`level.${option}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </label>
                {typed && free.has(normalizeLabel(typed)) ? (
                  <span className="badge muted-badge">{t("settings.freeTag")}</span>
                ) : null}
                {typed ? <RemoveCheckbox name={`${row.name}.remove`} /> : null}
                <ErrorText id={failed.errorId} errors={failed.errors} />
              </div>
            </li>
          );
        })}
      </ol>
      <AddRowButton
        form={form}
        name={fields.skills.name}
        label={t("settings.addSkill")}
        row={{ level: "3" }}
      />
    </fieldset>
  );
}
