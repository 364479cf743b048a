import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Database, Executor } from "../../../db/client";
import { pairingConventions, pairingSides, pairings } from "../../../db/schema";
import { type Actor, isStaff } from "../actor";
import { DomainError } from "../domain-error";
import { canViewPairing } from "./access";
import { loadActorMemberships } from "./parties.server";
import { checkTransition } from "./transitions";
import { changeStatus } from "./workflow.server";

/** A signed convention is a PDF of at most this size (a scanned 30-page document fits). */
export const CONVENTION_MAX_BYTES = 10 * 1024 * 1024;
const PDF_MAGIC = "%PDF-";

export type ConventionInput = {
  pairingId: string;
  signedOn: Date;
  signatories: string;
  file: { name: string; bytes: Uint8Array };
};

/** The file's own bytes decide, not its name or the browser's type: a PDF starts with %PDF-. */
export function checkConventionFile(file: { name: string; bytes: Uint8Array }) {
  if (file.bytes.length === 0)
    throw new DomainError("invalid_document", "pairings.error.document_missing", { field: "file" });
  if (file.bytes.length > CONVENTION_MAX_BYTES)
    throw new DomainError("document_too_large", "pairings.error.document_too_large", {
      field: "file",
      params: { max: CONVENTION_MAX_BYTES / 1024 / 1024 },
    });
  const head = Buffer.from(file.bytes.subarray(0, PDF_MAGIC.length)).toString("latin1");
  if (head !== PDF_MAGIC)
    throw new DomainError("invalid_document", "pairings.error.document_not_pdf", { field: "file" });
}

export const conventionDirectory = (dataDir: string) => path.join(dataDir, "conventions");

/**
 * A coordinator records the signed convention — date, signatories, the PDF — and the pairing
 * moves to "convention signed" in the same transaction. The file is written under a random name
 * first and removed again if the transaction fails, so no row points at a missing file.
 */
export async function recordConvention(
  db: Database,
  actor: Actor,
  input: ConventionInput,
  options: { dataDir: string; now?: Date },
) {
  if (!isStaff(actor)) throw new DomainError("forbidden", "pairings.error.forbidden");
  const now = options.now ?? new Date();
  if (input.signedOn.getTime() > now.getTime())
    throw new DomainError("invalid_input", "pairings.error.signed_in_future", {
      field: "signedOn",
    });
  const signatories = input.signatories.trim();
  if (!signatories)
    throw new DomainError("invalid_input", "pairings.error.signatories_required", {
      field: "signatories",
    });
  checkConventionFile(input.file);
  const fileKey = `${randomUUID()}.pdf`;
  const dir = conventionDirectory(options.dataDir);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, fileKey), input.file.bytes);
  try {
    return await db.transaction(async (tx) => {
      const [pairing] = await tx
        .select()
        .from(pairings)
        .where(eq(pairings.id, input.pairingId))
        .for("update");
      if (!pairing) throw new DomainError("not_found", "pairings.error.not_found");
      const sides = await tx
        .select()
        .from(pairingSides)
        .where(eq(pairingSides.pairingId, pairing.id));
      const check = checkTransition({
        from: pairing.status,
        to: "convention_signed",
        decisions: sides.map((s) => s.decision),
        conventionRecorded: true,
      });
      if (!check.ok) throw new DomainError(check.reason, `pairings.error.${check.reason}`);
      await tx.insert(pairingConventions).values({
        pairingId: pairing.id,
        signedOn: input.signedOn,
        signatories,
        fileKey,
        fileName: safeFileName(input.file.name),
        fileSize: input.file.bytes.length,
        recordedBy: actor.userId,
        recordedAt: now,
      });
      await changeStatus(tx, actor, pairing, sides, {
        to: "convention_signed",
        dueAt: pairing.dueAt,
        abandonReason: null,
        note: signatories,
        now,
      });
      return { pairingId: pairing.id, fileKey };
    });
  } catch (error) {
    await rm(path.join(dir, fileKey), { force: true });
    throw error;
  }
}

/** The convention and its PDF, for the parties and coordinators only ("not found" otherwise). */
export async function readConvention(
  db: Executor,
  actor: Actor,
  pairingId: string,
  dataDir: string,
) {
  const [row] = await db
    .select()
    .from(pairingConventions)
    .where(eq(pairingConventions.pairingId, pairingId));
  if (!row) throw new DomainError("not_found", "pairings.error.not_found");
  const sides = await db.select().from(pairingSides).where(eq(pairingSides.pairingId, pairingId));
  if (!canViewPairing(actor, await loadActorMemberships(db, actor), sides))
    throw new DomainError("not_found", "pairings.error.not_found");
  const bytes = await readFile(path.join(conventionDirectory(dataDir), row.fileKey));
  return { fileName: row.fileName, bytes };
}

/** A name safe in a Content-Disposition header: letters, digits, dot, dash, underscore. */
function safeFileName(name: string) {
  const base = path
    .basename(name)
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "_")
    .slice(-120);
  return base.toLowerCase().endsWith(".pdf") ? base : `${base || "convention"}.pdf`;
}
