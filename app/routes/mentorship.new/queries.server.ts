import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "~/.server/actor";
import type { Database } from "~/.server/db.server";
import { findPersonBySlug, mentorAvailability, mentorResponsiveness } from "~/.server/mentorship";
import { canSeeProfile } from "~/.server/profiles.server";
import { invariantResponse } from "~/utils/responses";
import { mentorshipRequests } from "../../../db/schema";

/** The mentor asked for (404 unless the viewer may see them), with availability and responsiveness. */
export async function loadMentorCard(db: Database, slug: string, viewer: Actor) {
  const studentId = viewer.personId;
  const person = slug ? await findPersonBySlug(db, slug) : null;
  invariantResponse(person && canSeeProfile(person, viewer), "Not found");
  const [availability, responsiveness, [open]] = await Promise.all([
    mentorAvailability(db, person),
    mentorResponsiveness(db, [person.id]),
    studentId
      ? db
          .select({ id: mentorshipRequests.id })
          .from(mentorshipRequests)
          .where(
            and(
              eq(mentorshipRequests.studentId, studentId),
              eq(mentorshipRequests.mentorId, person.id),
              inArray(mentorshipRequests.status, ["pending", "more_info", "accepted"]),
            ),
          )
          .limit(1)
      : [],
  ]);
  return {
    id: person.id,
    slug: person.slug,
    name: person.fullName,
    kind: person.kind,
    headline: person.headline,
    city: person.city,
    country: person.country,
    availability,
    responsiveness: responsiveness.get(person.id) ?? null,
    /** The student's open request (or mentorship) with this mentor, if any. */
    openRequestId: open?.id ?? null,
  };
}

export type MentorCardData = Awaited<ReturnType<typeof loadMentorCard>>;
