import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { dataDirectory } from "../../app/.server/data-directory.server";
import { canTransition, conventionDirectory } from "../../app/.server/pairings";
import type { ConventionKind } from "../../app/vocabulary/offers";
import {
  PAIRING_STATUSES,
  type PairingStatus,
  type SideDecision,
} from "../../app/vocabulary/pairings";
import type { Executor } from "../../db/client";
import { pairingConventions, pairingEvents, pairingSides, pairings } from "../../db/schema";
import { pickLinkedPeople } from "./demo-accounts";
import { stableUuid } from "./ids";
import type { DemoNetwork } from "./model";
import { conventionPdf } from "./pdf";
import { Random } from "./random";

const DAY = 86_400_000;
const COORDINATOR = "coordination.rabat@passerelle.example";
/** Labs and companies the e2e journeys pair themselves: the demo pipeline leaves them free. */
const KEPT_FREE = new Set(["laboratoire-sids-ensias", "dtai", "ocp"]);

type Party = { personId: string } | { organizationId: string };
type Side = { decision: SideDecision; afterDays?: number; note?: string };
type DemoPairing = {
  key: string;
  between: "labs" | "people";
  purpose: ConventionKind;
  status: PairingStatus;
  /** Days before now it was proposed; each later status came `step` days after the previous. */
  proposedDaysAgo: number;
  step: number;
  /** Days from now the next step is due (negative: overdue); none once closed. */
  dueInDays?: number;
  sides: [Side, Side];
  note: string;
  abandonReason?: string;
  signatories?: string;
};

const accepted = (afterDays: number, note: string): Side => ({
  decision: "accepted",
  afterDays,
  note,
});
const pending: Side = { decision: "pending" };

/**
 * Pairings at every stage of the pipeline, person–person and Moroccan lab–Belgian lab, so the
 * coordinator dashboard and /pairings show a living pipeline: answers the coordinator recorded
 * "au nom de" each side (their parties have no account), due dates soon and one overdue, the
 * history each move would have written, and signed conventions with their PDF.
 */
const PIPELINE: DemoPairing[] = [
  {
    key: "labs-proposed",
    between: "labs",
    purpose: "joint_research",
    status: "proposed",
    proposedDaysAgo: 2,
    step: 0,
    dueInDays: 12,
    sides: [pending, pending],
    note: "Deux équipes complémentaires sur l'IA pour l'agriculture : à présenter l'une à l'autre.",
  },
  {
    key: "people-proposed",
    between: "people",
    purpose: "mentoring",
    status: "proposed",
    proposedDaysAgo: 4,
    step: 0,
    dueInDays: 3,
    sides: [accepted(1, "Réponse reçue par e-mail : d'accord pour un premier échange."), pending],
    note: "Mentorat sur le passage de la recherche à l'entreprise.",
  },
  {
    key: "labs-contacted",
    between: "labs",
    purpose: "mobility",
    status: "contacted",
    proposedDaysAgo: 20,
    step: 6,
    dueInDays: -2,
    sides: [accepted(8, "La direction du laboratoire accepte, par courrier du 12."), pending],
    note: "Mobilité de doctorants pour un semestre, dans les deux sens.",
  },
  {
    key: "people-contacted",
    between: "people",
    purpose: "thesis_cosupervision",
    status: "contacted",
    proposedDaysAgo: 9,
    step: 3,
    dueInDays: 6,
    sides: [pending, pending],
    note: "Co-encadrement d'une thèse sur le traitement automatique de la darija.",
  },
  {
    key: "labs-agreed",
    between: "labs",
    purpose: "joint_research",
    status: "agreed",
    proposedDaysAgo: 40,
    step: 10,
    dueInDays: 9,
    sides: [
      accepted(5, "Accord du conseil de laboratoire."),
      accepted(7, "Accord de la direction, par e-mail."),
    ],
    note: "Projet commun de vision par ordinateur pour l'imagerie médicale.",
  },
  {
    key: "labs-signed",
    between: "labs",
    purpose: "joint_research",
    status: "convention_signed",
    proposedDaysAgo: 75,
    step: 18,
    dueInDays: 20,
    sides: [
      accepted(6, "Accord de la direction."),
      accepted(9, "Accord du bureau du département."),
    ],
    note: "Recherche conjointe sur l'énergie solaire et la prévision de production.",
    signatories: "Les directions des deux laboratoires",
  },
  {
    key: "people-active",
    between: "people",
    purpose: "internship",
    status: "active",
    proposedDaysAgo: 120,
    step: 21,
    dueInDays: 45,
    sides: [accepted(3, "Accord par téléphone."), accepted(4, "Accord par e-mail.")],
    note: "Stage de six mois en science des données.",
    signatories: "L'étudiante, le maître de stage et l'université",
  },
  {
    key: "labs-completed",
    between: "labs",
    purpose: "joint_research",
    status: "completed",
    proposedDaysAgo: 400,
    step: 70,
    sides: [accepted(10, "Accord du conseil."), accepted(12, "Accord de la direction.")],
    note: "Projet de recherche sur la cybersécurité des réseaux industriels.",
    signatories: "Les directions des deux laboratoires",
  },
  {
    key: "people-abandoned",
    between: "people",
    purpose: "thesis_cosupervision",
    status: "abandoned",
    proposedDaysAgo: 60,
    step: 12,
    sides: [
      accepted(4, "D'accord sur le principe."),
      { decision: "declined", afterDays: 9, note: "Pas de disponibilité cette année." },
    ],
    note: "Co-encadrement sur l'apprentissage par renforcement.",
    abandonReason: "Le second encadrant n'a pas de disponibilité cette année ; à reproposer.",
  },
];

