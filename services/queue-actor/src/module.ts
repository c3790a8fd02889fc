/** The queue-actor service as a node module: hosts group actors and feeds them live config. */
import { startConfigFeeder, storeConfigSource } from "../../../lib/routing/config.js";
import { groupMetrics } from "../../../lib/routing/metrics.js";
import { nodeEvents } from "../../../lib/routing/events.js";
import { natsPublisher, nullPublisher, subjectSignalingPort, type Publisher, type SignalingPort } from "../../../lib/routing/outbound.js";
import type { NodeContext, ServiceModule } from "../../../lib/service.js";
import { createGroupKind } from "./kind.js";

export interface QueueActorServiceOptions {
  /** The signaling service's port when it runs in this process; default: CallCommands on the call subjects. */
  readonly signaling?: (ctx: Omit<NodeContext, "runtime">) => SignalingPort;
}

const publisherOf = (ctx: Omit<NodeContext, "runtime">): Publisher => (ctx.nc !== undefined ? natsPublisher(ctx.nc) : nullPublisher);

export function createQueueActorService(opts: QueueActorServiceOptions = {}): ServiceModule {
  return {
    name: "queue-actor",
    kinds(ctx) {
      const publisher = publisherOf(ctx);
      return [
        createGroupKind({
          config: storeConfigSource(ctx.store),
          signaling: opts.signaling?.(ctx) ?? subjectSignalingPort(publisher),
          events: nodeEvents(ctx).events,
          metrics: groupMetrics(ctx.registry, ctx.clock),
          logger: ctx.logger,
        }),
      ];
    },
    async start(ctx) {
      const events = nodeEvents(ctx);
      const feeder = startConfigFeeder({ store: ctx.store, runtime: ctx.runtime, logger: ctx.logger, kind: "AnswerGroup" });
      await Promise.all([feeder.ready, events.ready]);
      return {
        stop: async () => {
          events.stop();
          await feeder.stop();
        },
      };
    },
  };
}

export const queueActorService: ServiceModule = createQueueActorService();
