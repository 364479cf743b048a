import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { dataDirectory } from "../../app/.server/data-directory.server";
import { planMeetings } from "../../app/.server/events/planner";
import { conventionDirectory } from "../../app/.server/pairings";
import { addDaysInZone, fromWallClock } from "../../app/utils/zoned-time";
import type { ConventionKind } from "../../app/vocabulary/offers";
import type { PairingStatus } from "../../app/vocabulary/pairings";
import type { Executor } from "../../db/client";
import {
  eventAvailability,
  eventMeetingOutcomes,
  eventMeetingRequests,
  eventMeetings,
  eventRegistrations,
  eventSectors,
  eventSessionSpeakers,
  eventSessions,
  events,
  pairingConventions,
  pairingEvents,
  pairingSides,
  pairings,
} from "../../db/schema";
import { pickLinkedPeople } from "./demo-accounts";
import { AI_DAY_PROGRAMME, MASTER_CLASS_PROGRAMME, type ProgrammeItem } from "./events-programme";
import { stableUuid } from "./ids";
import type { DemoNetwork } from "./model";
import { conventionPdf } from "./pdf";
import { Random } from "./random";

const ZONE = "Africa/Casablanca";
export const MASTER_CLASS_SLUG = "master-class-ia-codeveloppement-est-laayoune-2025";
export const AI_DAY_SLUG = "journee-nationale-ia-sante";
/** Pairings opened from the master class's agreements, and the status each reached. */
const PAIRING_STATUSES = ["convention_signed", "active", "active", "convention_signed"] as const;

type Person = DemoNetwork["people"][number];
type EventSpec = {
  key: string;
  slug: string;
  kind: "master_class" | "ai_day";
  titleFr: string;
  titleEn: string;
  titleAr: string;
  description: [string, string, string];
  firstDay: string;
  days: number;
  city: string;
  venue: string;
  hostOrganizationId: string | null;
  sectors: string[];
  programme: ProgrammeItem[];
  registrationOpen: boolean;
  publishedAt: Date;
};

/**
 * The demo's events (issue 12 §7): the past master class at EST Laâyoune (13–15 May 2025) with
 * its programme, ~50 participants of the demo network, meetings placed by the planner and
 * published, attendance, outcomes and the pairings that came out of it; and a national AI day
 * six weeks after the seed runs, open for registration, with requests waiting. Deterministic:
 * stable ids, a seeded random, the planner's own (deterministic) plan.
 */
