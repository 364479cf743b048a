import { defineMessages } from "./define";

/** Events shared by every events page (each part of the feature adds its own module). */
export const events = defineMessages({
  fr: {
    "nav.events": "Événements",
    "events.link.agenda": "Mon agenda",
    "events.link.plan": "Planifier les rencontres",
    "events.link.checkIn": "Accueil des participants",
    "events.link.dashboard": "Tableau de bord de l'événement",
    "events.error.not_found": "Cet événement n'existe pas ou n'est pas encore publié.",
  },
  en: {
    "nav.events": "Events",
    "events.link.agenda": "My agenda",
    "events.link.plan": "Plan the meetings",
    "events.link.checkIn": "Check-in",
    "events.link.dashboard": "Event dashboard",
    "events.error.not_found": "This event does not exist or is not published yet.",
  },
  ar: {
    "nav.events": "الفعاليات",
    "events.link.agenda": "برنامجي",
    "events.link.plan": "جدولة اللقاءات",
    "events.link.checkIn": "استقبال المشاركين",
    "events.link.dashboard": "لوحة متابعة الفعالية",
    "events.error.not_found": "هذه الفعالية غير موجودة أو لم تُنشر بعد.",
  },
});
