import { sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { type Notice, notify } from "../notices";
import { wallTime } from "./event-times";
import { eventTitlePayload } from "./texts";

/** Minutes before a meeting both sides are reminded of it (EVENT_REMINDER_MINUTES). */
export const DEFAULT_REMINDER_MINUTES = 30;

type Due = {
  meetingId: string;
  slug: string;
  titleFr: string;
  titleEn: string | null;
  titleAr: string | null;
  timeZone: string;
  startsAt: Date;
  table: number;
  fromUser: string | null;
  toUser: string | null;
  fromName: string;
  toName: string;
};

/**
 * Reminds both sides of each published meeting that starts within the next `leadMinutes`: one
 * notice each (kind event.meeting_reminder; the e-mail follows from the notice), once, marked by
 * reminderSentAt in the same transaction. A meeting with a cancelled side is never reminded.
 * Rows are locked and skipped when locked, so two app instances do not remind twice.
 */
export async function sendMeetingReminders(
  db: Database,
  options: { leadMinutes?: number; now?: Date } = {},
): Promise<number> {
  const lead = options.leadMinutes ?? DEFAULT_REMINDER_MINUTES;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const due = await tx.execute<Due>(sql`
      with starts as (
        select m.id, s.starts_at + (m.published_slot_index * s.slot_minutes) * interval '1 minute' as starts_at
          from event_meetings m join event_sessions s on s.id = m.published_session_id
         where m.reminder_sent_at is null
      )
      select m.id as "meetingId", e.slug, e.title_fr as "titleFr",
             e.title_en as "titleEn", e.title_ar as "titleAr", e.time_zone as "timeZone",
             st.starts_at as "startsAt", m.published_table_number as "table",
             pf.user_id as "fromUser", pt.user_id as "toUser",
             pf.full_name as "fromName", pt.full_name as "toName"
        from starts st
        join event_meetings m on m.id = st.id
        join events e on e.id = m.event_id
        join event_meeting_requests q on q.id = m.request_id
        join event_registrations fr on fr.id = q.from_registration_id
        join event_registrations tr on tr.id = q.to_registration_id
        join people pf on pf.id = fr.person_id
        join people pt on pt.id = tr.person_id
       where st.starts_at > ${now.toISOString()}::timestamptz
         and st.starts_at <= ${now.toISOString()}::timestamptz + ${lead} * interval '1 minute'
         and fr.status = 'registered' and tr.status = 'registered'
       for update of m skip locked`);
    if (due.length === 0) return 0;
    // notify() tells a user once per call: one call per meeting, so two meetings are two notices.
    for (const d of due) {
      const payload = {
        ...eventTitlePayload(d),
        time: wallTime(new Date(d.startsAt), d.timeZone).slice(11, 16),
        table: String(d.table),
      };
      const link = `/events/${d.slug}/agenda`;
      const sides: [string | null, string][] = [
        [d.fromUser, d.toName],
        [d.toUser, d.fromName],
      ];
      const notices: Notice[] = sides.flatMap(([userId, name]) =>
        userId
          ? [{ userId, kind: "event.meeting_reminder", payload: { ...payload, name }, link }]
          : [],
      );
      await notify(tx, notices);
    }
    await tx.execute(sql`
      update event_meetings set reminder_sent_at = ${now.toISOString()}::timestamptz
       where id in (${sql.join(
         due.map((d) => sql`${d.meetingId}::uuid`),
         sql`, `,
       )})`);
    return due.length;
  });
}