/** The statuses a pairing went through to reach `status`, in order (abandoned after contacted). */
function pathTo(status: PairingStatus): PairingStatus[] {
  if (status === "abandoned") return ["proposed", "contacted", "abandoned"];
  return PAIRING_STATUSES.slice(0, PAIRING_STATUSES.indexOf(status) + 1);
}

function chooseParties(network: DemoNetwork) {
  const random = new Random(2026_12);
  const linked = new Set(pickLinkedPeople(network).map((l) => l.personId));
  const labs = (country: string) =>
    random.shuffle(
      network.organizations.filter(
        (o) => o.kind === "lab" && o.country === country && !KEPT_FREE.has(o.slug),
      ),
    );
  const people = (country: string) =>
    random.shuffle(
      network.people.filter(
        (p) =>
          p.country === country &&
          p.kind !== "student" &&
          p.verification === "verified" &&
          !p.userId &&
          !linked.has(p.id),
      ),
    );
  return {
    moroccanLabs: labs("MA"),
    belgianLabs: labs("BE"),
    moroccans: people("MA"),
    belgians: people("BE"),
  };
}

/**
 * Writes the demo pipeline (idempotent: its pairings are replaced). Convention PDFs go to
 * $DATA_DIR/conventions under stable names, so a re-seed rewrites the same files.
 */
