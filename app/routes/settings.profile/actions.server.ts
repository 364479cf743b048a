import { eq } from "drizzle-orm";
import type { SessionUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { createOrganizationRequest } from "~/.server/organization-requests.server";
import { updateOwnProfile } from "~/.server/people.server";
import {
  addOwnPublication,
  removeOwnPublication,
  updateOwnPublication,
} from "~/.server/people-publications.server";
import { resolveSkillLabel } from "~/.server/skill-lookup.server";
import { getVocabulary } from "~/.server/taxonomy.server";
import { type FormErrors, parseForm } from "~/utils/forms";
import {
  type ProfileInput,
  ProfileSchema,
  PublicationIdSchema,
  PublicationSchema,
} from "~/utils/profile-validation";
import { invariantResponse } from "~/utils/responses";
import { CONVENTION_KINDS, OFFER_DIRECTIONS } from "~/vocabulary/offers";
import { organizations } from "../../../db/schema";

/** What the editor's forms get back: which form it answers, and what was done. */
type EditorReply = {
  intent: "save-profile" | "add-publication" | "update-publication" | "delete-publication";
  publicationId?: string;
  done?: "saved" | "added" | "updated" | "removed";
};

/** Saves the profile form; every error comes back at once, next to its field, with the input. */
export async function saveProfile(user: SessionUser, formData: FormData) {
  const intent = "save-profile" as const;
  const submission = parseForm(formData, ProfileSchema);
  if (submission.status !== "success") return invalid<EditorReply>(submission, { intent });
  const input = submission.value;
  const fieldErrors = await checkReferences(input);
  if (fieldErrors) return invalid<EditorReply>(submission, { intent }, { fieldErrors });
  const request = input.newOrganization;
  await updateOwnProfile(
    getDb(),
    user.userId,
    {
      headline: input.headline,
      bio: input.bio,
      country: input.country,
      city: input.city,
      email: input.contactEmail,
      phone: input.phone,
      mentoringStatus: input.mentoringStatus,
      mentoringCapacity: input.mentoringCapacity,
      visibility: input.visibility,
      skills: await resolveSkills(input.skills),
      languages: input.languages,
      sectors: [...new Set(input.sectors)],
      offers: offersOf(input),
      // Asking for a new organization keeps the current affiliation until it is approved.
      affiliation:
        input.organizationId === "new"
          ? undefined
          : input.organizationId
            ? { organizationId: input.organizationId, role: input.organizationRole }
            : null,
    },
    request
      ? (tx, personId) =>
          createOrganizationRequest(tx, personId, { ...request, role: input.organizationRole })
      : undefined,
  );
  return reply<EditorReply>(submission, { intent, done: "saved" }, { resetForm: true });
}

/** Sectors and the organization must exist: a forged value is a field error, not a 500. */
async function checkReferences(input: ProfileInput) {
  const errors: Record<string, FormErrors> = {};
  const vocabulary = await getVocabulary();
  if (input.sectors.some((id) => !vocabulary.sectors.has(id))) {
    errors.sectors = [{ key: "form.invalidChoice" }];
  }
  if (input.organizationId && input.organizationId !== "new") {
    const [org] = await getDb()
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, input.organizationId));
    if (!org) errors.organizationId = [{ key: "form.invalidChoice" }];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** Typed labels become taxonomy concepts when they name one (any language), free tags otherwise. */
async function resolveSkills(rows: ProfileInput["skills"]) {
  const byKey = new Map<string, { skillId?: string; freeLabel?: string; level: number }>();
  for (const row of rows) {
    const skillId = (await resolveSkillLabel(row.label)) ?? undefined;
    const key = skillId ?? `free:${row.label.toLowerCase()}`;
    const previous = byKey.get(key);
    if (!previous || previous.level < row.level) {
      byKey.set(
        key,
        skillId ? { skillId, level: row.level } : { freeLabel: row.label, level: row.level },
      );
    }
  }
  return [...byKey.values()];
}

function offersOf(input: ProfileInput) {
  return OFFER_DIRECTIONS.flatMap((direction) => {
    const group = direction === "offer" ? input.offers : input.needs;
    return CONVENTION_KINDS.filter((kind) => group[kind].enabled).map((kind) => ({
      direction,
      kind,
      details: group[kind].details,
    }));
  });
}

export async function addPublication(user: SessionUser, formData: FormData) {
  const intent = "add-publication" as const;
  const submission = parseForm(formData, PublicationSchema);
  if (submission.status !== "success") return invalid<EditorReply>(submission, { intent });
  await addOwnPublication(getDb(), user.userId, submission.value);
  return reply<EditorReply>(submission, { intent, done: "added" }, { resetForm: true });
}

/** The publication named by the form; a malformed id is the same 404 as someone else's. */
function publicationIdOf(formData: FormData) {
  const id = PublicationIdSchema.safeParse({ publicationId: formData.get("publicationId") });
  invariantResponse(id.success, "Publication not found");
  return id.data.publicationId;
}

export async function updatePublication(user: SessionUser, formData: FormData) {
  const intent = "update-publication" as const;
  const publicationId = publicationIdOf(formData);
  const submission = parseForm(formData, PublicationSchema);
  if (submission.status !== "success")
    return invalid<EditorReply>(submission, { intent, publicationId });
  try {
    await updateOwnPublication(getDb(), user.userId, publicationId, submission.value);
  } catch (error) {
    return refusal<EditorReply>(submission, error, { intent, publicationId });
  }
  return reply<EditorReply>(submission, { intent, publicationId, done: "updated" });
}

export async function deletePublication(user: SessionUser, formData: FormData) {
  const intent = "delete-publication" as const;
  const publicationId = publicationIdOf(formData);
  const submission = parseForm(formData, PublicationIdSchema);
  await removeOwnPublication(getDb(), user.userId, publicationId);
  return reply<EditorReply>(submission, { intent, publicationId, done: "removed" });
}
