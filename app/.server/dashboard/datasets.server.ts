import type { Locale } from "~/utils/i18n";
import { localized, translator } from "~/utils/i18n";
import type { Executor } from "../../../db/client";
import type { CsvCell } from "../csv";
import { listPairingsForExport } from "./pairing-list.server";
import {
  bucketDelays,
  pairingsByCountryPair,
  pairingsBySector,
  pairingsByStatus,
  pairingsPerMonth,
  timeToConvention,
} from "./pairing-stats.server";
import { mentorLoad, pendingVerifications } from "./people-stats.server";

/** Everything the dashboard page shows, labels already in the reader's language. */
export async function loadDashboard(db: Executor, locale: Locale) {
  const t = translator(locale);
  const [status, sector, country, months, delays, mentors, pending] = await Promise.all([
    pairingsByStatus(db),
    pairingsBySector(db),
    pairingsByCountryPair(db),
    pairingsPerMonth(db),
    timeToConvention(db),
    mentorLoad(db),
    pendingVerifications(db),
  ]);
  const monthFormat = new Intl.DateTimeFormat(locale, {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  });
  return {
    status: status.map((s) => ({ label: t(`pairings.status.${s.status}`), value: s.count })),
    sector: sector.map((s) => ({ label: localized(s, locale), value: s.count })),
    country: country.map((c) => ({ label: countryPairLabel(c.pair, t), value: c.count })),
    months: months.map((m) => ({
      label: monthFormat.format(new Date(`${m.month}-01T00:00:00Z`)),
      value: m.count,
    })),
    delays: {
      median: delays.median,
      count: delays.days.length,
      buckets: bucketDelays(delays.days).map((b) => ({
        label: t("dash.delay.bucket", { range: b.bucket }),
        value: b.count,
      })),
    },
    mentors: [
      { label: t("dash.mentors.open", { count: mentors.open }), value: mentors.openCapacity },
      { label: t("dash.mentors.paused", { count: mentors.paused }), value: mentors.pausedCapacity },
    ],
    pendingVerifications: pending,
  };
}

function countryPairLabel(pair: string, t: ReturnType<typeof translator>) {
  return pair
    .split("–")
    .map((code) => (code === "MA" || code === "BE" ? t(`country.${code}`) : code))
    .join(" – ");
}

export const EXPORTS = [
  "pairings",
  "status",
  "sectors",
  "countries",
  "months",
  "delays",
  "mentors",
] as const;
export type ExportName = (typeof EXPORTS)[number];

/** One dataset as a header row and rows, the header in the reader's language. */
export async function exportDataset(
  db: Executor,
  name: ExportName,
  locale: Locale,
): Promise<{ header: string[]; rows: CsvCell[][] }> {
  const t = translator(locale);
  switch (name) {
    case "pairings": {
      const rows = await listPairingsForExport(db);
      return {
        header: [
          t("dash.csv.id"),
          t("dash.csv.purpose"),
          t("dash.csv.status"),
          t("dash.csv.proposedAt"),
          t("dash.csv.statusChangedAt"),
          t("dash.csv.sideA"),
          t("dash.csv.countryA"),
          t("dash.csv.sideB"),
          t("dash.csv.countryB"),
        ],
        rows: rows.map((r) => [
          r.id,
          r.purpose,
          r.status,
          r.createdAt,
          r.statusChangedAt,
          r.sideA,
          r.countryA,
          r.sideB,
          r.countryB,
        ]),
      };
    }
    case "status":
      return {
        header: [t("dash.csv.status"), t("dash.csv.label"), t("dash.csv.pairings")],
        rows: (await pairingsByStatus(db)).map((s) => [
          s.status,
          t(`pairings.status.${s.status}`),
          s.count,
        ]),
      };
    case "sectors":
      return {
        header: [t("dash.csv.sector"), t("dash.csv.label"), t("dash.csv.pairings")],
        rows: (await pairingsBySector(db)).map((s) => [s.sectorId, localized(s, locale), s.count]),
      };
    case "countries":
      return {
        header: [t("dash.csv.countries"), t("dash.csv.pairings")],
        rows: (await pairingsByCountryPair(db)).map((c) => [c.pair, c.count]),
      };
    case "months":
      return {
        header: [t("dash.csv.month"), t("dash.csv.pairings")],
        rows: (await pairingsPerMonth(db)).map((m) => [m.month, m.count]),
      };
    case "delays":
      return {
        header: [t("dash.csv.days"), t("dash.csv.pairings")],
        rows: bucketDelays((await timeToConvention(db)).days).map((b) => [b.bucket, b.count]),
      };
    case "mentors": {
      const m = await mentorLoad(db);
      return {
        header: [t("dash.csv.status"), t("dash.csv.mentors"), t("dash.csv.places")],
        rows: [
          ["open", m.open, m.openCapacity],
          ["paused", m.paused, m.pausedCapacity],
        ],
      };
    }
  }
}
