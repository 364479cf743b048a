import { readFileSync } from "node:fs";
import os from "node:os";
import type postgres from "postgres";
import { requestJson } from "./http";

export type Machine = {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
  meilisearch: string;
};

export async function describeMachine(
  sql: postgres.Sql,
  meiliUrl: string,
  meiliKey: string,
): Promise<Machine> {
  const [pg] = await sql<{ server_version: string }[]>`show server_version`;
  const { json: meili } = await requestJson<{ pkgVersion: string }>(`${meiliUrl}/version`, {
    headers: { authorization: `Bearer ${meiliKey}` },
  });
  let release = `${os.type()} ${os.release()}`;
  try {
    const pretty = readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?([^"\n]+)/m);
    if (pretty) release = `${pretty[1]} (kernel ${os.release()})`;
  } catch {
    // not Linux: keep the kernel name
  }
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: release,
    node: process.version,
    postgres: pg?.server_version ?? "unknown",
    meilisearch: meili.pkgVersion,
  };
}
