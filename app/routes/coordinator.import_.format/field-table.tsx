import type { FieldRequirement, IMPORT_FIELDS } from "~/.server/import/import-format.server";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

const REQUIREMENT: Record<FieldRequirement, MessageKey> = {
  required: "importFormat.required",
  optional: "importFormat.optional",
  unlessOrganization: "importFormat.unlessOrganization",
};

/** One row per field: its JSON name, whether it is required, what it holds and its values. */
export function FieldTable({
  fields,
  sectors,
}: {
  fields: typeof IMPORT_FIELDS;
  sectors: { id: string; label: string }[];
}) {
  const t = useT();
  return (
    <table className="data-table" data-testid="format-fields">
      <thead>
        <tr>
          <th scope="col">{t("importFormat.colField")}</th>
          <th scope="col">{t("importFormat.colRequired")}</th>
          <th scope="col">{t("importFormat.colValue")}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.name}>
            <td data-label={t("importFormat.colField")}>
              <code dir="ltr">{f.name}</code>
            </td>
            <td data-label={t("importFormat.colRequired")}>{t(REQUIREMENT[f.requirement])}</td>
            <td data-label={t("importFormat.colValue")}>
              {t(`importFormat.field.${f.name}`)}
              {f.values ? (
                <>
                  {" "}
                  {t("importFormat.values")} <code dir="ltr">{f.values.join(", ")}</code>
                </>
              ) : null}
              {f.name === "sectors" ? (
                <>
                  {" "}
                  {t("importFormat.values")}{" "}
                  {sectors.map((s, i) => (
                    <span key={s.id}>
                      {i > 0 ? ", " : ""}
                      <code dir="ltr">{s.id}</code> (<bdi>{s.label}</bdi>)
                    </span>
                  ))}
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