export async function seedDemoEvents(tx: Executor, network: DemoNetwork, now = new Date()) {
  const ids = [MASTER_CLASS_SLUG, AI_DAY_SLUG].map((slug) => stableUuid(`event:${slug}`));
  await tx.delete(events).where(inArray(events.id, ids));
  await tx.delete(pairings).where(
    inArray(
      pairings.id,
      PAIRING_STATUSES.map((_, i) => stableUuid(`event-pairing:${i}`)),
    ),
  );

  const random = new Random(1205);
  const linked = new Map(pickLinkedPeople(network).map((l) => [l.email, l.personId]));
  const demo = ["etudiant", "expert", "chercheur"].map(
    (n) => linked.get(`${n}@passerelle.example`)!,
  );
  const byId = new Map(network.people.map((p) => [p.id, p]));
  const pool = (kind: Person["kind"]) =>
    shuffle(
      random,
      network.people.filter(
        (p) => p.kind === kind && p.verification === "verified" && !demo.includes(p.id),
      ),
    );
  const students = pool("student");
  const researchers = pool("researcher").filter((p) => p.visibility === "public");
  const experts = pool("expert").filter((p) => p.visibility === "public");
  const ibnZohr = network.organizations.find((o) => o.slug === "universite-ibn-zohr");

  const pastPeople = [
    ...demo,
    ...students.slice(0, 18).map((p) => p.id),
    ...researchers.slice(0, 16).map((p) => p.id),
    ...experts.slice(0, 13).map((p) => p.id),
  ];
  const past = await insertEvent(tx, random, {
    key: MASTER_CLASS_SLUG,
    slug: MASTER_CLASS_SLUG,
    kind: "master_class",
    titleFr: "Master class IA & co-développement — EST Laâyoune",
    titleEn: "AI & co-development master class — EST Laâyoune",
    titleAr: "ماستر كلاس الذكاء الاصطناعي والتنمية المشتركة — المدرسة العليا للتكنولوجيا بالعيون",
    description: [
      "Trois jours à l'École supérieure de technologie de Laâyoune : conférences, tables rondes, ateliers pratiques et rendez-vous 1:1 entre étudiants, chercheurs et entrepreneurs, pour préparer des conventions de co-encadrement, de stage et d'incubation.",
      "Three days at the Higher School of Technology in Laâyoune: talks, panels, hands-on workshops and 1:1 meetings between students, researchers and entrepreneurs, to prepare co-supervision, internship and incubation agreements.",
      "ثلاثة أيام بالمدرسة العليا للتكنولوجيا بالعيون: محاضرات وموائد مستديرة وورشات تطبيقية ولقاءات ثنائية بين الطلبة والباحثين ورواد الأعمال، للتحضير لاتفاقيات الإشراف المشترك والتداريب والاحتضان.",
    ],
    firstDay: "2025-05-13",
    days: 3,
    city: "Laâyoune",
    venue: "École supérieure de technologie de Laâyoune (EST Laâyoune)",
    hostOrganizationId: ibnZohr?.id ?? null,
    sectors: ["energy", "water-environment", "agriculture", "education"],
    programme: MASTER_CLASS_PROGRAMME,
    registrationOpen: false,
    publishedAt: new Date("2025-03-20T09:00:00Z"),
    speakers: [...researchers.slice(0, 8), ...experts.slice(0, 6)].map((p) => p.id),
    people: pastPeople,
    organiser: researchers[0]!.id,
  });
  const requests = buildRequests(random, past, byId, demo, 95);
  const meetings = await insertRequests(tx, past, requests, new Date("2025-05-05T10:00:00Z"));
  await planAndHold(tx, random, past, meetings);

  const upcomingDay = addDaysInZone(now, 42, ZONE);
  const upcoming = await insertEvent(tx, random, {
    key: AI_DAY_SLUG,
    slug: AI_DAY_SLUG,
    kind: "ai_day",
    titleFr: "Journée nationale de l'IA — Santé",
    titleEn: "National AI day — Health",
    titleAr: "اليوم الوطني للذكاء الاصطناعي — الصحة",
    description: [
      "Une journée à Rabat sur l'IA en santé : stratégie nationale, données de santé, imagerie médicale, et des rendez-vous 1:1 l'après-midi. Inscrivez-vous et indiquez vos disponibilités.",
      "A day in Rabat on AI in health: national strategy, health data, medical imaging, and 1:1 meetings in the afternoon. Register and tell us when you are available.",
      "يوم بالرباط حول الذكاء الاصطناعي في الصحة: الاستراتيجية الوطنية، البيانات الصحية، التصوير الطبي، ولقاءات ثنائية بعد الظهر. سجّل وحدّد أوقات توفرك.",
    ],
    firstDay: upcomingDay,
    days: 1,
    city: "Rabat",
    venue: "Faculté de médecine et de pharmacie de Rabat",
    hostOrganizationId: null,
    sectors: ["health"],
    programme: AI_DAY_PROGRAMME,
    registrationOpen: true,
    publishedAt: new Date(now.getTime() - 10 * 86_400_000),
    speakers: [...researchers.slice(20, 24), ...experts.slice(20, 22)].map((p) => p.id),
    people: [
      demo[1]!,
      demo[2]!,
      ...students.slice(30, 36).map((p) => p.id),
      ...researchers.slice(30, 34).map((p) => p.id),
      ...experts.slice(30, 33).map((p) => p.id),
    ],
    organiser: researchers[30]!.id,
  });
  const upcomingRequests = buildRequests(random, upcoming, byId, demo, 12).map((r, i) => ({
    ...r,
    status: (i % 3 === 0 ? "pending" : i % 3 === 1 ? "accepted" : "declined") as RequestStatus,
  }));
  await insertRequests(tx, upcoming, upcomingRequests, new Date(now.getTime() - 2 * 86_400_000));
}

