import { data } from "@remix-run/node";
import { eq } from "drizzle-orm";
import type { SessionUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { DomainError } from "~/.server/domain-error";
import { createOrganizationRequest } from "~/.server/organization-requests.server";
import { updateOwnProfile } from "~/.server/people.server";
import {
  addOwnPublication,
  removeOwnPublication,
  updateOwnPublication,
} from "~/.server/people-publications.server";
import { resolveSkillLabel } from "~/.server/skill-lookup.server";
import { getVocabulary } from "~/.server/taxonomy.server";
import {
  errorsOf,
  type FieldErrors,
  type FormValues,
  formDataToObject,
  parseSubmission,
} from "~/utils/forms";
import {
  NewOrganizationSchema,
  type ProfileInput,
  ProfileSchema,
  PublicationIdSchema,
  PublicationSchema,
} from "~/utils/profile-validation";
import { invariantResponse } from "~/utils/responses";
import { CONVENTION_KINDS, OFFER_DIRECTIONS } from "~/vocabulary/offers";
import { organizations } from "../../../db/schema";

export type EditorActionData = {
  intent: string;
  publicationId?: string;
  values?: FormValues;
  errors?: FieldErrors;
  done?: "saved" | "added" | "updated" | "removed";
  at?: number;
};

const reply = (body: EditorActionData, status = 200) => data(body, { status });

/** Saves the profile form; every error comes back at once, next to its field, with the input. */
export async function saveProfile(user: SessionUser, formData: FormData) {
  const submission = parseSubmission(ProfileSchema, formData);
  const values = submission.values;
  const errors: FieldErrors = submission.success ? {} : { ...submission.errors };
  // The new-organization fields are checked even when other fields fail, so all errors show.
  if (values.organizationId === "new") {
    const org = NewOrganizationSchema.safeParse(values.newOrganization ?? {});
    if (!org.success) {
      const typed = values.newOrganization;
      const orgValues = typed && typeof typed === "object" && !Array.isArray(typed) ? typed : {};
      for (const [name, error] of Object.entries(errorsOf(org.error, orgValues))) {
        errors[`newOrganization.${name}`] ??= error;
      }
    }
  }
  if (submission.success) Object.assign(errors, await checkReferences(submission.data));
  if (!submission.success || Object.keys(errors).length > 0) {
    return reply({ intent: "save-profile", values, errors }, 400);
  }
  const input = submission.data;
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
  return reply({ intent: "save-profile", done: "saved", at: Date.now() });
}

/** Sectors and the organization must exist: a forged value is a field error, not a 500. */
async function checkReferences(input: ProfileInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const vocabulary = await getVocabulary();
  if (input.sectors.some((id) => !vocabulary.sectors.has(id))) {
    errors.sectors = { key: "form.invalidChoice" };
  }
  if (input.organizationId && input.organizationId !== "new") {
    const [org] = await getDb()
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, input.organizationId));
    if (!org) errors.organizationId = { key: "form.invalidChoice" };
  }
  return errors;
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
  const submission = parseSubmission(PublicationSchema, formData);
  if (!submission.success) {
    return reply(
      { intent: "add-publication", values: submission.values, errors: submission.errors },
      400,
    );
  }
  await addOwnPublication(getDb(), user.userId, submission.data);
  return reply({ intent: "add-publication", done: "added", at: Date.now() });
}

export async function updatePublication(user: SessionUser, formData: FormData) {
  const id = PublicationIdSchema.safeParse(formDataToObject(formData));
  invariantResponse(id.success, "Publication not found");
  const publicationId = id.data.publicationId;
  const submission = parseSubmission(PublicationSchema, formData);
  if (!submission.success) {
    return reply(
      {
        intent: "update-publication",
        publicationId,
        values: submission.values,
        errors: submission.errors,
      },
      400,
    );
  }
  try {
    await updateOwnPublication(getDb(), user.userId, publicationId, submission.data);
  } catch (error) {
    if (!(error instanceof DomainError) || !error.field) throw error;
    return reply(
      {
        intent: "update-publication",
        publicationId,
        values: submission.values,
        errors: { [error.field]: { key: error.messageKey } },
      },
      error.status,
    );
  }
  return reply({ intent: "update-publication", publicationId, done: "updated", at: Date.now() });
}

export async function deletePublication(user: SessionUser, formData: FormData) {
  const id = PublicationIdSchema.safeParse(formDataToObject(formData));
  invariantResponse(id.success, "Publication not found");
  await removeOwnPublication(getDb(), user.userId, id.data.publicationId);
  return reply({ intent: "delete-publication", done: "removed", at: Date.now() });
}
