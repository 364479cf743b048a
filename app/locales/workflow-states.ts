import { defineMessages } from "./define";

/** What a workflow step needs and refuses: pairing moves, on-behalf answers, conventions, refusals. */
export const workflowStates = defineMessages({
  fr: {
    "form.dayInPast": "Cette date est déjà passée : choisissez aujourd'hui ou une date à venir.",
    "form.dayInFuture": "Cette date n'est pas encore arrivée.",
    "pairings.error.convention_required":
      "Pour passer à « Convention signée », enregistrez la convention (date, signataires, PDF).",
    "pairings.error.due_in_past":
      "Cette échéance est déjà passée : choisissez aujourd'hui ou une date à venir.",
    "pairings.error.on_behalf_note_required":
      "Vous répondez au nom de cette partie : cochez « au nom de » et dites dans la note comment elle a répondu.",
    "pairings.error.document_missing": "Joignez la convention signée (PDF).",
    "pairings.error.document_too_large": "Le fichier dépasse {max} Mo.",
    "pairings.error.document_not_pdf": "Ce fichier n'est pas un PDF.",
    "pairings.error.signed_in_future": "La date de signature ne peut pas être dans le futur.",
    "pairings.error.signatories_required": "Indiquez qui a signé.",
    "pairings.detail.onBehalf": "J'enregistre la réponse de cette partie en son nom",
    "pairings.detail.onBehalfHint":
      "Vous ne représentez pas cette partie : précisez dans la note comment et quand elle vous a répondu.",
    "pairings.detail.waitingSides":
      "« Accord des parties » sera proposé quand les deux parties auront accepté.",
    "pairings.event.side_decided_on_behalf":
      "{actor} a enregistré la réponse de la {side}, en son nom : « {decision} »",
    "pairings.convention.title": "Convention signée",
    "pairings.convention.lead":
      "Pour passer à « Convention signée » : la date, les signataires et la convention en PDF.",
    "pairings.convention.signedOn": "Date de signature",
    "pairings.convention.signatories": "Signataires",
    "pairings.convention.file": "Convention signée (PDF, {max} Mo au plus)",
    "pairings.convention.submit": "Enregistrer la convention",
    "pairings.convention.signedBy": "Signée le {date} par {signatories}",
    "pairings.convention.download": "Télécharger la convention (PDF, {size} Ko)",
    "pairings.done.convention": "Convention enregistrée : le binôme est à « Convention signée ».",
    "verify.reject.open": "Refuser…",
    "verify.reject.reason": "Motif du refus (envoyé à la personne)",
    "verify.reject.hint":
      "Dites ce qu'il faut corriger : la personne le lit dans son e-mail et sur sa page de profil.",
    "verify.reject.confirm": "Confirmer le refus",
    "verify.reject.reasonRequired": "Indiquez le motif du refus.",
    "verification.rejectedReason": "Motif indiqué par la coordination : {reason}",
  },
  en: {
    "form.dayInPast": "This date has passed: choose today or a later date.",
    "form.dayInFuture": "This date has not come yet.",
    "pairings.error.convention_required":
      "To move to “Convention signed”, record the convention (date, signatories, PDF).",
    "pairings.error.due_in_past": "This due date has passed: choose today or a later date.",
    "pairings.error.on_behalf_note_required":
      "You are answering for this party: tick “on behalf of” and say in the note how they answered.",
    "pairings.error.document_missing": "Attach the signed convention (PDF).",
    "pairings.error.document_too_large": "The file is larger than {max} MB.",
    "pairings.error.document_not_pdf": "This file is not a PDF.",
    "pairings.error.signed_in_future": "The signing date cannot be in the future.",
    "pairings.error.signatories_required": "Say who signed.",
    "pairings.detail.onBehalf": "I am recording this party's answer on its behalf",
    "pairings.detail.onBehalfHint":
      "You do not represent this party: say in the note how and when they answered you.",
    "pairings.detail.waitingSides":
      "“Parties agreed” will be offered once both parties have accepted.",
    "pairings.event.side_decided_on_behalf":
      "{actor} recorded the answer of {side}, on its behalf: “{decision}”",
    "pairings.convention.title": "Signed convention",
    "pairings.convention.lead":
      "To move to “Convention signed”: the date, the signatories and the convention as a PDF.",
    "pairings.convention.signedOn": "Signing date",
    "pairings.convention.signatories": "Signatories",
    "pairings.convention.file": "Signed convention (PDF, at most {max} MB)",
    "pairings.convention.submit": "Record the convention",
    "pairings.convention.signedBy": "Signed on {date} by {signatories}",
    "pairings.convention.download": "Download the convention (PDF, {size} KB)",
    "pairings.done.convention": "Convention recorded: the pairing is now “Convention signed”.",
    "verify.reject.open": "Reject…",
    "verify.reject.reason": "Reason for rejecting (sent to the person)",
    "verify.reject.hint":
      "Say what to correct: the person reads it in their e-mail and on their profile page.",
    "verify.reject.confirm": "Confirm rejection",
    "verify.reject.reasonRequired": "Give the reason for rejecting.",
    "verification.rejectedReason": "Reason given by the coordinators: {reason}",
  },
  ar: {
    "form.dayInPast": "هذا التاريخ قد مضى: اختر اليوم أو تاريخًا لاحقًا.",
    "form.dayInFuture": "هذا التاريخ لم يحن بعد.",
    "pairings.error.convention_required":
      "للانتقال إلى «اتفاقية موقعة»، سجّل الاتفاقية (التاريخ، الموقّعون، ملف PDF).",
    "pairings.error.due_in_past": "هذا الموعد قد مضى: اختر اليوم أو تاريخًا لاحقًا.",
    "pairings.error.on_behalf_note_required":
      "أنت تجيب باسم هذا الطرف: فعّل «باسم» واذكر في الملاحظة كيف أجاب.",
    "pairings.error.document_missing": "أرفق الاتفاقية الموقعة (PDF).",
    "pairings.error.document_too_large": "حجم الملف يتجاوز {max} ميغابايت.",
    "pairings.error.document_not_pdf": "هذا الملف ليس بصيغة PDF.",
    "pairings.error.signed_in_future": "لا يمكن أن يكون تاريخ التوقيع في المستقبل.",
    "pairings.error.signatories_required": "اذكر من وقّع.",
    "pairings.detail.onBehalf": "أسجّل جواب هذا الطرف باسمه",
    "pairings.detail.onBehalfHint": "أنت لا تمثل هذا الطرف: اذكر في الملاحظة كيف ومتى أجابك.",
    "pairings.detail.waitingSides": "سيُعرض «اتفاق الطرفين» عندما يقبل الطرفان.",
    "pairings.event.side_decided_on_behalf": "سجّل {actor} جواب {side} باسمه: «{decision}»",
    "pairings.convention.title": "الاتفاقية الموقعة",
    "pairings.convention.lead":
      "للانتقال إلى «اتفاقية موقعة»: التاريخ، الموقّعون، والاتفاقية بصيغة PDF.",
    "pairings.convention.signedOn": "تاريخ التوقيع",
    "pairings.convention.signatories": "الموقّعون",
    "pairings.convention.file": "الاتفاقية الموقعة (PDF، {max} ميغابايت كحد أقصى)",
    "pairings.convention.submit": "تسجيل الاتفاقية",
    "pairings.convention.signedBy": "وُقّعت في {date} من طرف {signatories}",
    "pairings.convention.download": "تنزيل الاتفاقية (PDF، {size} كيلوبايت)",
    "pairings.done.convention": "تم تسجيل الاتفاقية: الثنائي الآن في «اتفاقية موقعة».",
    "verify.reject.open": "رفض…",
    "verify.reject.reason": "سبب الرفض (يُرسل إلى الشخص)",
    "verify.reject.hint": "اذكر ما يجب تصحيحه: سيقرؤه الشخص في بريده وفي صفحة ملفه.",
    "verify.reject.confirm": "تأكيد الرفض",
    "verify.reject.reasonRequired": "اذكر سبب الرفض.",
    "verification.rejectedReason": "السبب الذي ذكره فريق التنسيق: {reason}",
  },
});
