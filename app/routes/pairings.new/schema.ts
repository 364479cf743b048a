import { z } from "zod";
import { UuidSchema } from "~/utils/field-schemas";
import { ProposalFields } from "~/utils/pairing-validation";

export const PAIRING_KINDS = ["person_person", "person_lab", "lab_lab"] as const;
export type PairingKind = (typeof PAIRING_KINDS)[number];
export type PartyType = "person" | "organization";

/** Side A is a person unless both are organizations; side B an organization unless both are people. */
export function sideTypes(kind: PairingKind): { a: PartyType; b: PartyType } {
  return {
    a: kind === "lab_lab" ? "organization" : "person",
    b: kind === "person_person" ? "person" : "organization",
  };
}

const optionalId = UuidSchema.optional().catch(undefined);
const query = z
  .string()
  .optional()
  .transform((q) => (q ?? "").trim().slice(0, 100));

/** The page's URL: kind, what was typed in each search box, and what is already chosen. */
export const NewPairingQuerySchema = z.object({
  kind: z.enum(PAIRING_KINDS).catch("person_person").default("person_person"),
  qa: query,
  qb: query,
  sideA: optionalId,
  sideB: optionalId,
});
export type NewPairingQuery = z.infer<typeof NewPairingQuerySchema>;

/** The proposal itself, as posted by the form. */
export const NewPairingSchema = z
  .object({
    kind: z.enum(PAIRING_KINDS),
    sideA: UuidSchema,
    sideB: UuidSchema,
    ...ProposalFields,
  })
  .refine((v) => v.kind === "person_lab" || v.sideA !== v.sideB, {
    message: "pairings.error.same_party",
    path: ["sideB"],
  });
