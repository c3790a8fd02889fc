/** The admin service as a node module: the gRPC AdminService over the node's document store. */
import type { ServiceModule } from "../../../lib/service.js";
import { ensureAdminToken, loadTokensFile, parseTokens, TokenRegistry, type TokenGrant } from "./auth.js";
import { startAdminServer } from "./server.js";
import type { NodeContext } from "../../../lib/service.js";

async function tokenGrants(ctx: NodeContext): Promise<TokenGrant[]> {
  if (ctx.config.tokensFile !== undefined) return loadTokensFile(ctx.config.tokensFile);
  if (ctx.config.tokens !== undefined) return parseTokens(ctx.config.tokens, "RINGMESH_TOKENS");
  // No tokens configured (a developer's single node): one platform admin token in the
  // data directory, where the CLI finds it.
  const admin = await ensureAdminToken(ctx.config.dataDir);
  ctx.logger.info({ path: admin.path, created: admin.created }, "platform admin token (the CLI reads it from the data directory)");
  return [{ token: admin.token, role: "platformAdmin" }];
}

export const adminService: ServiceModule = {
  name: "admin",
  async start(ctx) {
    const { config } = ctx;
    const tls = config.tls;
    const server = await startAdminServer({
      store: ctx.store,
      tokens: new TokenRegistry(await tokenGrants(ctx)),
      host: config.host,
      port: config.grpcPort,
      logger: ctx.logger,
      runtime: ctx.runtime,
      clock: ctx.clock,
      ...(tls !== undefined ? { tls: { cert: tls.certFile, key: tls.keyFile, ...(tls.caFile !== undefined ? { ca: tls.caFile } : {}) } } : {}),
    });
    return { stop: () => server.stop() };
  },
};
