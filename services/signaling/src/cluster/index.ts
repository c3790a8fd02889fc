/**
 * Call state in the cluster: each call's dialogs belong to the signaling node that
 * minted it (its id and run are in the call id), and when that node dies its calls end
 * cleanly elsewhere within seconds.
 *
 *   membership.ts  who is alive, and which groups hold each node's calls (heartbeats)
 *   cleanup.ts     the one survivor per dead run tells those groups `signalingNodeGone`
 *   (index.ts)     when a host of groups leaves, the groups holding this node's waiting
 *                  calls are told which (`callsHeld`): arrivals are not written
 *   relay-wire.ts  the SIP relay's hops over NATS (sip/transport/relay.ts)
 *
 * Reaching a device registered on another node: UDP bindings are rung from this node's
 * own socket to the address the REGISTER came from (calls/manager.ts routeTo). That
 * holds on a flat network and loopback (the multi-node test), not through a NAT that
 * only lets the registering node's address in. A device whose TCP, TLS or WebSocket
 * connection another node holds is reached through that node: the messages of this
 * node's leg are written onto the connection there, and what the device sends back is
 * handed here by the branch or tag this node stamped (sip/transport/relay.ts).
 *
 * Partitions: a node cut off longer than the timeout is declared dead and its calls are
 * ended in the groups while its dialogs may still be up; when it comes back, its later
 * reports for those calls find nothing and are ignored.
 */
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import type { Clock } from "../../../../lib/clock.js";
import type { Logger } from "../../../../lib/log.js";
import { GROUP_KIND, groupAddress, routingActorId } from "../../../../lib/routing/addresses.js";
import type { Runtime } from "../../../../lib/runtime/index.js";
import type { RoutingPort } from "../calls/routing-port.js";
import { NodeGoneCleanup, nodeGoneMetrics } from "./cleanup.js";
import { natsWire, SignalingMembership, type GroupCalls, type Wire } from "./membership.js";

export { SignalingMembership, type GroupCalls, type NodeRun, type GoneReason, type Wire } from "./membership.js";
export { NodeGoneCleanup, nodeGoneMetrics } from "./cleanup.js";
export { NatsRelayWire, encodeFlowRef, decodeFlowRef, RELAY_TIMEOUT_MS, type NatsRelayWireOptions } from "./relay-wire.js";

/** What the cluster reads from this node's calls (CallManager). */
export interface CallSource {
  readonly callIdEpoch: string;
  callsPerGroup(): readonly GroupCalls[];
  /** Tells every group holding this node's waiting calls which they are (a host of groups left). */
  reportAllHeld(): void;
}

export interface SignalingClusterOptions {
  readonly nc: NatsConnection;
  readonly runtime: Pick<Runtime, "tell" | "onHostsLost">;
  readonly nodeId: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly registry?: Registry;
  readonly heartbeatMs?: number;
  readonly missedBeats?: number;
  /** Tests: a wire other than the NATS connection. */
  readonly wire?: Wire;
}

export class SignalingCluster {
  private membership: SignalingMembership | undefined;
  private cleanup: NodeGoneCleanup | undefined;
  private unwatchGroupHosts: (() => void) | undefined;

  constructor(private readonly o: SignalingClusterOptions) {}

  /** Joins once the call manager exists (it names this run and its calls). */
  start(calls: CallSource): void {
    if (this.membership !== undefined) return;
    const log = this.o.logger.child({ component: "signaling-cluster" });
    const cleanup = new NodeGoneCleanup({
      self: this.o.nodeId,
      nodes: () => membership.nodes(),
      tellGroup: (org, group, event, key) => this.o.runtime.tell(groupAddress, routingActorId(org, group), event, { idempotencyKey: key }),
      clock: this.o.clock,
      log,
      metrics: nodeGoneMetrics(this.o.registry),
    });
    const membership = new SignalingMembership({
      wire: this.o.wire ?? natsWire(this.o.nc, log),
      clock: this.o.clock,
      nodeId: this.o.nodeId,
      epoch: calls.callIdEpoch,
      calls: () => calls.callsPerGroup(),
      onGone: (run, reason) => cleanup.gone(run, reason),
      ...(this.o.heartbeatMs !== undefined ? { heartbeatMs: this.o.heartbeatMs } : {}),
      ...(this.o.missedBeats !== undefined ? { missedBeats: this.o.missedBeats } : {}),
    });
    membership.onChange(() => cleanup.review());
    this.cleanup = cleanup;
    this.membership = membership;
    membership.start();
    // A group whose host died comes back on a survivor only when a message reaches it; its
    // waiting calls were never written (queue-actor kind.ts isDurable), so tell it.
    this.unwatchGroupHosts = this.o.runtime.onHostsLost(GROUP_KIND, (nodes) => {
      log.info({ nodes }, "a host of groups left: telling groups which of this node's calls wait there");
      calls.reportAllHeld();
    });
  }

  /** Live signaling nodes (this one included once started). */
  nodes(): string[] {
    return this.membership?.nodes() ?? [];
  }

  /**
   * The routing port the call manager reports through: a call arriving in a group that
   * this node's last beat did not name is announced first, so the group is known to the
   * survivors before it can hold a call they would have to end.
   */
  watch(port: RoutingPort): RoutingPort {
    return {
      arrive: (org, group, event, key) => {
        this.membership?.announceGroup(org, group);
        return port.arrive(org, group, event, key);
      },
      tellGroup: (org, group, event, key) => port.tellGroup(org, group, event, key),
      tellAgent: (org, agent, report, key) => port.tellAgent(org, agent, report, key),
      postGroup: (org, group, event, key) => port.postGroup(org, group, event, key),
      postAgent: (org, agent, report, key) => port.postAgent(org, agent, report, key),
    };
  }

  /** Graceful stop, after this node's calls were ended and reported. */
  async stop(): Promise<void> {
    this.unwatchGroupHosts?.();
    this.membership?.leave();
    await this.cleanup?.close();
  }
}
