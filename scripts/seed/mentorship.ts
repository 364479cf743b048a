import type { Executor } from "../../db/client";
import {
  type MentorshipEventKind,
  type MentorshipGoal,
  type MentorshipStatus,
  mentorshipEvents,
  mentorshipRequests,
  notifications,
} from "../../db/schema";
import { pickLinkedPeople } from "./demo-accounts";
import { stableUuid } from "./ids";
import type { DemoNetwork } from "./model";

const DAY = 86_400_000;

type DemoRequest = {
  key: string;
  student: string;
  mentor: string;
  goal: MentorshipGoal;
  status: MentorshipStatus;
  /** Days before now it was sent, and (if answered) how many days the mentor took. */
  sentDaysAgo: number;
  answeredAfter?: number;
  message: string;
  declineReason?: string;
};

/**
 * A few mentorship requests so the demo shows every part of the workflow: the demo student waits
 * for the demo researcher's answer (and the researcher sees it in /mentorship and the inbox); other
 * students' requests to the demo expert and researcher were accepted, declined or expired. Only
 * demo people with accounts are mentors here; nobody's profile data changes.
 */
export async function seedDemoMentorship(tx: Executor, network: DemoNetwork, now = new Date()) {
  const linked = new Map(pickLinkedPeople(network).map((l) => [l.email, l.personId]));
  const student = linked.get("etudiant@passerelle.example")!;
  const expert = linked.get("expert@passerelle.example")!;
  const researcher = linked.get("chercheur@passerelle.example")!;
  const others = network.people
    .filter((p) => p.kind === "student" && p.id !== student && !p.userId)
    .slice(0, 3)
    .map((p) => p.id);
  if (others.length < 3) return;
  const requests: DemoRequest[] = [
    {
      key: "demo-pending",
      student,
      mentor: researcher,
      goal: "thesis",
      status: "pending",
      sentDaysAgo: 3,
      message:
        "Bonjour, je prépare mon mémoire de master sur la détection de maladies des cultures par vision par ordinateur et j'aimerais votre avis sur la méthodologie.",
    },
    {
      key: "demo-accepted",
      student: others[0]!,
      mentor: researcher,
      goal: "internship",
      status: "accepted",
      sentDaysAgo: 30,
      answeredAfter: 2,
      message: "Je cherche un stage de recherche de six mois en apprentissage automatique.",
    },
    {
      key: "demo-declined",
      student: others[1]!,
      mentor: expert,
      goal: "startup",
      status: "declined",
      sentDaysAgo: 45,
      answeredAfter: 3,
      message: "Nous lançons une start-up d'irrigation connectée et cherchons un mentor technique.",
      declineReason: "Je n'ai pas l'expertise agricole nécessaire ; essayez un profil agro-tech.",
    },
    {
      key: "demo-expired",
      student: others[2]!,
      mentor: expert,
      goal: "career",
      status: "expired",
      sentDaysAgo: 60,
      message: "Je voudrais des conseils pour m'orienter vers la data science en entreprise.",
    },
  ];
  for (const r of requests) {
    const id = stableUuid(`mentorship:${r.key}`);
    const sent = new Date(now.getTime() - r.sentDaysAgo * DAY);
    const answered = r.answeredAfter ? new Date(sent.getTime() + r.answeredAfter * DAY) : null;
    const expires = new Date(sent.getTime() + 14 * DAY);
    const closed = r.status === "pending" ? null : (answered ?? expires);
    await tx.insert(mentorshipRequests).values({
      id,
      studentId: r.student,
      mentorId: r.mentor,
      goal: r.goal,
      message: r.message,
      status: r.status,
      declineReason: r.declineReason ?? null,
      createdAt: sent,
      respondedAt: answered,
      expiresAt: expires,
      closedAt: closed,
      updatedAt: closed ?? sent,
    });
    const events: { kind: MentorshipEventKind; at: Date; body: string }[] = [
      { kind: "requested", at: sent, body: r.message },
    ];
    if (r.status === "accepted") events.push({ kind: "accepted", at: closed!, body: "" });
    if (r.status === "declined") {
      events.push({ kind: "declined", at: closed!, body: r.declineReason ?? "" });
    }
    if (r.status === "expired") events.push({ kind: "expired", at: closed!, body: "" });
    await tx.insert(mentorshipEvents).values(
      events.map((e) => ({
        requestId: id,
        kind: e.kind,
        toStatus: e.kind === "requested" ? ("pending" as const) : r.status,
        body: e.body,
        createdAt: e.at,
      })),
    );
  }
  // The demo researcher finds the waiting request in their inbox too.
  await tx.insert(notifications).values({
    userId: stableUuid("user:chercheur@passerelle.example"),
    kind: "mentorship.requested",
    payload: {
      requestId: stableUuid("mentorship:demo-pending"),
      student: network.people.find((p) => p.id === student)?.fullName ?? "",
      mentor: network.people.find((p) => p.id === researcher)?.fullName ?? "",
      days: null,
    },
    link: `/mentorship/${stableUuid("mentorship:demo-pending")}`,
    createdAt: new Date(now.getTime() - 3 * DAY),
  });
}
