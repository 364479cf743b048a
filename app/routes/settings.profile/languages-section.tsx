import { ErrorText } from "~/components/forms";
import { languageName } from "~/utils/display-names";
import { type FieldErrors, type FormValues, rowsAt, stringAt } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { LANGUAGE_CODES, LANGUAGE_LEVELS } from "~/vocabulary/people";
import { RemoveCheckbox, RepeatedRows } from "./repeated-rows";

export function LanguagesSection({ values, errors }: { values: FormValues; errors?: FieldErrors }) {
  const t = useT();
  const locale = useLocale();
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.languages")}</legend>
      <ErrorText error={errors?.languages} />
      <RepeatedRows
        rows={rowsAt(values, "languages")}
        addLabel={t("settings.addLanguage")}
        renderRow={(i, row) => {
          const name = `languages.${i}`;
          return (
            <div className="row-fields">
              <label>
                <span className="visually-hidden">
                  {t("settings.language")} {i + 1}
                </span>
                <select name={`${name}.language`} defaultValue={stringAt(row, "language") ?? ""}>
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
                <select
                  name={`${name}.level`}
                  defaultValue={stringAt(row, "level") ?? "professional"}
                >
                  {LANGUAGE_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`languageLevel.${level}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>
              {row ? <RemoveCheckbox name={`${name}.remove`} /> : null}
              <ErrorText error={errors?.[`${name}.language`] ?? errors?.[`${name}.level`]} />
            </div>
          );
        }}
      />
    </fieldset>
  );
}
