import { defineMessages } from "./define";

/** Naming who answers for an organization in pairings (its representatives). */
export const representatives = defineMessages({
  fr: {
    "representatives.link": "Représentants de l'organisation",
    "representatives.back": "← {name}",
    "representatives.title": "Représentants : {name}",
    "representatives.lead":
      "Les représentants répondent au nom de l'organisation quand la coordination propose un binôme : ils acceptent ou déclinent sa part. Il en faut au moins un tant que l'organisation a des membres.",
    "representatives.readOnly":
      "Seuls la coordination et les représentants actuels peuvent nommer ou retirer un représentant.",
    "representatives.member": "Membre",
    "representatives.status": "Représentant",
    "representatives.action": "Action",
    "representatives.yes": "Oui",
    "representatives.no": "Non",
    "representatives.name": "Nommer représentant",
    "representatives.remove": "Retirer",
    "representatives.nameLabel": "Nommer {name} représentant",
    "representatives.removeLabel": "Retirer {name} des représentants",
    "representatives.none": "Aucun représentant nommé pour l'instant.",
    "representatives.noMembers": "Cette organisation n'a pas encore de membre.",
    "representatives.named": "{name} représente désormais l'organisation.",
    "representatives.removed": "{name} ne représente plus l'organisation.",
    "representatives.error.notFound": "Cette organisation n'existe pas.",
    "representatives.error.forbidden":
      "Seuls la coordination et les représentants de l'organisation peuvent changer ses représentants.",
    "representatives.error.notMember": "Cette personne n'est pas membre de l'organisation.",
    "representatives.error.last":
      "L'organisation doit garder au moins un représentant : nommez-en un autre avant de retirer celui-ci.",
    "notification.pairing.representative_named":
      "Vous représentez désormais {organization} : vous répondrez en son nom aux binômes proposés.",
    "notification.pairing.representative_removed": "Vous ne représentez plus {organization}.",
  },
  en: {
    "representatives.link": "Representatives of the organization",
    "representatives.back": "← {name}",
    "representatives.title": "Representatives: {name}",
    "representatives.lead":
      "Representatives answer for the organization when the coordination proposes a pairing: they accept or decline its part. There must be at least one while the organization has members.",
    "representatives.readOnly":
      "Only the coordination and the current representatives can name or remove a representative.",
    "representatives.member": "Member",
    "representatives.status": "Representative",
    "representatives.action": "Action",
    "representatives.yes": "Yes",
    "representatives.no": "No",
    "representatives.name": "Name representative",
    "representatives.remove": "Remove",
    "representatives.nameLabel": "Name {name} representative",
    "representatives.removeLabel": "Remove {name} from the representatives",
    "representatives.none": "No representative named yet.",
    "representatives.noMembers": "This organization has no member yet.",
    "representatives.named": "{name} now represents the organization.",
    "representatives.removed": "{name} no longer represents the organization.",
    "representatives.error.notFound": "This organization does not exist.",
    "representatives.error.forbidden":
      "Only the coordination and the organization's representatives can change its representatives.",
    "representatives.error.notMember": "This person is not a member of the organization.",
    "representatives.error.last":
      "The organization must keep at least one representative: name another one before removing this one.",
    "notification.pairing.representative_named":
      "You now represent {organization}: you will answer for it when pairings are proposed.",
    "notification.pairing.representative_removed": "You no longer represent {organization}.",
  },
  ar: {
    "representatives.link": "ممثلو المؤسسة",
    "representatives.back": "→ {name}",
    "representatives.title": "الممثلون: {name}",
    "representatives.lead":
      "يجيب الممثلون باسم المؤسسة حين تقترح التنسيقية ثنائيًا: يقبلون نصيبها أو يرفضونه. يلزم ممثل واحد على الأقل ما دام للمؤسسة أعضاء.",
    "representatives.readOnly": "لا يعيّن الممثلين أو يزيلهم إلا التنسيقية والممثلون الحاليون.",
    "representatives.member": "العضو",
    "representatives.status": "ممثل",
    "representatives.action": "إجراء",
    "representatives.yes": "نعم",
    "representatives.no": "لا",
    "representatives.name": "تعيينه ممثلًا",
    "representatives.remove": "إزالة",
    "representatives.nameLabel": "تعيين {name} ممثلًا",
    "representatives.removeLabel": "إزالة {name} من الممثلين",
    "representatives.none": "لم يُعيَّن أي ممثل بعد.",
    "representatives.noMembers": "ليس لهذه المؤسسة أعضاء بعد.",
    "representatives.named": "صار {name} يمثل المؤسسة.",
    "representatives.removed": "لم يعد {name} يمثل المؤسسة.",
    "representatives.error.notFound": "هذه المؤسسة غير موجودة.",
    "representatives.error.forbidden": "لا يغيّر ممثلي المؤسسة إلا التنسيقية وممثلوها.",
    "representatives.error.notMember": "هذا الشخص ليس عضوًا في المؤسسة.",
    "representatives.error.last":
      "يجب أن يبقى للمؤسسة ممثل واحد على الأقل: عيّن ممثلًا آخر قبل إزالة هذا.",
    "notification.pairing.representative_named":
      "صرت تمثل {organization}: ستجيب باسمها عن الثنائيات المقترحة.",
    "notification.pairing.representative_removed": "لم تعد تمثل {organization}.",
  },
});
