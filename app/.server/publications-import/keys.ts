import { normalizeLabel } from "~/utils/normalize-label";

/** A DOI compared case-insensitively and without its resolver prefix (DOIs are case-blind). */
export function doiKey(doi: string): string {
  return doi
    .trim()
    .replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "")
    .toLowerCase();
}

/**
 * A title compared without case, accents, punctuation or spacing: "Date palm disease detection:
 * a UAV study" and "Date Palm Disease Detection — A UAV Study" are the same paper.
 */
export function titleKey(title: string): string {
  return normalizeLabel(title)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