type SeededEvent = {
  id: string;
  key: string;
  slots: { sessionId: string; slotIndex: number; startsAt: number; tables: number }[];
  registrations: { id: string; personId: string }[];
  availability: Map<string, { sessionId: string; slotIndex: number }[]>;
  sessionsEnd: Date;
};

async function insertEvent(
  tx: Executor,
  random: Random,
  spec: EventSpec & { speakers: string[]; people: string[]; organiser: string },
): Promise<SeededEvent> {
  const id = stableUuid(`event:${spec.key}`);
  const lastDay = addDaysInZone(fromWallClock(`${spec.firstDay}T12:00`, ZONE), spec.days - 1, ZONE);
  await tx.insert(events).values({
    id,
    slug: spec.slug,
    kind: spec.kind,
    titleFr: spec.titleFr,
    titleEn: spec.titleEn,
    titleAr: spec.titleAr,
    descriptionFr: spec.description[0],
    descriptionEn: spec.description[1],
    descriptionAr: spec.description[2],
    startsOn: spec.firstDay,
    endsOn: lastDay,
    timeZone: ZONE,
    city: spec.city,
    hostOrganizationId: spec.hostOrganizationId,
    venue: spec.venue,
    languages: ["fr", "ar", "en"],
    capacity: 80,
    registrationOpen: spec.registrationOpen,
    publishedAt: spec.publishedAt,
    createdAt: spec.publishedAt,
    updatedAt: spec.publishedAt,
  });
  await tx.insert(eventSectors).values(spec.sectors.map((sectorId) => ({ eventId: id, sectorId })));

  const slots: SeededEvent["slots"] = [];
  const speakers: (typeof eventSessionSpeakers.$inferInsert)[] = [];
  let speaker = 0;
  let sessionsEnd = new Date(0);
  const sessions = spec.programme.map((item, i) => {
    const day = addDaysInZone(fromWallClock(`${spec.firstDay}T12:00`, ZONE), item.day, ZONE);
    const startsAt = fromWallClock(`${day}T${item.start}`, ZONE);
    const endsAt = fromWallClock(`${day}T${item.end}`, ZONE);
    if (endsAt > sessionsEnd) sessionsEnd = endsAt;
    const sessionId = stableUuid(`event:${spec.key}:session:${i}`);
    if (item.kind === "meeting_block") {
      const count = (endsAt.getTime() - startsAt.getTime()) / (item.slotMinutes! * 60_000);
      for (let s = 0; s < count; s += 1) {
        slots.push({
          sessionId,
          slotIndex: s,
          startsAt: startsAt.getTime() + s * item.slotMinutes! * 60_000,
          tables: item.tables!,
        });
      }
    }
    for (let k = 0; k < item.speakers; k += 1) {
      speakers.push({ sessionId, personId: spec.speakers[speaker % spec.speakers.length]! });
      speaker += 1;
    }
    return {
      id: sessionId,
      eventId: id,
      kind: item.kind,
      titleFr: item.titleFr,
      titleEn: item.titleEn,
      titleAr: item.titleAr,
      startsAt,
      endsAt,
      room: item.room,
      slotMinutes: item.slotMinutes ?? null,
      tables: item.tables ?? null,
    };
  });
  await tx.insert(eventSessions).values(sessions);
  const uniqueSpeakers = new Map(speakers.map((s) => [`${s.sessionId}:${s.personId}`, s]));
  await tx.insert(eventSessionSpeakers).values([...uniqueSpeakers.values()]);

  const speakerIds = new Set(speakers.map((s) => s.personId));
  const everyone = [...new Set([spec.organiser, ...spec.speakers, ...spec.people])];
  const blocks = [...new Set(slots.map((s) => s.sessionId))];
  const registrations = everyone.map((personId, i) => ({
    id: stableUuid(`event:${spec.key}:registration:${personId}`),
    eventId: id,
    personId,
    role:
      personId === spec.organiser
        ? ("organiser" as const)
        : speakerIds.has(personId)
          ? ("speaker" as const)
          : ("participant" as const),
    feedToken: stableUuid(`event:${spec.key}:feed:${personId}`).replaceAll("-", ""),
    createdAt: new Date(spec.publishedAt.getTime() + (i + 1) * 3_600_000),
  }));
  await tx.insert(eventRegistrations).values(registrations);

  // Most stay every day; some skip a block; within a block a few slots are taken by talks.
  const availability = new Map<string, { sessionId: string; slotIndex: number }[]>();
  const rows: (typeof eventAvailability.$inferInsert)[] = [];
  for (const r of registrations) {
    // A quarter of the people miss one block (they come for two days of three).
    const skipped =
      blocks.length > 1 && random.chance(0.25) ? random.int(0, blocks.length - 1) : -1;
    const refs = slots.filter(
      (s) => blocks.indexOf(s.sessionId) !== skipped && random.next() > 0.15,
    );
    const mine = refs.map(({ sessionId, slotIndex }) => ({ sessionId, slotIndex }));
    availability.set(r.id, mine);
    rows.push(...mine.map((ref) => ({ registrationId: r.id, ...ref })));
  }
  for (let i = 0; i < rows.length; i += 2000)
    await tx.insert(eventAvailability).values(rows.slice(i, i + 2000));
  return { id, key: spec.key, slots, registrations, availability, sessionsEnd };
}

