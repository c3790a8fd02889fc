/** The agent-actor service as a node module: hosts agent actors and feeds them User changes. */
import { startConfigFeeder, storeConfigSource } from "../../../lib/routing/config.js";
import { agentMetrics } from "../../../lib/routing/metrics.js";
import { nodeEvents } from "../../../lib/routing/events.js";
import type { ServiceModule } from "../../../lib/service.js";
import { createAgentKind } from "./kind.js";

export const agentActorService: ServiceModule = {
  name: "agent-actor",
  kinds(ctx) {
    return [
      createAgentKind({
        config: storeConfigSource(ctx.store),
        events: nodeEvents(ctx).events,
        metrics: agentMetrics(ctx.registry),
        logger: ctx.logger,
      }),
    ];
  },
  async start(ctx) {
    const events = nodeEvents(ctx);
    const feeder = startConfigFeeder({ store: ctx.store, runtime: ctx.runtime, logger: ctx.logger, kind: "User" });
    await Promise.all([feeder.ready, events.ready]);
    return {
      stop: async () => {
        events.stop();
        await feeder.stop();
      },
    };
  },
};
