import { z } from "zod";

/** Largest file accepted: a BibTeX export of a whole career is a few hundred kilobytes. */
export const MAX_PUBLICATION_FILE_BYTES = 2 * 1024 * 1024;

/** The upload form, checked in the browser and again in the action (Conform). */
export const PublicationFileSchema = z.object({
  file: z
    .instanceof(File, { message: "publicationImport.error.missing" })
    .refine((f) => f.size > 0, "publicationImport.error.missing")
    .refine((f) => f.size <= MAX_PUBLICATION_FILE_BYTES, "publicationImport.error.tooLarge"),
});
