import { defineMessages } from "./define";

/** Research profiles: publications imported from files, publication themes, the score scale. */
export const researchProfiles = defineMessages({
  fr: {
    "criterion.publication_themes": "Publie sur vos sujets",
    "matching.publicationThemes.one": "a publié sur 1 de vos sujets ({themes})",
    "matching.publicationThemes.other": "a publié sur {count} de vos sujets ({themes})",
    "mentorsPage.publicationTheme": "votre {student} ↔ ses publications sur {theme} ({count})",
    "publicationImport.title": "Importer des publications",
    "publicationImport.intro":
      "Un fichier BibTeX (.bib, exporté de Zotero, JabRef, Google Scholar ou HAL) ou l’export JSON de votre dossier ORCID public. Une publication déjà présente (même DOI, ou même titre) est fusionnée au lieu d’être ajoutée deux fois. Si le fichier est illisible, rien n’est modifié.",
    "publicationImport.link": "Importer depuis un fichier BibTeX ou ORCID",
    "publicationImport.file": "Fichier .bib ou .json (2 Mo au plus)",
    "publicationImport.submit": "Importer",
    "publicationImport.back": "Retour à mon profil",
    "publicationImport.error.missing": "Choisissez un fichier .bib ou .json.",
    "publicationImport.error.tooLarge": "Le fichier dépasse 2 Mo.",
    "publicationImport.error.empty": "Le fichier est vide.",
    "publicationImport.error.format":
      "Ce fichier n’est ni du BibTeX ni l’export JSON d’un dossier ORCID.",
    "publicationImport.error.unreadable":
      "Le fichier n’a pas pu être lu : vérifiez qu’il s’agit d’un export BibTeX ou ORCID complet.",
    "publicationImport.error.notOrcid":
      "Ce fichier JSON n’est pas un dossier ORCID : exportez votre dossier public depuis orcid.org (format JSON).",
    "publicationImport.error.noEntries": "Aucune publication dans ce fichier.",
    "publicationImport.error.tooManyEntries":
      "Plus de 500 publications : répartissez-les en plusieurs fichiers.",
    "publicationImport.error.nothingUsable":
      "Aucune publication utilisable dans ce fichier : rien n’a été modifié.",
    "publicationImport.report.summary":
      "Ajoutées : {added} · fusionnées avec une publication existante : {merged} · refusées : {refused}.",
    "publicationImport.report.added": "Ajoutées",
    "publicationImport.report.merged": "Fusionnées",
    "publicationImport.report.refused": "Refusées",
    "publicationImport.report.byDoi": "même DOI",
    "publicationImport.report.byTitle": "même titre",
    "publicationImport.report.inFile": "en double dans le fichier",
    "publicationImport.refused.title": "titre manquant ou trop long (300 caractères au plus)",
    "publicationImport.refused.year": "année manquante ou invalide",
    "publicationImport.refused.doi": "DOI invalide",
    "publicationImport.refused.unreadable": "entrée illisible",
    "themes.profileTitle": "Thèmes de ses publications",
    "themes.profileHint":
      "Tirés de ses publications, pondérés par leur rareté dans le réseau et leur récence ; à distinguer des compétences déclarées.",
    "themes.papers": { one: "{count} publication", other: "{count} publications" },
    "themes.editorTitle": "Thèmes de vos publications",
    "themes.editorHint":
      "Ces thèmes viennent de vos publications. Ajoutez-les à vos compétences en un clic (niveau 3, modifiable ensuite).",
    "themes.add": "Ajouter",
    "themes.addLabel": "Ajouter « {skill} » à mes compétences",
    "themes.added": "« {skill} » a été ajoutée à vos compétences.",
    "themes.declared": "déjà dans vos compétences",
    "themes.labTitle": "Thèmes des publications",
    "themes.labHint":
      "Tirés des {count} publications de ses membres, pondérés par leur rareté dans le réseau et leur récence.",
    "scoreScale.title": "Comment lire le score",
    "scoreScale.match":
      "Score sur 100, calculé pour chaque personne d’après ses seules preuves (compétences, publications, profil) : il a le même sens pour tous les besoins. 70 ou plus : a publié sur ce sujet ou en déclare les compétences précises à un bon niveau. De 40 à 69 : expertise voisine, ou publications sur une partie du sujet. Moins de 40 : quelques mots ou une compétence générale en commun.",
    "scoreScale.band.strong": "forte adéquation",
    "scoreScale.band.related": "expertise voisine",
    "scoreScale.band.weak": "lien faible",
    "scoreScale.mentors":
      "Score sur 100 : compétences partagées (40 points au plus), compétences voisines (20), offre correspondant à votre demande (15), secteurs (12), langues (8), lieu (6), disponibilité (3). Un mentor obtient le même score quels que soient les autres mentors de la liste.",
  },
  en: {
    "criterion.publication_themes": "Publishes on your topics",
    "matching.publicationThemes.one": "published on 1 of your topics ({themes})",
    "matching.publicationThemes.other": "published on {count} of your topics ({themes})",
    "mentorsPage.publicationTheme": "your {student} ↔ their papers on {theme} ({count})",
    "publicationImport.title": "Import publications",
    "publicationImport.intro":
      "A BibTeX file (.bib, exported from Zotero, JabRef, Google Scholar or HAL) or the JSON export of your public ORCID record. A publication you already list (same DOI, or same title) is merged instead of added twice. If the file cannot be read, nothing changes.",
    "publicationImport.link": "Import from a BibTeX or ORCID file",
    "publicationImport.file": ".bib or .json file (2 MB at most)",
    "publicationImport.submit": "Import",
    "publicationImport.back": "Back to my profile",
    "publicationImport.error.missing": "Choose a .bib or .json file.",
    "publicationImport.error.tooLarge": "The file is over 2 MB.",
    "publicationImport.error.empty": "The file is empty.",
    "publicationImport.error.format": "This file is neither BibTeX nor an ORCID record's JSON.",
    "publicationImport.error.unreadable":
      "The file could not be read: check that it is a complete BibTeX or ORCID export.",
    "publicationImport.error.notOrcid":
      "This JSON file is not an ORCID record: export your public record from orcid.org (JSON format).",
    "publicationImport.error.noEntries": "No publication in this file.",
    "publicationImport.error.tooManyEntries":
      "More than 500 publications: split them into several files.",
    "publicationImport.error.nothingUsable":
      "No usable publication in this file: nothing was changed.",
    "publicationImport.report.summary":
      "Added: {added} · merged with an existing publication: {merged} · refused: {refused}.",
    "publicationImport.report.added": "Added",
    "publicationImport.report.merged": "Merged",
    "publicationImport.report.refused": "Refused",
    "publicationImport.report.byDoi": "same DOI",
    "publicationImport.report.byTitle": "same title",
    "publicationImport.report.inFile": "twice in the file",
    "publicationImport.refused.title": "title missing or too long (300 characters at most)",
    "publicationImport.refused.year": "year missing or invalid",
    "publicationImport.refused.doi": "invalid DOI",
    "publicationImport.refused.unreadable": "unreadable entry",
    "themes.profileTitle": "Themes of their publications",
    "themes.profileHint":
      "Drawn from their publications, weighted by how rare they are in the network and how recent; not the same as declared skills.",
    "themes.papers": { one: "{count} publication", other: "{count} publications" },
    "themes.editorTitle": "Themes of your publications",
    "themes.editorHint":
      "These themes come from your publications. Add them to your skills in one click (level 3, which you can change).",
    "themes.add": "Add",
    "themes.addLabel": "Add “{skill}” to my skills",
    "themes.added": "“{skill}” was added to your skills.",
    "themes.declared": "already in your skills",
    "themes.labTitle": "Publication themes",
    "themes.labHint":
      "Drawn from its members' {count} publications, weighted by how rare they are in the network and how recent.",
    "scoreScale.title": "How to read the score",
    "scoreScale.match":
      "A score out of 100, computed for each person from their own evidence only (skills, publications, profile): it means the same for every need. 70 or more: has published on this topic, or declares its specific skills at a good level. 40 to 69: neighbouring expertise, or papers on part of the topic. Under 40: a few words or a general skill in common.",
    "scoreScale.band.strong": "strong fit",
    "scoreScale.band.related": "related expertise",
    "scoreScale.band.weak": "weak link",
    "scoreScale.mentors":
      "A score out of 100: shared skills (40 points at most), neighbouring skills (20), an offer matching your request (15), sectors (12), languages (8), place (6), availability (3). A mentor gets the same score whoever else is on the list.",
  },
  ar: {
    "criterion.publication_themes": "ينشر في مواضيعك",
    "matching.publicationThemes.one": "نشر في موضوع واحد من مواضيعك ({themes})",
    "matching.publicationThemes.other": "نشر في {count} من مواضيعك ({themes})",
    "mentorsPage.publicationTheme": "مهارتك {student} ↔ منشوراته حول {theme} ({count})",
    "publicationImport.title": "استيراد المنشورات",
    "publicationImport.intro":
      "ملف BibTeX (‎.bib، مُصدَّر من Zotero أو JabRef أو Google Scholar أو HAL) أو تصدير JSON لملفك العام في ORCID. المنشور الموجود مسبقًا (نفس DOI أو نفس العنوان) يُدمج بدل إضافته مرتين. إذا تعذّرت قراءة الملف فلن يتغيّر شيء.",
    "publicationImport.link": "الاستيراد من ملف BibTeX أو ORCID",
    "publicationImport.file": "ملف ‎.bib أو ‎.json (2 ميغابايت كحد أقصى)",
    "publicationImport.submit": "استيراد",
    "publicationImport.back": "العودة إلى ملفي",
    "publicationImport.error.missing": "اختر ملف ‎.bib أو ‎.json.",
    "publicationImport.error.tooLarge": "يتجاوز الملف 2 ميغابايت.",
    "publicationImport.error.empty": "الملف فارغ.",
    "publicationImport.error.format": "هذا الملف ليس BibTeX ولا تصدير JSON لملف ORCID.",
    "publicationImport.error.unreadable":
      "تعذّرت قراءة الملف: تحقّق من أنه تصدير BibTeX أو ORCID كامل.",
    "publicationImport.error.notOrcid":
      "ملف JSON هذا ليس ملف ORCID: صدّر ملفك العام من orcid.org بصيغة JSON.",
    "publicationImport.error.noEntries": "لا يوجد أي منشور في هذا الملف.",
    "publicationImport.error.tooManyEntries": "أكثر من 500 منشور: وزّعها على عدة ملفات.",
    "publicationImport.error.nothingUsable": "لا يوجد منشور صالح في هذا الملف: لم يتغيّر شيء.",
    "publicationImport.report.summary":
      "أُضيف: {added} · دُمج مع منشور موجود: {merged} · رُفض: {refused}.",
    "publicationImport.report.added": "المنشورات المضافة",
    "publicationImport.report.merged": "المنشورات المدمجة",
    "publicationImport.report.refused": "المنشورات المرفوضة",
    "publicationImport.report.byDoi": "نفس DOI",
    "publicationImport.report.byTitle": "نفس العنوان",
    "publicationImport.report.inFile": "مكرّر في الملف",
    "publicationImport.refused.title": "العنوان ناقص أو طويل جدًا (300 حرف كحد أقصى)",
    "publicationImport.refused.year": "السنة ناقصة أو غير صالحة",
    "publicationImport.refused.doi": "DOI غير صالح",
    "publicationImport.refused.unreadable": "مدخل غير مقروء",
    "themes.profileTitle": "مواضيع منشوراته",
    "themes.profileHint":
      "مستخرجة من منشوراته، موزونة بندرتها في الشبكة وحداثتها؛ وهي غير المهارات المصرّح بها.",
    "themes.papers": {
      one: "منشور واحد",
      two: "منشوران",
      few: "{count} منشورات",
      many: "{count} منشورًا",
      other: "{count} منشور",
    },
    "themes.editorTitle": "مواضيع منشوراتك",
    "themes.editorHint":
      "هذه المواضيع مستخرجة من منشوراتك. أضفها إلى مهاراتك بنقرة واحدة (المستوى 3، ويمكن تعديله).",
    "themes.add": "إضافة",
    "themes.addLabel": "إضافة «{skill}» إلى مهاراتي",
    "themes.added": "أُضيفت «{skill}» إلى مهاراتك.",
    "themes.declared": "موجودة في مهاراتك",
    "themes.labTitle": "مواضيع المنشورات",
    "themes.labHint": "مستخرجة من {count} منشورًا لأعضائه، موزونة بندرتها في الشبكة وحداثتها.",
    "scoreScale.title": "كيف تقرأ النتيجة",
    "scoreScale.match":
      "نتيجة من 100 تُحسب لكل شخص من أدلته وحدها (المهارات والمنشورات والملف): لها المعنى نفسه مهما كانت الحاجة. 70 فما فوق: نشر في هذا الموضوع أو يصرّح بمهاراته الدقيقة بمستوى جيد. من 40 إلى 69: خبرة قريبة، أو منشورات في جزء من الموضوع. أقل من 40: بضع كلمات أو مهارة عامة مشتركة.",
    "scoreScale.band.strong": "توافق قوي",
    "scoreScale.band.related": "خبرة قريبة",
    "scoreScale.band.weak": "صلة ضعيفة",
    "scoreScale.mentors":
      "نتيجة من 100: مهارات مشتركة (40 نقطة كحد أقصى)، مهارات قريبة (20)، عرض يوافق طلبك (15)، القطاعات (12)، اللغات (8)، المكان (6)، التوفر (3). يحصل المرشد على النتيجة نفسها مهما كان باقي المرشدين في القائمة.",
  },
});
