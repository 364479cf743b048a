import { z } from "zod";

/** The import form: one JSON Lines file, not an empty one. */
export const UploadSchema = z.object({
  file: z.instanceof(File, { message: "import.errorMissing" }).superRefine((file, ctx) => {
    if (file.size > 0) return;
    // A form sent without choosing a file carries an unnamed empty part.
    ctx.addIssue({
      code: "custom",
      message: file.name === "" ? "import.errorMissing" : "import.errorEmpty",
    });
  }),
});
