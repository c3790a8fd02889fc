/** The agent-actor service as a node module: hosts agent actors and feeds them User changes. */
import { startConfigFeeder, storeConfigSource } from "../../../lib/routing/config.js";
import { agentMetrics } from "../../../lib/routing/metrics.js";
import { natsPublisher, nullPublisher } from "../../../lib/routing/outbound.js";
import type { ServiceModule } from "../../../lib/service.js";
import { createAgentKind } from "./kind.js";

export const agentActorService: ServiceModule = {
  name: "agent-actor",
  kinds(ctx) {
    return [
      createAgentKind({
        config: storeConfigSource(ctx.store),
        publisher: ctx.nc !== undefined ? natsPublisher(ctx.nc) : nullPublisher,
        metrics: agentMetrics(ctx.registry),
        logger: ctx.logger,
      }),
    ];
  },
  async start(ctx) {
    const feeder = startConfigFeeder({ store: ctx.store, runtime: ctx.runtime, logger: ctx.logger, kind: "User" });
    await feeder.ready;
    return { stop: () => feeder.stop() };
  },
};
