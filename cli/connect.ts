/** How CLI commands reach a running node's API: address, token and TLS from flags, environment or the data dir. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadClientConfig } from "../lib/env.js";
import { createAdminClient, type AdminClient, type AdminClientOptions } from "../services/admin/index.js";
import { CliError } from "./errors.js";

export interface GlobalOptions {
  readonly addr?: string;
  readonly dataDir?: string;
}

export async function connect(opts: GlobalOptions): Promise<AdminClient> {
  return createAdminClient(await clientOptions(opts));
}

/** Address, token and TLS for any client of the node's API. */
export async function clientOptions(opts: GlobalOptions): Promise<AdminClientOptions> {
  const config = loadClientConfig(process.env, {
    ...(opts.addr !== undefined ? { address: opts.addr } : {}),
    ...(opts.dataDir !== undefined ? { dataDir: opts.dataDir } : {}),
  });
  let token = config.token;
  if (token === undefined) {
    const path = join(config.dataDir, "admin.token");
    try {
      token = (await readFile(path, "utf8")).trim();
    } catch {
      throw new CliError(`no API token: set RINGMESH_TOKEN, or run from the directory holding ${path} (created by \`ringmesh start\`), or pass --data-dir`);
    }
  }
  const ca = config.caFile === undefined ? undefined : await readFile(config.caFile);
  return { address: config.address, token, ...(ca !== undefined ? { tls: { ca } } : {}) };
}