type RequestStatus = "pending" | "accepted" | "declined" | "expired";
type DemoRequest = {
  from: string;
  to: string;
  purpose: ConventionKind;
  status: RequestStatus;
  mustMeet: boolean;
};

/**
 * Students ask researchers (co-supervision, internship) and experts (internship, incubation);
 * researchers ask experts (joint research, incubation). The demo student's request to the demo
 * researcher comes first, so the demo accounts always have a meeting together.
 */
function buildRequests(
  random: Random,
  event: SeededEvent,
  byId: Map<string, Person>,
  demo: string[],
  count: number,
): DemoRequest[] {
  const registrationOf = new Map(event.registrations.map((r) => [r.personId, r.id]));
  const of = (kind: Person["kind"]) =>
    event.registrations.filter((r) => byId.get(r.personId)?.kind === kind).map((r) => r.personId);
  const students = of("student");
  const researchers = of("researcher");
  const experts = of("expert");
  const seen = new Set<string>();
  const out: DemoRequest[] = [];
  const add = (from: string, to: string, purpose: ConventionKind) => {
    const key = [from, to].sort().join("|");
    if (from === to || seen.has(key) || !registrationOf.has(from) || !registrationOf.has(to))
      return;
    seen.add(key);
    const roll = random.next();
    const status: RequestStatus = roll < 0.8 ? "accepted" : roll < 0.9 ? "declined" : "expired";
    out.push({
      from: registrationOf.get(from)!,
      to: registrationOf.get(to)!,
      purpose,
      status: out.length === 0 ? "accepted" : status,
      mustMeet: random.chance(0.12),
    });
  };
  add(demo[0]!, demo[2]!, "thesis_cosupervision");
  add(demo[0]!, demo[1]!, "internship");
  for (let guard = 0; out.length < count && guard < count * 20; guard += 1) {
    const roll = random.next();
    if (roll < 0.45 && students.length && researchers.length) {
      add(
        random.pick(students),
        random.pick(researchers),
        random.pick(["thesis_cosupervision", "internship"] as const),
      );
    } else if (roll < 0.75 && students.length && experts.length) {
      add(
        random.pick(students),
        random.pick(experts),
        random.pick(["internship", "incubation", "mentoring"] as const),
      );
    } else if (researchers.length && experts.length) {
      add(
        random.pick(researchers),
        random.pick(experts),
        random.pick(["joint_research", "incubation", "mobility"] as const),
      );
    }
  }
  return out;
}

