import { z } from "zod";

/** The import form: one JSON Lines file (an empty one is no file). */
export const UploadSchema = z.object({
  file: z
    .instanceof(File, { message: "import.errorMissing" })
    .refine((f) => f.size > 0, "import.errorMissing"),
});
