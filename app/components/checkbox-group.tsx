import { getCollectionProps } from "@conform-to/react";
import { ErrorText, type FieldMeta } from "./forms";

/** A fieldset of checkboxes for one array field (Conform collection), its error under the legend. */
export function CheckboxGroup({
  meta,
  legend,
  options,
  hint,
}: {
  meta: FieldMeta;
  legend: string;
  options: { value: string; label: string }[];
  hint?: string;
}) {
  const labels = new Map(options.map((o) => [o.value, o.label]));
  const boxes = getCollectionProps(meta, {
    type: "checkbox",
    options: options.map((o) => o.value),
  });
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <ErrorText id={meta.errorId} errors={meta.errors} />
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
