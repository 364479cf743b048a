import { defineMessages } from "./define";

/** Coordinators' people import (upload page) and directory CSV export. */
export const importExport = defineMessages({
  fr: {
    "import.title": "Importer des personnes",
    "import.intro":
      "Un fichier JSONL : une personne par ligne. Les lignes refusées n’écrivent rien ; les autres sont importées. Réimporter le même fichier ne change rien.",
    "import.fileHint": "Un objet JSON par ligne, encodé en UTF-8 (.jsonl).",
    "import.errorEmpty":
      "Ce fichier est vide : choisissez un fichier .jsonl qui contient au moins une ligne.",
    "importFormat.link": "Le format du fichier : chaque champ, un exemple à télécharger",
    "importFormat.back": "← Retour à l’import",
    "importFormat.title": "Format du fichier d’import",
    "importFormat.lead":
      "Un fichier texte UTF-8 (.jsonl) : un objet JSON par ligne, une personne par ligne ; les lignes vides sont ignorées. 20 Mo au plus par cette page ; au-delà, la commande npm run import lit des fichiers de toute taille.",
    "importFormat.fieldsTitle": "Les champs",
    "importFormat.colField": "Champ",
    "importFormat.colRequired": "Obligatoire",
    "importFormat.colValue": "Contenu",
    "importFormat.required": "Oui",
    "importFormat.optional": "Non",
    "importFormat.unlessOrganization": "Oui, sauf si l’organisation est connue (son pays est pris)",
    "importFormat.values": "Valeurs :",
    "importFormat.field.externalId":
      "Votre identifiant de la personne (200 caractères au plus). Un nouvel import met à jour la personne qui a le même.",
    "importFormat.field.kind": "Étudiant, expert ou chercheur.",
    "importFormat.field.name": "Nom complet.",
    "importFormat.field.email":
      "Adresse e-mail de contact, privée : montrée seulement après une mise en relation acceptée.",
    "importFormat.field.headline": "Titre court (300 caractères au plus).",
    "importFormat.field.bio": "Texte libre (10 000 caractères au plus).",
    "importFormat.field.country": "Maroc ou Belgique.",
    "importFormat.field.city": "Par défaut, la ville de l’organisation.",
    "importFormat.field.organization":
      "Sigle, nom ou identifiant d’une organisation de l’annuaire (UM5, Université Mohammed V de Rabat), sans tenir compte des majuscules ni des accents. Devient l’affiliation principale.",
    "importFormat.field.languages":
      'Codes ISO ("fr") ou {"code": "ar", "level": "native"} ; niveau par défaut : professional.',
    "importFormat.field.skills":
      'Textes ou {"name": "…", "level": 1 à 5} (3 par défaut), reconnus dans la taxonomie en français, anglais ou arabe ; une compétence inconnue est gardée comme étiquette libre.',
    "importFormat.field.sectors":
      "Identifiants ou libellés (dans l’une des trois langues) ; un secteur inconnu fait refuser la ligne.",
    "importFormat.field.offers": "Types de convention que la personne propose.",
    "importFormat.field.publications":
      'Liste de {"title", "abstract" (facultatif), "year", "doi" (facultatif)}.',
    "importFormat.field.bibtex":
      "Le texte d’un fichier BibTeX (Zotero, JabRef, Google Scholar, HAL) : ses entrées rejoignent les publications.",
    "importFormat.field.orcid":
      "Une fiche ORCID publique en JSON (objet ou texte) : ses travaux rejoignent les publications.",
    "importFormat.exampleTitle": "Exemple",
    "importFormat.exampleLead": "Une ligne complète :",
    "importFormat.download": "Télécharger un fichier d’exemple (3 lignes, prêt à importer)",
    "importFormat.rulesTitle": "Règles",
    "importFormat.rule.upsert":
      "Chaque ligne crée la personne, ou met à jour celle qui a le même externalId ; une personne déjà à jour n’est pas modifiée.",
    "importFormat.rule.rejected":
      "Une ligne refusée n’écrit rien et le rapport dit pourquoi, avec son numéro ; les autres lignes sont importées.",
    "importFormat.rule.unknownField":
      "Un champ inconnu fait refuser la ligne (une faute comme « skils » serait sinon perdue sans bruit).",
    "importFormat.rule.organization":
      "Une organisation inconnue n’empêche pas l’import : la personne est importée sans affiliation, avec un avertissement.",
    "importFormat.rule.verified":
      "Les experts et chercheurs importés sont vérifiés (ils apparaissent tout de suite dans l’annuaire) ; les étudiants restent à vérifier.",
    "importFormat.rule.duplicate":
      "Le même externalId deux fois dans un fichier : la seconde ligne est refusée.",
    "import.file": "Fichier JSONL (20 Mo au plus)",
    "import.submit": "Importer",
    "import.errorMissing": "Choisissez un fichier .jsonl.",
    "import.errorTooLarge": "Le fichier dépasse 20 Mo : utilisez npm run import.",
    "import.summary": "{lines} : {created}, {updated}, {unchanged}, {rejected}.",
    "import.summary.created": { one: "{count} créée", other: "{count} créées" },
    "import.summary.updated": { one: "{count} mise à jour", other: "{count} mises à jour" },
    "import.summary.unchanged": { one: "{count} inchangée", other: "{count} inchangées" },
    "import.summary.rejected": { one: "{count} refusée", other: "{count} refusées" },
    "import.rejectedTitle": "Lignes refusées",
    "import.warningsTitle": "Avertissements",
    "import.line": "Ligne",
    "import.reason": "Raison",
    "import.allGood": "Toutes les lignes ont été importées.",
    "directory.exportCsv": "Exporter en CSV",
  },
  en: {
    "import.title": "Import people",
    "import.intro":
      "A JSONL file: one person per line. Rejected lines write nothing; the others are imported. Importing the same file again changes nothing.",
    "import.fileHint": "One JSON object per line, UTF-8 encoded (.jsonl).",
    "import.errorEmpty": "This file is empty: choose a .jsonl file with at least one line.",
    "importFormat.link": "The file format: every field, an example to download",
    "importFormat.back": "← Back to the import",
    "importFormat.title": "Import file format",
    "importFormat.lead":
      "A UTF-8 text file (.jsonl): one JSON object per line, one person per line; blank lines are ignored. 20 MB at most through this page; beyond that, the npm run import command reads files of any size.",
    "importFormat.fieldsTitle": "Fields",
    "importFormat.colField": "Field",
    "importFormat.colRequired": "Required",
    "importFormat.colValue": "Content",
    "importFormat.required": "Yes",
    "importFormat.optional": "No",
    "importFormat.unlessOrganization":
      "Yes, unless the organization is known (its country is used)",
    "importFormat.values": "Values:",
    "importFormat.field.externalId":
      "Your identifier for the person (200 characters at most). A new import updates the person with the same one.",
    "importFormat.field.kind": "Student, expert or researcher.",
    "importFormat.field.name": "Full name.",
    "importFormat.field.email": "Contact e-mail, private: shown only once a match is accepted.",
    "importFormat.field.headline": "Short title (300 characters at most).",
    "importFormat.field.bio": "Free text (10,000 characters at most).",
    "importFormat.field.country": "Morocco or Belgium.",
    "importFormat.field.city": "Defaults to the organization's city.",
    "importFormat.field.organization":
      "Acronym, name or slug of an organization in the directory (UM5, Université Mohammed V de Rabat), case and accents ignored. Becomes the primary affiliation.",
    "importFormat.field.languages":
      'ISO codes ("fr") or {"code": "ar", "level": "native"}; default level: professional.',
    "importFormat.field.skills":
      'Texts or {"name": "…", "level": 1 to 5} (default 3), matched to the taxonomy in French, English or Arabic; an unknown skill is kept as a free tag.',
    "importFormat.field.sectors":
      "Ids or labels (in any of the three languages); an unknown sector rejects the line.",
    "importFormat.field.offers": "Convention kinds the person offers.",
    "importFormat.field.publications":
      'A list of {"title", "abstract" (optional), "year", "doi" (optional)}.',
    "importFormat.field.bibtex":
      "The text of a BibTeX file (Zotero, JabRef, Google Scholar, HAL): its entries join the publications.",
    "importFormat.field.orcid":
      "A public ORCID record as JSON (object or text): its works join the publications.",
    "importFormat.exampleTitle": "Example",
    "importFormat.exampleLead": "A complete line:",
    "importFormat.download": "Download an example file (3 lines, ready to import)",
    "importFormat.rulesTitle": "Rules",
    "importFormat.rule.upsert":
      "Each line creates the person, or updates the one with the same externalId; a person already up to date is not touched.",
    "importFormat.rule.rejected":
      "A rejected line writes nothing and the report says why, with its number; the other lines are imported.",
    "importFormat.rule.unknownField":
      "An unknown field rejects the line (a typo such as “skils” would otherwise be silently lost).",
    "importFormat.rule.organization":
      "An unknown organization does not stop the import: the person is imported without an affiliation, with a warning.",
    "importFormat.rule.verified":
      "Imported experts and researchers are verified (they appear in the directory at once); students stay to be verified.",
    "importFormat.rule.duplicate":
      "The same externalId twice in one file: the second line is rejected.",
    "import.file": "JSONL file (20 MB at most)",
    "import.submit": "Import",
    "import.errorMissing": "Choose a .jsonl file.",
    "import.errorTooLarge": "The file is over 20 MB: use npm run import.",
    "import.summary": "{lines}: {created}, {updated}, {unchanged}, {rejected}.",
    "import.summary.created": "{count} created",
    "import.summary.updated": "{count} updated",
    "import.summary.unchanged": "{count} unchanged",
    "import.summary.rejected": "{count} rejected",
    "import.rejectedTitle": "Rejected lines",
    "import.warningsTitle": "Warnings",
    "import.line": "Line",
    "import.reason": "Reason",
    "import.allGood": "Every line was imported.",
    "directory.exportCsv": "Export as CSV",
  },
  ar: {
    "import.title": "استيراد الأشخاص",
    "import.intro":
      "ملف JSONL: شخص واحد في كل سطر. الأسطر المرفوضة لا تكتب شيئًا، ويُستورد الباقي. إعادة استيراد الملف نفسه لا تغيّر شيئًا.",
    "import.fileHint": "كائن JSON واحد في كل سطر، بترميز UTF-8 ‏(‎.jsonl).",
    "import.errorEmpty": "هذا الملف فارغ: اختر ملف ‎.jsonl فيه سطر واحد على الأقل.",
    "importFormat.link": "صيغة الملف: كل الحقول، ومثال للتنزيل",
    "importFormat.back": "→ العودة إلى الاستيراد",
    "importFormat.title": "صيغة ملف الاستيراد",
    "importFormat.lead":
      "ملف نصي بترميز UTF-8 ‏(‎.jsonl): كائن JSON واحد في كل سطر، وشخص واحد في كل سطر؛ تُتجاهل الأسطر الفارغة. 20 ميغابايت كحد أقصى عبر هذه الصفحة؛ وما زاد تقرؤه الأداة npm run import مهما كان حجمه.",
    "importFormat.fieldsTitle": "الحقول",
    "importFormat.colField": "الحقل",
    "importFormat.colRequired": "إلزامي",
    "importFormat.colValue": "المحتوى",
    "importFormat.required": "نعم",
    "importFormat.optional": "لا",
    "importFormat.unlessOrganization": "نعم، إلا إذا كانت المؤسسة معروفة (يؤخذ بلدها)",
    "importFormat.values": "القيم:",
    "importFormat.field.externalId":
      "معرّفكم للشخص (200 حرف على الأكثر). يحدّث كل استيراد جديد الشخص الذي يحمل المعرّف نفسه.",
    "importFormat.field.kind": "طالب أو خبير أو باحث.",
    "importFormat.field.name": "الاسم الكامل.",
    "importFormat.field.email": "بريد التواصل، خاص: لا يظهر إلا بعد قبول التواصل.",
    "importFormat.field.headline": "عنوان قصير (300 حرف على الأكثر).",
    "importFormat.field.bio": "نص حر (10000 حرف على الأكثر).",
    "importFormat.field.country": "المغرب أو بلجيكا.",
    "importFormat.field.city": "افتراضيًا مدينة المؤسسة.",
    "importFormat.field.organization":
      "اختصار مؤسسة من الدليل أو اسمها أو معرّفها (UM5، Université Mohammed V de Rabat)، دون اعتبار الأحرف الكبيرة والعلامات. تصبح الانتماء الرئيسي.",
    "importFormat.field.languages":
      'رموز ISO ‏("fr") أو {"code": "ar", "level": "native"}؛ المستوى الافتراضي: professional.',
    "importFormat.field.skills":
      'نصوص أو {"name": "…", "level": من 1 إلى 5} (3 افتراضيًا)، تُطابق مع التصنيف بالفرنسية أو الإنجليزية أو العربية؛ وتُحفظ الكفاءة غير المعروفة وسمًا حرًّا.',
    "importFormat.field.sectors":
      "معرّفات أو تسميات (بإحدى اللغات الثلاث)؛ القطاع غير المعروف يرفض السطر.",
    "importFormat.field.offers": "أنواع الاتفاقيات التي يعرضها الشخص.",
    "importFormat.field.publications":
      'قائمة من {"title"، "abstract" (اختياري)، "year"، "doi" (اختياري)}.',
    "importFormat.field.bibtex":
      "نص ملف BibTeX ‏(Zotero، JabRef، Google Scholar، HAL): تنضم مدخلاته إلى المنشورات.",
    "importFormat.field.orcid": "سجل ORCID عام بصيغة JSON (كائن أو نص): تنضم أعماله إلى المنشورات.",
    "importFormat.exampleTitle": "مثال",
    "importFormat.exampleLead": "سطر كامل:",
    "importFormat.download": "تنزيل ملف مثال (3 أسطر، جاهز للاستيراد)",
    "importFormat.rulesTitle": "القواعد",
    "importFormat.rule.upsert":
      "كل سطر ينشئ الشخص أو يحدّث من يحمل externalId نفسه؛ ولا يُمسّ الشخص المحدَّث أصلًا.",
    "importFormat.rule.rejected":
      "السطر المرفوض لا يكتب شيئًا ويذكر التقرير السبب ورقم السطر؛ وتُستورد الأسطر الأخرى.",
    "importFormat.rule.unknownField":
      "الحقل غير المعروف يرفض السطر (وإلا ضاع خطأ إملائي مثل «skils» دون تنبيه).",
    "importFormat.rule.organization":
      "المؤسسة غير المعروفة لا تمنع الاستيراد: يُستورد الشخص دون انتماء مع تنبيه.",
    "importFormat.rule.verified":
      "الخبراء والباحثون المستوردون موثَّقون (يظهرون في الدليل فورًا)؛ ويبقى الطلاب في انتظار التوثيق.",
    "importFormat.rule.duplicate": "إذا تكرر externalId نفسه في ملف واحد يُرفض السطر الثاني.",
    "import.file": "ملف JSONL (20 ميغابايت كحد أقصى)",
    "import.submit": "استيراد",
    "import.errorMissing": "اختر ملف ‎.jsonl.",
    "import.errorTooLarge": "يتجاوز الملف 20 ميغابايت: استعمل npm run import.",
    "import.summary": "{lines}: {created}، {updated}، {unchanged}، {rejected}.",
    "import.summary.created": {
      zero: "لم يُنشأ أحد",
      one: "أُنشئ شخص واحد",
      two: "أُنشئ شخصان",
      few: "أُنشئ {count} أشخاص",
      many: "أُنشئ {count} شخصًا",
      other: "أُنشئ {count} شخص",
    },
    "import.summary.updated": {
      zero: "لم يُحدَّث أحد",
      one: "حُدّث شخص واحد",
      two: "حُدّث شخصان",
      few: "حُدّث {count} أشخاص",
      many: "حُدّث {count} شخصًا",
      other: "حُدّث {count} شخص",
    },
    "import.summary.unchanged": {
      zero: "لا أحد دون تغيير",
      one: "شخص واحد دون تغيير",
      two: "شخصان دون تغيير",
      few: "{count} أشخاص دون تغيير",
      many: "{count} شخصًا دون تغيير",
      other: "{count} شخص دون تغيير",
    },
    "import.summary.rejected": {
      zero: "لم يُرفض أي سطر",
      one: "رُفض سطر واحد",
      two: "رُفض سطران",
      few: "رُفض {count} أسطر",
      many: "رُفض {count} سطرًا",
      other: "رُفض {count} سطر",
    },
    "import.rejectedTitle": "الأسطر المرفوضة",
    "import.warningsTitle": "تنبيهات",
    "import.line": "السطر",
    "import.reason": "السبب",
    "import.allGood": "استُورد كل الأسطر.",
    "directory.exportCsv": "تصدير بصيغة CSV",
  },
});
