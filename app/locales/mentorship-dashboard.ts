import { defineMessages } from "./define";

/** The coordinators' dashboard panel on mentorship requests. */
export const mentorshipDashboard = defineMessages({
  fr: {
    "mentorship.dash.rates.title": "Taux de réponse des mentors",
    "mentorship.dash.rates.desc":
      "Mentors ayant reçu des demandes sur les 180 derniers jours, selon la part à laquelle ils ont répondu.",
    "mentorship.dash.rates.unit": "mentors",
    "mentorship.dash.rate.high": "75 % et plus",
    "mentorship.dash.rate.medium": "50 à 75 %",
    "mentorship.dash.rate.low": "25 à 50 %",
    "mentorship.dash.rate.veryLow": "Moins de 25 %",
    "mentorship.dash.rate.unsettled": "Demandes encore en attente",
    "mentorship.dash.title": "Demandes de mentorat",
    "mentorship.dash.desc":
      "Demandes en attente aujourd'hui, et sur les 180 derniers jours : répondues ou expirées sans réponse.",
    "mentorship.dash.pending": "En attente du mentor",
    "mentorship.dash.moreInfo": "Question en attente de l'étudiant·e",
    "mentorship.dash.reminded": "En attente après rappel",
    "mentorship.dash.answered": "Répondues (180 j)",
    "mentorship.dash.expired": "Expirées sans réponse (180 j)",
    "mentorship.dash.summary": "Taux de réponse : {rate} % · délai médian : {days}.",
    "mentorship.dash.none": "Pas encore de réponse à mesurer.",
    "mentorship.dash.requests": "demandes",
  },
  en: {
    "mentorship.dash.rates.title": "Mentors' response rates",
    "mentorship.dash.rates.desc":
      "Mentors who received requests over the last 180 days, by the share they answered.",
    "mentorship.dash.rates.unit": "mentors",
    "mentorship.dash.rate.high": "75 % or more",
    "mentorship.dash.rate.medium": "50 to 75 %",
    "mentorship.dash.rate.low": "25 to 50 %",
    "mentorship.dash.rate.veryLow": "Under 25 %",
    "mentorship.dash.rate.unsettled": "Requests still waiting",
    "mentorship.dash.title": "Mentoring requests",
    "mentorship.dash.desc":
      "Requests waiting today, and over the last 180 days: answered or expired without an answer.",
    "mentorship.dash.pending": "Waiting for the mentor",
    "mentorship.dash.moreInfo": "Question waiting for the student",
    "mentorship.dash.reminded": "Still waiting after the reminder",
    "mentorship.dash.answered": "Answered (180 d)",
    "mentorship.dash.expired": "Expired unanswered (180 d)",
    "mentorship.dash.summary": "Response rate: {rate}% · median delay: {days}.",
    "mentorship.dash.none": "No answers to measure yet.",
    "mentorship.dash.requests": "requests",
  },
  ar: {
    "mentorship.dash.rates.title": "معدلات رد المرشدين",
    "mentorship.dash.rates.desc":
      "المرشدون الذين تلقوا طلبات خلال آخر 180 يومًا، حسب نسبة الطلبات التي ردّوا عليها.",
    "mentorship.dash.rates.unit": "مرشدون",
    "mentorship.dash.rate.high": "75 % فأكثر",
    "mentorship.dash.rate.medium": "من 50 إلى 75 %",
    "mentorship.dash.rate.low": "من 25 إلى 50 %",
    "mentorship.dash.rate.veryLow": "أقل من 25 %",
    "mentorship.dash.rate.unsettled": "طلبات ما زالت في الانتظار",
    "mentorship.dash.title": "طلبات الإرشاد",
    "mentorship.dash.desc":
      "الطلبات المنتظرة اليوم، وخلال آخر 180 يومًا: التي تمت الإجابة عنها أو انتهت صلاحيتها دون رد.",
    "mentorship.dash.pending": "بانتظار المرشد",
    "mentorship.dash.moreInfo": "سؤال بانتظار الطالب",
    "mentorship.dash.reminded": "منتظرة بعد التذكير",
    "mentorship.dash.answered": "تمت الإجابة (180 يومًا)",
    "mentorship.dash.expired": "منتهية دون رد (180 يومًا)",
    "mentorship.dash.summary": "نسبة الرد: {rate}٪ · المدة الوسيطة: {days}.",
    "mentorship.dash.none": "لا توجد ردود لقياسها بعد.",
    "mentorship.dash.requests": "طلبات",
  },
});
