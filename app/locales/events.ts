import { defineMessages } from "./define";

/** Events shared by every events page (each part of the feature adds its own module). */
export const events = defineMessages({
  fr: {
    "nav.events": "Événements",
    "events.error.not_found": "Cet événement n'existe pas ou n'est pas encore publié.",
  },
  en: {
    "nav.events": "Events",
    "events.error.not_found": "This event does not exist or is not published yet.",
  },
  ar: {
    "nav.events": "الفعاليات",
    "events.error.not_found": "هذه الفعالية غير موجودة أو لم تُنشر بعد.",
  },
});
