import { defineMessages } from "./define";

/** The organiser's meeting plan (/events/:slug/plan) and the notices a publish sends. */
export const eventsPlanner = defineMessages({
  fr: {
    "events.plan.title": "Planning des rendez-vous",
    "events.plan.lead":
      "« Planifier » place les rendez-vous acceptés : personne à deux endroits, seulement quand les deux sont disponibles, pas plus de rendez-vous que de tables, le moins de temps mort possible. Les rendez-vous verrouillés ne bougent pas. Les participants ne voient rien avant « Publier ».",
    "events.plan.run": "Planifier",
    "events.plan.running": "Planification en cours… cela peut prendre quelques secondes.",
    "events.plan.publish": "Publier",
    "events.plan.publishing": "Publication en cours…",
    "events.plan.done.planned":
      "Plan calculé en {seconds} s — placés : {placed}, non placés : {unplaced}.",
    "events.plan.done.published":
      "Plan publié — programmés : {scheduled}, déplacés : {moved}, retirés : {unscheduled}. Les deux personnes de chaque rendez-vous modifié ont été prévenues.",
    "events.plan.done.locked": "Rendez-vous verrouillé à sa place.",
    "events.plan.done.unlocked": "Rendez-vous déverrouillé : le prochain plan pourra le déplacer.",
    "events.plan.notProven":
      "Le solveur s'est arrêté à sa limite de temps : c'est le meilleur plan trouvé, pas forcément le meilleur possible.",
    "events.plan.summary":
      "Rendez-vous acceptés : {accepted} · placés : {placed} · modifications non publiées : {unpublished}",
    "events.plan.noBlocks":
      "Cet événement n'a pas encore de bloc de rendez-vous : ajoutez-en un au programme.",
    "events.plan.noMeetings": "Aucun rendez-vous accepté pour l'instant.",
    "events.plan.tables": "Tables : {count}",
    "events.plan.table": "Table {table}",
    "events.plan.freeTables": "Tables libres : {count}",
    "events.plan.unplacedTitle": "Rendez-vous non placés",
    "events.plan.meetingsTitle": "Tous les rendez-vous",
    "events.plan.lock": "Verrouiller",
    "events.plan.unlock": "Déverrouiller",
    "events.plan.locked": "Verrouillé",
    "events.plan.mustMeet": "À rencontrer absolument",
    "events.plan.changed": "Non publié",
    "events.plan.notPlanned": "Pas encore planifié",
    "events.plan.with": "{a} ↔ {b}",
    "events.plan.reason.no_common_slot": "Aucun créneau où les deux sont disponibles.",
    "events.plan.reason.tables_full":
      "Les deux sont libres à certains créneaux, mais toutes les tables y sont prises.",
    "events.plan.reason.participant_booked":
      "À chaque créneau commun, l'un des deux a déjà un autre rendez-vous.",
    "events.plan.reason.locked_place_gone":
      "Verrouillé à un créneau ou une table qui n'existe plus : déverrouillé.",
    "events.plan.reason.locked_conflict":
      "Verrouillé au même endroit ou à la même heure qu'un autre rendez-vous verrouillé : déverrouillé.",
    "events.plan.error.meeting_not_found": "Ce rendez-vous n'existe pas dans cet événement.",
    "events.plan.error.lock_unplaced": "Seul un rendez-vous placé peut être verrouillé.",
    "notification.event.meeting_scheduled":
      "{event} : rendez-vous avec {counterpart} le {time}, table {table}.",
    "notification.event.meeting_moved":
      "{event} : votre rendez-vous avec {counterpart} est déplacé au {time}, table {table}.",
    "notification.event.meeting_unscheduled":
      "{event} : votre rendez-vous avec {counterpart} n'a plus de créneau pour l'instant.",
  },
  en: {
    "events.plan.title": "Meeting plan",
    "events.plan.lead":
      "“Plan” places the accepted meetings: nobody in two places, only when both are available, no more meetings than tables, as little idle time as possible. Locked meetings stay put. Participants see nothing until “Publish”.",
    "events.plan.run": "Plan",
    "events.plan.running": "Planning… this may take a few seconds.",
    "events.plan.publish": "Publish",
    "events.plan.publishing": "Publishing…",
    "events.plan.done.planned":
      "Plan computed in {seconds} s — placed: {placed}, unplaced: {unplaced}.",
    "events.plan.done.published":
      "Plan published — scheduled: {scheduled}, moved: {moved}, removed: {unscheduled}. Both people of every changed meeting were told.",
    "events.plan.done.locked": "Meeting locked at its place.",
    "events.plan.done.unlocked": "Meeting unlocked: the next plan may move it.",
    "events.plan.notProven":
      "The solver stopped at its time limit: this is the best plan found, not necessarily the best possible.",
    "events.plan.summary":
      "Accepted meetings: {accepted} · placed: {placed} · unpublished changes: {unpublished}",
    "events.plan.noBlocks": "This event has no meeting block yet: add one to the programme.",
    "events.plan.noMeetings": "No accepted meeting yet.",
    "events.plan.tables": "Tables: {count}",
    "events.plan.table": "Table {table}",
    "events.plan.freeTables": "Free tables: {count}",
    "events.plan.unplacedTitle": "Unplaced meetings",
    "events.plan.meetingsTitle": "All meetings",
    "events.plan.lock": "Lock",
    "events.plan.unlock": "Unlock",
    "events.plan.locked": "Locked",
    "events.plan.mustMeet": "Must meet",
    "events.plan.changed": "Unpublished",
    "events.plan.notPlanned": "Not planned yet",
    "events.plan.with": "{a} ↔ {b}",
    "events.plan.reason.no_common_slot": "No slot where both are available.",
    "events.plan.reason.tables_full":
      "Both are free in some slots, but every table is taken there.",
    "events.plan.reason.participant_booked":
      "In every common slot, one of them already has another meeting.",
    "events.plan.reason.locked_place_gone":
      "Locked in a slot or at a table that no longer exists: unlocked.",
    "events.plan.reason.locked_conflict":
      "Locked at the same place or time as another locked meeting: unlocked.",
    "events.plan.error.meeting_not_found": "This meeting does not exist in this event.",
    "events.plan.error.lock_unplaced": "Only a placed meeting can be locked.",
    "notification.event.meeting_scheduled":
      "{event}: meeting with {counterpart} on {time}, table {table}.",
    "notification.event.meeting_moved":
      "{event}: your meeting with {counterpart} moved to {time}, table {table}.",
    "notification.event.meeting_unscheduled":
      "{event}: your meeting with {counterpart} has no slot for now.",
  },
  ar: {
    "events.plan.title": "جدولة اللقاءات",
    "events.plan.lead":
      "«جدولة» تضع اللقاءات المقبولة: لا أحد في مكانين، فقط حين يكون الطرفان متاحين، لا لقاءات أكثر من الطاولات، وأقل وقت ضائع ممكن. اللقاءات المقفلة لا تتحرك. لا يرى المشاركون شيئًا قبل «نشر».",
    "events.plan.run": "جدولة",
    "events.plan.running": "الجدولة جارية… قد يستغرق ذلك بضع ثوانٍ.",
    "events.plan.publish": "نشر",
    "events.plan.publishing": "النشر جارٍ…",
    "events.plan.done.planned":
      "تم حساب الجدول في {seconds} ث — موضوعة: {placed}، غير موضوعة: {unplaced}.",
    "events.plan.done.published":
      "تم نشر الجدول — مجدولة: {scheduled}، منقولة: {moved}، ملغاة: {unscheduled}. أُبلغ طرفا كل لقاء تغيّر.",
    "events.plan.done.locked": "تم قفل اللقاء في مكانه.",
    "events.plan.done.unlocked": "تم فتح اللقاء: قد تنقله الجدولة القادمة.",
    "events.plan.notProven":
      "توقف المحلّل عند حدّه الزمني: هذا أفضل جدول وُجد، وليس بالضرورة أفضل جدول ممكن.",
    "events.plan.summary":
      "اللقاءات المقبولة: {accepted} · الموضوعة: {placed} · التغييرات غير المنشورة: {unpublished}",
    "events.plan.noBlocks": "لا تتضمن هذه الفعالية فترة لقاءات بعد: أضف واحدة إلى البرنامج.",
    "events.plan.noMeetings": "لا لقاءات مقبولة حتى الآن.",
    "events.plan.tables": "الطاولات: {count}",
    "events.plan.table": "الطاولة {table}",
    "events.plan.freeTables": "طاولات فارغة: {count}",
    "events.plan.unplacedTitle": "لقاءات غير موضوعة",
    "events.plan.meetingsTitle": "كل اللقاءات",
    "events.plan.lock": "قفل",
    "events.plan.unlock": "فتح",
    "events.plan.locked": "مقفل",
    "events.plan.mustMeet": "لقاء ضروري",
    "events.plan.changed": "غير منشور",
    "events.plan.notPlanned": "لم يُجدول بعد",
    "events.plan.with": "{a} ↔ {b}",
    "events.plan.reason.no_common_slot": "لا توجد فترة يكون فيها الطرفان متاحين.",
    "events.plan.reason.tables_full": "الطرفان متاحان في بعض الفترات، لكن كل الطاولات محجوزة فيها.",
    "events.plan.reason.participant_booked": "في كل فترة مشتركة، لدى أحدهما لقاء آخر.",
    "events.plan.reason.locked_place_gone": "مقفل في فترة أو طاولة لم تعد موجودة: تم فتحه.",
    "events.plan.reason.locked_conflict": "مقفل في نفس المكان أو الوقت مع لقاء مقفل آخر: تم فتحه.",
    "events.plan.error.meeting_not_found": "هذا اللقاء غير موجود في هذه الفعالية.",
    "events.plan.error.lock_unplaced": "لا يمكن قفل إلا لقاء موضوع.",
    "notification.event.meeting_scheduled":
      "{event}: لقاء مع {counterpart} في {time}، الطاولة {table}.",
    "notification.event.meeting_moved":
      "{event}: نُقل لقاؤك مع {counterpart} إلى {time}، الطاولة {table}.",
    "notification.event.meeting_unscheduled": "{event}: لم يعد للقائك مع {counterpart} موعد حاليًا.",
  },
});