export async function seedDemoPairings(
  tx: Executor,
  network: DemoNetwork,
  options: { now?: Date; dataDir?: string } = {},
) {
  const now = options.now ?? new Date();
  const coordinator = stableUuid(`user:${COORDINATOR}`);
  const parties = chooseParties(network);
  const ids = PIPELINE.map((p) => stableUuid(`pairing:${p.key}`));
  await tx.delete(pairings).where(inArray(pairings.id, ids));
  const files: { key: string; bytes: Uint8Array }[] = [];
  let labIndex = 0;
  let personIndex = 0;

  for (const [i, demo] of PIPELINE.entries()) {
    const id = ids[i]!;
    let sideParties: [Party, Party];
    let names: [string, string];
    if (demo.between === "labs") {
      const a = parties.moroccanLabs[labIndex]!;
      const b = parties.belgianLabs[labIndex++]!;
      sideParties = [{ organizationId: a.id }, { organizationId: b.id }];
      names = [a.acronym ?? a.name, b.acronym ?? b.name];
    } else {
      const a = parties.moroccans[personIndex]!;
      const b = parties.belgians[personIndex++]!;
      sideParties = [{ personId: a.id }, { personId: b.id }];
      names = [a.fullName, b.fullName];
    }
    const at = (days: number) => new Date(now.getTime() - days * DAY);
    const proposedAt = at(demo.proposedDaysAgo);
    const statuses = pathTo(demo.status);
    const moves = statuses.slice(1).map((to, n) => ({
      from: statuses[n]!,
      to,
      at: new Date(proposedAt.getTime() + (n + 1) * demo.step * DAY),
    }));
    for (const m of moves) {
      if (!canTransition(m.from, m.to))
        throw new Error(`demo pairing ${demo.key}: ${m.from}→${m.to}`);
    }
    const lastMove = moves.at(-1)?.at ?? proposedAt;
    const dueAt = demo.dueInDays === undefined ? null : at(-demo.dueInDays);

    await tx.insert(pairings).values({
      id,
      purpose: demo.purpose,
      status: demo.status,
      note: demo.note,
      abandonReason: demo.abandonReason ?? null,
      dueAt,
      proposedBy: coordinator,
      createdAt: proposedAt,
      updatedAt: lastMove,
      statusChangedAt: lastMove,
    });
    const decidedAt = (side: Side) =>
      side.afterDays === undefined ? null : new Date(proposedAt.getTime() + side.afterDays * DAY);
    await tx.insert(pairingSides).values(
      demo.sides.map((side, s) => ({
        pairingId: id,
        side: s === 0 ? ("a" as const) : ("b" as const),
        ...sideParties[s]!,
        decision: side.decision,
        decidedAt: decidedAt(side),
        decidedBy: side.decision === "pending" ? null : coordinator,
      })),
    );

    const history: (typeof pairingEvents.$inferInsert)[] = [
      {
        pairingId: id,
        actorUserId: coordinator,
        kind: "proposed",
        toStatus: "proposed",
        dueAt: demo.step ? new Date(proposedAt.getTime() + demo.step * DAY) : dueAt,
        note: demo.note,
        createdAt: proposedAt,
      },
    ];
    demo.sides.forEach((side, s) => {
      if (side.decision === "pending") return;
      history.push({
        pairingId: id,
        actorUserId: coordinator,
        kind: "side_decided",
        side: s === 0 ? "a" : "b",
        decision: side.decision,
        note: side.note ?? "",
        onBehalf: true,
        createdAt: decidedAt(side)!,
      });
    });
    for (const [n, m] of moves.entries()) {
      const last = n === moves.length - 1;
      history.push({
        pairingId: id,
        actorUserId: coordinator,
        kind: "status_changed",
        fromStatus: m.from,
        toStatus: m.to,
        dueAt: last ? dueAt : new Date(m.at.getTime() + demo.step * DAY),
        note:
          m.to === "abandoned"
            ? (demo.abandonReason ?? "")
            : m.to === "convention_signed"
              ? (demo.signatories ?? "")
              : "",
        createdAt: m.at,
      });
    }
    history.sort((x, y) => x.createdAt!.getTime() - y.createdAt!.getTime());
    await tx.insert(pairingEvents).values(history);

    const signed = moves.find((m) => m.to === "convention_signed");
    if (signed) {
      const bytes = conventionPdf({
        title: `Convention de partenariat - ${names[0]} / ${names[1]}`,
        lines: [demo.note, `Signataires : ${demo.signatories ?? ""}`],
      });
      const fileKey = `demo-${id}.pdf`;
      files.push({ key: fileKey, bytes });
      await tx.insert(pairingConventions).values({
        pairingId: id,
        signedOn: new Date(signed.at.getTime() - DAY),
        signatories: demo.signatories ?? "",
        fileKey,
        fileName: "convention-signee.pdf",
        fileSize: bytes.length,
        recordedBy: coordinator,
        recordedAt: signed.at,
      });
    }
  }

  const dir = conventionDirectory(options.dataDir ?? dataDirectory());
  await mkdir(dir, { recursive: true });
  for (const f of files) await writeFile(path.join(dir, f.key), f.bytes);
  return { pairings: PIPELINE.length, conventions: files.length };
}
