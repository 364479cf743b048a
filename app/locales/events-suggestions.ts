import { defineMessages } from "./define";

/** Suggested meetings on an event's participants page, and the organiser's "must meet" marks. */
export const eventsSuggestions = defineMessages({
  fr: {
    "events.suggestions.lead":
      "Les personnes présentes que le moteur de correspondance vous suggère de rencontrer, et pourquoi, critère par critère.",
    "events.suggestions.reason.mentor": "Mentor pour vous",
    "events.suggestions.reason.expert": "Expert pour votre besoin",
    "events.suggestions.reason.partner_lab": "Labo partenaire",
    "events.suggestions.needMissing":
      "Vous n'avez pas encore écrit ce que vous venez chercher : vos secteurs et compétences ne disent pas votre besoin, donc aucun expert ne peut vous être suggéré.",
    "events.suggestions.writeNeed": "Décrire votre besoin dans votre inscription",
    "events.suggestions.none": "Aucune suggestion parmi les personnes inscrites pour l'instant.",
    "events.suggestions.loading":
      "Le moteur de correspondance cherche parmi les inscrit·e·s les personnes à vous suggérer. La liste des participant·e·s est déjà là, plus bas.",
    "events.suggestions.failed":
      "Les suggestions n'ont pas pu être calculées. Rechargez la page dans un instant ; la liste des participant·e·s reste disponible plus bas.",
    "events.plan.markMustMeet": "À rencontrer absolument",
    "events.plan.unmarkMustMeet": "Retirer « à rencontrer absolument »",
    "events.plan.done.mustMeetOn":
      "Rendez-vous marqué « à rencontrer absolument » : le prochain plan le placera en priorité.",
    "events.plan.done.mustMeetOff": "Marque « à rencontrer absolument » retirée.",
  },
  en: {
    "events.suggestions.lead":
      "People here the matching engine suggests you meet, and why, criterion by criterion.",
    "events.suggestions.reason.mentor": "A mentor for you",
    "events.suggestions.reason.expert": "An expert for your need",
    "events.suggestions.reason.partner_lab": "Partner lab",
    "events.suggestions.needMissing":
      "You have not written what you come for yet: your sectors and skills do not say what you need, so no expert can be suggested to you.",
    "events.suggestions.writeNeed": "Describe your need in your registration",
    "events.suggestions.none": "No suggestion among the registered people yet.",
    "events.suggestions.loading":
      "The matching engine is looking among the registered people for those to suggest to you. The list of participants is already below.",
    "events.suggestions.failed":
      "Suggestions could not be worked out. Reload the page in a moment; the list of participants is still below.",
    "events.plan.markMustMeet": "Must meet",
    "events.plan.unmarkMustMeet": "Remove “must meet”",
    "events.plan.done.mustMeetOn": "Meeting marked “must meet”: the next plan places it first.",
    "events.plan.done.mustMeetOff": "“Must meet” mark removed.",
  },
  ar: {
    "events.suggestions.lead":
      "أشخاص حاضرون يقترح محرك المطابقة أن تلتقي بهم، ولماذا، معيارًا بمعيار.",
    "events.suggestions.reason.mentor": "مرشد لك",
    "events.suggestions.reason.expert": "خبير لحاجتك",
    "events.suggestions.reason.partner_lab": "مختبر شريك",
    "events.suggestions.needMissing":
      "لم تكتب بعد ما تأتي من أجله: قطاعاتك ومهاراتك لا تعبّر عن حاجتك، لذلك لا يمكن اقتراح أي خبير لك.",
    "events.suggestions.writeNeed": "صِف حاجتك في تسجيلك",
    "events.suggestions.none": "لا توجد اقتراحات بين المسجلين حاليًا.",
    "events.suggestions.loading":
      "يبحث محرك المطابقة بين المسجلين عن الأشخاص الذين نقترح أن تلتقي بهم. قائمة المشاركين متاحة الآن أدناه.",
    "events.suggestions.failed":
      "تعذّر حساب الاقتراحات. أعد تحميل الصفحة بعد لحظات؛ قائمة المشاركين ما زالت متاحة أدناه.",
    "events.plan.markMustMeet": "لقاء ضروري",
    "events.plan.unmarkMustMeet": "إزالة «لقاء ضروري»",
    "events.plan.done.mustMeetOn": "عُلّم اللقاء «ضروريًا»: ستضعه الجدولة القادمة في المقدمة.",
    "events.plan.done.mustMeetOff": "أُزيلت علامة «لقاء ضروري».",
  },
});
