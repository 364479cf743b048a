import { defineMessages } from "./define";

/** E-mails made from notifications, their preferences (/settings/notifications), new notice kinds. */
export const notices = defineMessages({
  fr: {
    "notice.email.subjectOne": "Passerelle — {text}",
    "notice.email.subjectMany": "Passerelle — vos dernières notifications",
    "notice.email.subjectDaily": "Passerelle — votre résumé du jour",
    "notice.email.greeting": "Bonjour,",
    "notice.email.footer": "Choisir quels e-mails vous recevez : {link}",
    "notification.pairing.answer_requested":
      "Binôme « {purpose} » proposé entre {a} et {b} : merci de répondre au nom de {forParty}.",
    "notification.account.verified":
      "Votre profil est vérifié : il apparaît maintenant dans l'annuaire.",
    "notification.account.rejected":
      "Votre profil n'a pas été validé. Motif : {reason} — Corrigez-le et enregistrez-le : il sera revu.",
    "nav.emailSettings": "E-mails",
    "emailSettings.title": "E-mails de notification",
    "emailSettings.lead":
      "Tout reste visible dans vos notifications sur Passerelle ; choisissez ce qui vous est aussi envoyé par e-mail, et quand.",
    "emailSettings.topic.pairing": "Binômes : propositions, réponses des parties, étapes",
    "emailSettings.topic.mentorship": "Demandes de mentorat",
    "emailSettings.topic.event": "Événements : demandes de rendez-vous, planning, rappels",
    "emailSettings.topic.reminder": "Rappels d'échéance",
    "emailSettings.topic.account": "Mon compte (vérification du profil)",
    "emailSettings.delivery.immediate": "Tout de suite (regroupés sur quelques minutes)",
    "emailSettings.delivery.daily": "Un résumé par jour",
    "emailSettings.delivery.off": "Pas d'e-mail",
    "emailSettings.save": "Enregistrer",
    "emailSettings.saved": "Préférences enregistrées.",
  },
  en: {
    "notice.email.subjectOne": "Passerelle — {text}",
    "notice.email.subjectMany": "Passerelle — your latest notifications",
    "notice.email.subjectDaily": "Passerelle — your daily summary",
    "notice.email.greeting": "Hello,",
    "notice.email.footer": "Choose which e-mails you receive: {link}",
    "notification.pairing.answer_requested":
      "“{purpose}” pairing proposed between {a} and {b}: please answer on behalf of {forParty}.",
    "notification.account.verified": "Your profile is verified: it now appears in the directory.",
    "notification.account.rejected":
      "Your profile was not validated. Reason: {reason} — Correct it and save it: it will be reviewed again.",
    "nav.emailSettings": "E-mails",
    "emailSettings.title": "Notification e-mails",
    "emailSettings.lead":
      "Everything stays in your notifications on Passerelle; choose what is also e-mailed to you, and when.",
    "emailSettings.topic.pairing": "Pairings: proposals, the parties' answers, steps",
    "emailSettings.topic.mentorship": "Mentorship requests",
    "emailSettings.topic.event": "Events: meeting requests, schedule, reminders",
    "emailSettings.topic.reminder": "Due date reminders",
    "emailSettings.topic.account": "My account (profile verification)",
    "emailSettings.delivery.immediate": "Right away (grouped over a few minutes)",
    "emailSettings.delivery.daily": "One summary a day",
    "emailSettings.delivery.off": "No e-mail",
    "emailSettings.save": "Save",
    "emailSettings.saved": "Preferences saved.",
  },
  ar: {
    "notice.email.subjectOne": "باسرال — {text}",
    "notice.email.subjectMany": "باسرال — آخر إشعاراتك",
    "notice.email.subjectDaily": "باسرال — ملخصك اليومي",
    "notice.email.greeting": "مرحبًا،",
    "notice.email.footer": "اختر الرسائل التي تصلك بالبريد: {link}",
    "notification.pairing.answer_requested":
      "اقتُرح ثنائي «{purpose}» بين {a} و{b}: يُرجى الرد باسم {forParty}.",
    "notification.account.verified": "تم التحقق من ملفك: أصبح يظهر الآن في الدليل.",
    "notification.account.rejected":
      "لم تتم المصادقة على ملفك. السبب: {reason} — صحّحه واحفظه: ستتم مراجعته من جديد.",
    "nav.emailSettings": "البريد الإلكتروني",
    "emailSettings.title": "رسائل الإشعارات بالبريد",
    "emailSettings.lead":
      "يبقى كل شيء ظاهرًا في إشعاراتك على باسرال؛ اختر ما يُرسل إليك أيضًا بالبريد، ومتى.",
    "emailSettings.topic.pairing": "الثنائيات: الاقتراحات، ردود الأطراف، المراحل",
    "emailSettings.topic.mentorship": "طلبات الإرشاد",
    "emailSettings.topic.event": "الفعاليات: طلبات اللقاءات، الجدولة، التذكيرات",
    "emailSettings.topic.reminder": "تذكيرات المواعيد",
    "emailSettings.topic.account": "حسابي (التحقق من الملف)",
    "emailSettings.delivery.immediate": "فورًا (مجمّعة على بضع دقائق)",
    "emailSettings.delivery.daily": "ملخص واحد في اليوم",
    "emailSettings.delivery.off": "بلا بريد",
    "emailSettings.save": "حفظ",
    "emailSettings.saved": "تم حفظ التفضيلات.",
  },
});
