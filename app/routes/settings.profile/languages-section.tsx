import { getSelectProps } from "@conform-to/react";
import { ErrorText, type FormMeta } from "~/components/forms";
import { languageName } from "~/utils/display-names";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { LANGUAGE_CODES, LANGUAGE_LEVELS } from "~/vocabulary/people";
import type { ProfileFields } from "./profile-form";
import { AddRowButton, RemoveCheckbox } from "./repeated-rows";

export function LanguagesSection({ form, fields }: { form: FormMeta; fields: ProfileFields }) {
  const t = useT();
  const locale = useLocale();
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.languages")}</legend>
      <ErrorText errors={fields.languages.errors} />
      <ol className="repeated-rows">
        {fields.languages.getFieldList().map((row, i) => {
          const { language, level } = row.getFieldset();
          const { key: languageKey, ...languageProps } = getSelectProps(language);
          const { key: levelKey, ...levelProps } = getSelectProps(level);
          const failed = language.errors ? language : level;
          return (
            <li key={row.key}>
              <div className="row-fields">
                <label>
                  <span className="visually-hidden">
                    {t("settings.language")} {i + 1}
                  </span>
                  <select
                    key={languageKey}
                    {...languageProps}
                    defaultValue={languageProps.defaultValue ?? ""}
                  >
                    <option value="">—</option>
                    {LANGUAGE_CODES.map((code) => (
                      <option key={code} value={code}>
                        {languageName(code, locale)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span className="visually-hidden">
                    {t("settings.languageLevel")} {i + 1}
                  </span>
                  <select key={levelKey} {...levelProps}>
                    {LANGUAGE_LEVELS.map((option) => (
                      <option key={option} value={option}>
                        {t(`languageLevel.${option}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </label>
                {language.initialValue ? <RemoveCheckbox name={`${row.name}.remove`} /> : null}
                <ErrorText id={failed.errorId} errors={failed.errors} />
              </div>
            </li>
          );
        })}
      </ol>
      <AddRowButton
        form={form}
        name={fields.languages.name}
        label={t("settings.addLanguage")}
        row={{ level: "professional" }}
      />
    </fieldset>
  );
}
