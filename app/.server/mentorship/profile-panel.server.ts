import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { mentorshipRequests } from "../../../db/schema";
import type { Actor } from "../actor";
import { contactVisibleTo } from "./contact.server";
import { findPersonById, mentorAvailability } from "./mentors.server";
import { mentorResponsiveness } from "./responsiveness.server";

/**
 * What a profile page shows about mentorship, for this viewer: the person's contact details only
 * if a mentorship between them was accepted; whether the viewer (a student) may ask them, or the
 * open request they already have; and how responsive the person is as a mentor.
 */
export async function mentorshipPanelFor(db: Executor, viewer: Actor, personId: string) {
  const viewerPersonId = viewer.personId;
  const [person, viewerPerson, responsiveness, contact] = await Promise.all([
    findPersonById(db, personId),
    viewerPersonId ? findPersonById(db, viewerPersonId) : null,
    mentorResponsiveness(db, [personId]),
    contactVisibleTo(db, viewerPersonId, personId),
  ]);
  const isStudentViewer = viewerPerson?.kind === "student" && viewerPerson.id !== personId;
  let canAsk = false;
  let openRequestId: string | null = null;
  if (person && viewerPerson && isStudentViewer && person.kind !== "student") {
    const [open] = await db
      .select({ id: mentorshipRequests.id })
      .from(mentorshipRequests)
      .where(
        and(
          eq(mentorshipRequests.studentId, viewerPerson.id),
          eq(mentorshipRequests.mentorId, personId),
          inArray(mentorshipRequests.status, ["pending", "more_info", "accepted"]),
        ),
      )
      .limit(1);
    openRequestId = open?.id ?? null;
    canAsk = !open && (await mentorAvailability(db, person)) === "open";
  }
  return {
    contact,
    canAsk,
    openRequestId,
    responsiveness: person?.kind === "student" ? null : (responsiveness.get(personId) ?? null),
  };
}

export type MentorshipPanel = Awaited<ReturnType<typeof mentorshipPanelFor>>;
