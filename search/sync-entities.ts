import type { EnqueuedTaskPromise, Index } from "meilisearch";
import type { IndexBase, SearchEngine } from "./client";
import { buildOrganizationDocuments, buildPersonDocuments } from "./documents";
import { MeiliHttpError } from "./http-client";
import type { IndexedEntity } from "./outbox";

const INDEX_OF: Record<IndexedEntity, IndexBase> = {
  person: "people",
  organization: "organizations",
};

/** Entity ids whose document Meilisearch turned down, with its reason. */
export type Refusals = Map<string, string>;

/**
 * Upserts the current documents of the given entities and deletes those that no longer exist.
 * When Meilisearch refuses the batch, the documents are sent again one by one so that one bad
 * document cannot hold back the others; the refused ones are returned. Anything else (Meilisearch
 * unreachable, a task that failed on its side) throws: the whole batch is retried later.
 */
export async function syncEntities(
  db: Parameters<typeof buildPersonDocuments>[0],
  engine: SearchEngine,
  entity: IndexedEntity,
  ids: string[],
  indexUid = engine.index(INDEX_OF[entity]),
): Promise<Refusals> {
  if (ids.length === 0) return new Map();
  const docs =
    entity === "person"
      ? await buildPersonDocuments(db, ids)
      : await buildOrganizationDocuments(db, ids);
  const gone = ids.filter((id) => !docs.has(id));
  const index = engine.client.index(indexUid);
  const deletion = gone.length > 0 ? index.deleteDocuments(gone) : null;
  deletion?.catch(() => {}); // awaited below; not an unhandled rejection if the upsert throws first
  let refusals: Refusals = new Map();
  if (docs.size > 0) {
    try {
      await succeeded(index.addDocuments([...docs.values()], { primaryKey: "id" }));
    } catch (error) {
      if (!isRefusal(error)) throw error;
      refusals = await upsertOneByOne(index, [...docs.values()]);
    }
  }
  if (deletion) await succeeded(deletion);
  return refusals;
}

/**
 * One task per document, all enqueued before waiting: Meilisearch batches them itself and fails
 * only the task whose document it refuses (checked on Meilisearch 1.21).
 */
async function upsertOneByOne(index: Index, docs: { id: string }[]): Promise<Refusals> {
  const refusals: Refusals = new Map();
  const pending: { id: string; task: EnqueuedTaskPromise }[] = [];
  for (const doc of docs) {
    const task = index.addDocuments([doc], { primaryKey: "id" });
    // Refused at the door (payload too large, malformed) or later by the task: same outcome.
    task.catch(() => {});
    pending.push({ id: doc.id, task });
  }
  for (const { id, task } of pending) {
    try {
      await succeeded(task);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      refusals.set(id, errorMessage(error));
    }
  }
  return refusals;
}

/** A Meilisearch task that ended in failure, with Meilisearch's error type and code. */
export class MeiliTaskFailed extends Error {
  constructor(
    readonly type: string | undefined,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "MeiliTaskFailed";
  }
}

async function succeeded(task: EnqueuedTaskPromise) {
  const done = await task.waitTask({ interval: 5 });
  if (done.status !== "succeeded") {
    throw new MeiliTaskFailed(
      done.error?.type,
      done.error?.code,
      `Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ""}`,
    );
  }
}

/**
 * Meilisearch turned the documents down (its error type `invalid_request`, or an HTTP 400/413 on
 * the request), as opposed to being unreachable or failing on its side.
 */
export function isRefusal(error: unknown): boolean {
  if (error instanceof MeiliTaskFailed) return error.type === "invalid_request";
  const http = error instanceof MeiliHttpError ? error : (error as { cause?: unknown })?.cause;
  return http instanceof MeiliHttpError && (http.status === 400 || http.status === 413);
}

export function errorMessage(error: unknown): string {
  const http = (error as { cause?: unknown })?.cause;
  if (http instanceof MeiliHttpError)
    return `${http.code ?? `HTTP ${http.status}`}: ${http.message}`;
  return String((error as Error)?.message ?? error);
}
