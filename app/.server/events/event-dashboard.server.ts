import { sql } from "drizzle-orm";
import type { MeetingRequestStatus, RegistrationStatus } from "~/vocabulary/events";
import { MEETING_REQUEST_STATUSES, REGISTRATION_STATUSES } from "~/vocabulary/events";
import type { ConventionKind } from "~/vocabulary/offers";
import type { PairingStatus } from "~/vocabulary/pairings";
import type { Executor } from "../../../db/client";

// The event dashboard's figures: one SQL round trip per widget, counted by PostgreSQL.

export type EventFigures = {
  registrations: Record<RegistrationStatus, number> & { checkedIn: number };
  requests: Record<MeetingRequestStatus, number> & { sent: number };
  meetings: { accepted: number; planned: number; held: number; noShow: number };
  sectors: { sectorId: string; labelFr: string; labelEn: string; labelAr: string; count: number }[];
  countryPairs: { pair: string; count: number }[];
  agreements: Agreement[];
};

export type Agreement = {
  meetingId: string;
  names: [string, string];
  /** The convention kinds the two sides named (one or two). */
  kinds: ConventionKind[];
  pairingId: string | null;
  pairingStatus: PairingStatus | null;
};

export async function eventFigures(db: Executor, eventId: string): Promise<EventFigures> {
  const [registrations, requests, meetings, sectors, countryPairs, agreements] = await Promise.all([
    registrationCounts(db, eventId),
    requestCounts(db, eventId),
    meetingCounts(db, eventId),
    meetingsBySector(db, eventId),
    meetingsByCountryPair(db, eventId),
    listAgreements(db, eventId),
  ]);
  return { registrations, requests, meetings, sectors, countryPairs, agreements };
}

async function registrationCounts(db: Executor, eventId: string) {
  const rows = await db.execute<{ status: RegistrationStatus; count: number; checked: number }>(sql`
    select status, count(*)::int as count, count(checked_in_at)::int as checked
      from event_registrations where event_id = ${eventId} group by status`);
  const by = new Map(rows.map((r) => [r.status, r.count]));
  const counts = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, by.get(s) ?? 0]));
  const checkedIn = rows.find((r) => r.status === "registered")?.checked ?? 0;
  return { ...counts, checkedIn } as EventFigures["registrations"];
}

async function requestCounts(db: Executor, eventId: string) {
  const rows = await db.execute<{ status: MeetingRequestStatus; count: number }>(sql`
    select status, count(*)::int as count
      from event_meeting_requests where event_id = ${eventId} group by status`);
  const by = new Map(rows.map((r) => [r.status, r.count]));
  const counts = Object.fromEntries(MEETING_REQUEST_STATUSES.map((s) => [s, by.get(s) ?? 0]));
  const sent = rows.reduce((sum, r) => sum + r.count, 0);
  return { ...counts, sent } as EventFigures["requests"];
}

/**
 * Planned: given a published place. Held: a side says it took place; no-show: a side says the
 * other did not come and neither says it was held.
 */
async function meetingCounts(db: Executor, eventId: string) {
  const [row] = await db.execute<EventFigures["meetings"]>(sql`
    select count(*)::int as accepted,
           count(published_session_id)::int as planned,
           count(*) filter (where 'held' in (from_attendance, to_attendance))::int as held,
           count(*) filter (where 'no_show' in (from_attendance, to_attendance)
                              and 'held' is distinct from from_attendance
                              and 'held' is distinct from to_attendance)::int as "noShow"
      from event_meetings where event_id = ${eventId}`);
  return row ?? { accepted: 0, planned: 0, held: 0, noShow: 0 };
}

/** Each meeting's two people, for the breakdowns below. */
const meetingPeople = (eventId: string) => sql`
  select m.id as meeting_id, fr.person_id as a, tr.person_id as b
    from event_meetings m
    join event_meeting_requests q on q.id = m.request_id
    join event_registrations fr on fr.id = q.from_registration_id
    join event_registrations tr on tr.id = q.to_registration_id
   where m.event_id = ${eventId}`;

/** Meetings per sector of either person (a meeting whose two people share one counts once). */
async function meetingsBySector(db: Executor, eventId: string) {
  const rows = await db.execute<EventFigures["sectors"][number]>(sql`
    with mp as (${meetingPeople(eventId)})
    select s.id as "sectorId", s.label_fr as "labelFr", s.label_en as "labelEn",
           s.label_ar as "labelAr", count(distinct mp.meeting_id)::int as count
      from mp join person_sectors ps on ps.person_id in (mp.a, mp.b)
      join sectors s on s.id = ps.sector_id
     group by s.id order by count desc, s.id limit 13`);
  return [...rows];
}

/** Meetings per pair of the two people's countries, in alphabetical order ("BE–MA"). */
async function meetingsByCountryPair(db: Executor, eventId: string) {
  const rows = await db.execute<{ pair: string; count: number }>(sql`
    with mp as (${meetingPeople(eventId)})
    select least(pa.country, pb.country) || '–' || greatest(pa.country, pb.country) as pair,
           count(*)::int as count
      from mp join people pa on pa.id = mp.a join people pb on pb.id = mp.b
     group by 1 order by count desc, 1`);
  return [...rows];
}

/** Meetings where a side answered "agreement reached", with the pairing opened from it, if any. */
export async function listAgreements(db: Executor, eventId: string): Promise<Agreement[]> {
  const rows = await db.execute<{
    meetingId: string;
    nameA: string;
    nameB: string;
    kinds: ConventionKind[];
    pairingId: string | null;
    pairingStatus: PairingStatus | null;
  }>(sql`
    with mp as (${meetingPeople(eventId)})
    select mp.meeting_id as "meetingId", pa.full_name as "nameA", pb.full_name as "nameB",
           array_agg(distinct o.agreement_kind::text) as kinds,
           m.pairing_id as "pairingId", p.status as "pairingStatus"
      from mp
      join event_meetings m on m.id = mp.meeting_id
      join event_meeting_outcomes o on o.meeting_id = mp.meeting_id
                                   and o.outcome = 'agreement_reached'
      join people pa on pa.id = mp.a join people pb on pb.id = mp.b
      left join pairings p on p.id = m.pairing_id
     group by mp.meeting_id, pa.full_name, pb.full_name, m.pairing_id, p.status
     order by pa.full_name, pb.full_name`);
  return rows.map((r) => ({
    meetingId: r.meetingId,
    names: [r.nameA, r.nameB],
    kinds: r.kinds,
    pairingId: r.pairingId,
    pairingStatus: r.pairingStatus,
  }));
}
