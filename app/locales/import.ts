import { defineMessages } from "./define";

/** Coordinators' people import (upload page) and directory CSV export. */
export const importExport = defineMessages({
  fr: {
    "import.title": "Importer des personnes",
    "import.intro":
      "Un fichier JSONL : une personne par ligne (format décrit dans docs/import-format.md). Les lignes refusées n’écrivent rien ; les autres sont importées. Réimporter le même fichier ne change rien.",
    "import.file": "Fichier JSONL (20 Mo au plus)",
    "import.submit": "Importer",
    "import.errorMissing": "Choisissez un fichier .jsonl.",
    "import.errorTooLarge": "Le fichier dépasse 20 Mo : utilisez npm run import.",
    "import.summary":
      "{lines} lignes : {created} créées, {updated} mises à jour, {unchanged} inchangées, {rejected} refusées.",
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
      "A JSONL file: one person per line (format in docs/import-format.md). Rejected lines write nothing; the others are imported. Importing the same file again changes nothing.",
    "import.file": "JSONL file (20 MB at most)",
    "import.submit": "Import",
    "import.errorMissing": "Choose a .jsonl file.",
    "import.errorTooLarge": "The file is over 20 MB: use npm run import.",
    "import.summary":
      "{lines} lines: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected.",
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
      "ملف JSONL: شخص واحد في كل سطر (الصيغة موصوفة في docs/import-format.md). الأسطر المرفوضة لا تكتب شيئًا، ويُستورد الباقي. إعادة استيراد الملف نفسه لا تغيّر شيئًا.",
    "import.file": "ملف JSONL (20 ميغابايت كحد أقصى)",
    "import.submit": "استيراد",
    "import.errorMissing": "اختر ملف ‎.jsonl.",
    "import.errorTooLarge": "يتجاوز الملف 20 ميغابايت: استعمل npm run import.",
    "import.summary":
      "{lines} سطرًا: {created} أُنشئ، {updated} حُدّث، {unchanged} دون تغيير، {rejected} مرفوض.",
    "import.rejectedTitle": "الأسطر المرفوضة",
    "import.warningsTitle": "تنبيهات",
    "import.line": "السطر",
    "import.reason": "السبب",
    "import.allGood": "استُورد كل الأسطر.",
    "directory.exportCsv": "تصدير بصيغة CSV",
  },
});
