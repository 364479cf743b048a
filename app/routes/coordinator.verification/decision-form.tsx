import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useSchemaForm } from "~/utils/forms";
import { VerificationActionSchema } from "./decision-schema";

/** Two buttons deciding on one item (a profile, an organization request); the first is primary. */
export function DecisionForm({
  id,
  intent,
  target,
  decisions,
}: {
  id: string;
  intent: "review" | "resolve-request";
  target: { name: "personId" | "requestId"; value: string };
  decisions: { value: string; label: string }[];
}) {
  const [form] = useSchemaForm(VerificationActionSchema, { id });
  return (
    <Form method="post" className="inline-actions" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={target.name} value={target.value} />
      {decisions.map((d, i) => (
        <button
          key={d.value}
          type="submit"
          name="decision"
          value={d.value}
          className={i > 0 ? "secondary" : undefined}
        >
          {d.label}
        </button>
      ))}
    </Form>
  );
}