async function insertRequests(
  tx: Executor,
  event: SeededEvent,
  requests: DemoRequest[],
  sentAt: Date,
) {
  const rows = requests.map((r, i) => {
    const createdAt = new Date(sentAt.getTime() + i * 1_800_000);
    return {
      id: stableUuid(`event:${event.key}:request:${i}`),
      eventId: event.id,
      fromRegistrationId: r.from,
      toRegistrationId: r.to,
      purpose: r.purpose,
      message: "",
      status: r.status,
      declineReason:
        r.status === "declined" ? "Mon agenda est complet pendant les blocs de rendez-vous." : null,
      mustMeet: r.mustMeet,
      expiresAt: new Date(createdAt.getTime() + 72 * 3_600_000),
      answeredAt:
        r.status === "accepted" || r.status === "declined"
          ? new Date(createdAt.getTime() + 20 * 3_600_000)
          : null,
      createdAt,
    };
  });
  await tx.insert(eventMeetingRequests).values(rows);
  const meetings = rows
    .filter((r) => r.status === "accepted")
    .map((r) => ({
      id: stableUuid(`event:${event.key}:meeting:${r.id}`),
      eventId: event.id,
      requestId: r.id,
      from: r.fromRegistrationId,
      to: r.toRegistrationId,
      mustMeet: r.mustMeet,
      purpose: r.purpose,
      createdAt: r.answeredAt!,
    }));
  if (meetings.length) {
    await tx.insert(eventMeetings).values(
      meetings.map(({ id, eventId, requestId, createdAt }) => ({
        id,
        eventId,
        requestId,
        createdAt,
        updatedAt: createdAt,
      })),
    );
  }
  return meetings;
}

/**
 * The past event's meetings placed by the planner and published, then what happened: attendance
 * marked by both sides, each side's outcome, and the pairings opened from four agreements.
 */
