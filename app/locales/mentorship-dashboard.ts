import { defineMessages } from "./define";

/** The coordinators' dashboard panel on mentorship requests. */
export const mentorshipDashboard = defineMessages({
  fr: {
    "mentorship.dash.title": "Demandes de mentorat",
    "mentorship.dash.desc":
      "Demandes en attente aujourd'hui, et sur les 180 derniers jours : répondues ou expirées sans réponse.",
    "mentorship.dash.pending": "En attente du mentor",
    "mentorship.dash.moreInfo": "Question en attente de l'étudiant·e",
    "mentorship.dash.reminded": "En attente après rappel",
    "mentorship.dash.answered": "Répondues (180 j)",
    "mentorship.dash.expired": "Expirées sans réponse (180 j)",
    "mentorship.dash.summary": "Taux de réponse : {rate} % · délai médian : {days} jour(s).",
    "mentorship.dash.none": "Pas encore de réponse à mesurer.",
    "mentorship.dash.requests": "demandes",
  },
  en: {
    "mentorship.dash.title": "Mentoring requests",
    "mentorship.dash.desc":
      "Requests waiting today, and over the last 180 days: answered or expired without an answer.",
    "mentorship.dash.pending": "Waiting for the mentor",
    "mentorship.dash.moreInfo": "Question waiting for the student",
    "mentorship.dash.reminded": "Still waiting after the reminder",
    "mentorship.dash.answered": "Answered (180 d)",
    "mentorship.dash.expired": "Expired unanswered (180 d)",
    "mentorship.dash.summary": "Response rate: {rate} % · median delay: {days} day(s).",
    "mentorship.dash.none": "No answers to measure yet.",
    "mentorship.dash.requests": "requests",
  },
  ar: {
    "mentorship.dash.title": "طلبات الإرشاد",
    "mentorship.dash.desc":
      "الطلبات المنتظرة اليوم، وخلال آخر 180 يومًا: التي تمت الإجابة عنها أو انتهت صلاحيتها دون رد.",
    "mentorship.dash.pending": "بانتظار المرشد",
    "mentorship.dash.moreInfo": "سؤال بانتظار الطالب",
    "mentorship.dash.reminded": "منتظرة بعد التذكير",
    "mentorship.dash.answered": "تمت الإجابة (180 يومًا)",
    "mentorship.dash.expired": "منتهية دون رد (180 يومًا)",
    "mentorship.dash.summary": "نسبة الرد: {rate}٪ · المدة الوسيطة: {days} يوم.",
    "mentorship.dash.none": "لا توجد ردود لقياسها بعد.",
    "mentorship.dash.requests": "طلبات",
  },
});
