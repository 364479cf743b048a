import type { useSchemaForm } from "~/utils/forms";
import type { ProfileSchema } from "~/utils/profile-validation";
import type { ProfileEditorData } from "./queries.server";

/** The editor's fields, as Conform gives them to each section. */
export type ProfileFields = ReturnType<typeof useSchemaForm<typeof ProfileSchema>>[1];

/**
 * The saved profile plus one blank language and skill row: filling the blank row and saving adds
 * one without JavaScript; with it, "Add" inserts more.
 */
export function withBlankRows(values: ProfileEditorData["values"]) {
  return {
    ...values,
    languages: [...values.languages, { level: "professional" }],
    skills: [...values.skills, { level: "3" }],
  };
}