async function planAndHold(
  tx: Executor,
  random: Random,
  event: SeededEvent,
  meetings: Awaited<ReturnType<typeof insertRequests>>,
) {
  const plan = await planMeetings(
    {
      slots: event.slots,
      meetings: meetings.map((m) => ({
        id: m.id,
        from: m.from,
        to: m.to,
        mustMeet: m.mustMeet,
        locked: null,
      })),
      availability: event.availability,
    },
    { timeLimitSeconds: 20 },
  );
  const publishedAt = new Date("2025-05-10T16:00:00Z");
  const outcomes: (typeof eventMeetingOutcomes.$inferInsert)[] = [];
  const agreements: { meetingId: string; from: string; to: string; kind: ConventionKind }[] = [];
  for (const m of meetings) {
    const place = plan.places.get(m.id);
    const held = place ? random.next() < 0.9 : false;
    const mark = place ? (held ? ("held" as const) : ("no_show" as const)) : null;
    await tx
      .update(eventMeetings)
      .set({
        sessionId: place?.sessionId ?? null,
        slotIndex: place?.slotIndex ?? null,
        tableNumber: place?.tableNumber ?? null,
        unplacedReason: place ? null : (plan.unplaced.get(m.id) ?? null),
        publishedSessionId: place?.sessionId ?? null,
        publishedSlotIndex: place?.slotIndex ?? null,
        publishedTableNumber: place?.tableNumber ?? null,
        publishedAt: place ? publishedAt : null,
        reminderSentAt: place ? new Date(publishedAt.getTime() + 3 * 86_400_000) : null,
        fromAttendance: mark,
        toAttendance: mark,
      })
      .where(inArray(eventMeetings.id, [m.id]));
    if (!held) continue;
    const answeredAt = new Date("2025-05-16T10:00:00Z");
    const agreed = agreements.length < 10 && (agreements.length === 0 || random.chance(0.3));
    if (agreed) {
      agreements.push({ meetingId: m.id, from: m.from, to: m.to, kind: m.purpose });
      for (const registrationId of [m.from, m.to]) {
        outcomes.push({
          meetingId: m.id,
          registrationId,
          outcome: "agreement_reached",
          agreementKind: m.purpose,
          answeredAt,
        });
      }
      continue;
    }
    for (const registrationId of [m.from, m.to]) {
      if (random.chance(0.2)) continue; // Not everyone answers.
      const outcome = random.pickWeighted([
        ["keep_in_touch", 5],
        ["follow_up_meeting", 3],
        ["no_further_contact", 2],
      ] as const);
      outcomes.push({ meetingId: m.id, registrationId, outcome, answeredAt });
    }
  }
  if (outcomes.length) await tx.insert(eventMeetingOutcomes).values(outcomes);

  const personOf = new Map(event.registrations.map((r) => [r.id, r.personId]));
  for (const [i, status] of PAIRING_STATUSES.entries()) {
    const agreement = agreements[i];
    if (!agreement) break;
    const id = stableUuid(`event-pairing:${i}`);
    const opened = new Date(Date.UTC(2025, 4, 20 + i, 9));
    const signed = new Date(Date.UTC(2025, 6, 1 + i * 7, 10));
    const activeOn = new Date(Date.UTC(2025, 8, 1 + i, 9));
    await tx.insert(pairings).values({
      id,
      purpose: agreement.kind,
      status,
      note: "Ouvert depuis un accord conclu à la master class IA & co-développement — EST Laâyoune.",
      createdAt: opened,
      updatedAt: status === "active" ? activeOn : signed,
      statusChangedAt: status === "active" ? activeOn : signed,
    });
    await tx.insert(pairingSides).values(
      (["a", "b"] as const).map((side) => ({
        pairingId: id,
        side,
        personId: personOf.get(side === "a" ? agreement.from : agreement.to)!,
        decision: "accepted" as const,
        decidedAt: new Date(opened.getTime() + 2 * 86_400_000),
      })),
    );
    const steps: PairingStatus[] = [
      "proposed",
      "contacted",
      "agreed",
      "convention_signed",
      ...(status === "active" ? (["active"] as const) : []),
    ];
    const at = (k: number, to: PairingStatus) =>
      to === "convention_signed"
        ? signed
        : to === "active"
          ? activeOn
          : new Date(opened.getTime() + k * 7 * 86_400_000);
    await tx.insert(pairingEvents).values([
      ...steps.slice(0, 2).map((to, k) => ({
        pairingId: id,
        kind: k === 0 ? ("proposed" as const) : ("status_changed" as const),
        fromStatus: k === 0 ? null : steps[k - 1]!,
        toStatus: to,
        createdAt: at(k, to),
      })),
      // Both sides said yes at the meeting; the coordinator records it for them.
      ...(["a", "b"] as const).map((side) => ({
        pairingId: id,
        kind: "side_decided" as const,
        side,
        decision: "accepted" as const,
        onBehalf: true,
        note: "Accord conclu en rendez-vous à la master class.",
        createdAt: new Date(opened.getTime() + 8 * 86_400_000),
      })),
      ...steps.slice(2).map((to, k) => ({
        pairingId: id,
        kind: "status_changed" as const,
        fromStatus: steps[k + 1]!,
        toStatus: to,
        createdAt: at(k + 2, to),
      })),
    ]);
    const bytes = conventionPdf({
      title: "Convention — master class IA & co-développement, EST Laâyoune",
      lines: ["Accord conclu en rendez-vous à la master class.", "Signataires : les deux parties"],
    });
    const fileKey = `demo-event-convention-${i + 1}.pdf`;
    const dir = conventionDirectory(dataDirectory());
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, fileKey), bytes);
    await tx.insert(pairingConventions).values({
      pairingId: id,
      signedOn: signed,
      signatories: "Direction de l'EST Laâyoune ; les deux parties",
      fileKey,
      fileName: `convention-master-class-laayoune-${i + 1}.pdf`,
      fileSize: bytes.length,
      recordedAt: signed,
    });
    await tx
      .update(eventMeetings)
      .set({ pairingId: id })
      .where(inArray(eventMeetings.id, [agreement.meetingId]));
  }
}

function shuffle<T>(random: Random, items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
