import { defineMessages } from "./define";

/** Error pages of refused requests (server/http-rejection.ts) and the reduced search mode. */
export const requestErrors = defineMessages({
  fr: {
    "error.badRequest.title": "Adresse ou formulaire illisible",
    "error.badRequest.body":
      "Cette demande contient des caractères ou un format que nous ne pouvons pas lire. Vérifiez le lien, ou renvoyez le formulaire depuis la page.",
    "error.methodNotAllowed.title": "Action impossible ici",
    "error.methodNotAllowed.body": "Cette page ne peut pas être utilisée de cette façon.",
    "error.tooLarge.title": "Envoi trop volumineux",
    "error.tooLarge.body":
      "Ce que vous avez envoyé dépasse la taille acceptée. Réduisez-le et réessayez.",
    "error.tooMany.title": "Trop de demandes",
    "error.tooMany.body":
      "Vous avez fait beaucoup de demandes en peu de temps. Réessayez dans {seconds} s.",
    "error.unavailable.title": "Service momentanément indisponible",
    "error.unavailable.body":
      "La base de données ne répond pas pour l'instant ; elle redémarre d'elle-même. Réessayez dans quelques secondes.",
    "directory.fallbackNotice":
      "Recherche en mode réduit : le moteur de recherche redémarre, ces résultats viennent directement de la base de données (tolérance aux fautes limitée).",
  },
  en: {
    "error.badRequest.title": "Unreadable address or form",
    "error.badRequest.body":
      "This request contains characters or a format we cannot read. Check the link, or send the form again from its page.",
    "error.methodNotAllowed.title": "Not possible here",
    "error.methodNotAllowed.body": "This page cannot be used that way.",
    "error.tooLarge.title": "Upload too large",
    "error.tooLarge.body":
      "What you sent is over the accepted size. Make it smaller and try again.",
    "error.tooMany.title": "Too many requests",
    "error.tooMany.body": "You made many requests in a short time. Try again in {seconds} s.",
    "error.unavailable.title": "Temporarily unavailable",
    "error.unavailable.body":
      "The database is not answering right now; it restarts by itself. Try again in a few seconds.",
    "directory.fallbackNotice":
      "Reduced search mode: the search engine is restarting, so these results come straight from the database (limited typo tolerance).",
  },
  ar: {
    "error.badRequest.title": "عنوان أو استمارة غير مقروءة",
    "error.badRequest.body":
      "يحتوي هذا الطلب على أحرف أو صيغة لا يمكننا قراءتها. تحقّق من الرابط، أو أعد إرسال الاستمارة من صفحتها.",
    "error.methodNotAllowed.title": "إجراء غير ممكن هنا",
    "error.methodNotAllowed.body": "لا يمكن استخدام هذه الصفحة بهذه الطريقة.",
    "error.tooLarge.title": "الإرسال كبير جدًا",
    "error.tooLarge.body": "ما أرسلته يتجاوز الحجم المقبول. قلّل حجمه وأعد المحاولة.",
    "error.tooMany.title": "طلبات كثيرة جدًا",
    "error.tooMany.body": "قمت بطلبات كثيرة في وقت قصير. أعد المحاولة بعد {seconds} ثانية.",
    "error.unavailable.title": "الخدمة غير متاحة مؤقتًا",
    "error.unavailable.body":
      "قاعدة البيانات لا تستجيب حاليًا، وهي تعيد التشغيل تلقائيًا. أعد المحاولة بعد بضع ثوانٍ.",
    "directory.fallbackNotice":
      "بحث في الوضع المخفَّض: محرك البحث يعيد التشغيل، لذا تأتي هذه النتائج مباشرة من قاعدة البيانات (تسامح محدود مع الأخطاء الإملائية).",
  },
});
