import { Counter, Gauge, type Registry } from "prom-client";
import type { Clock } from "../../../../lib/clock.js";
import { errorMessage } from "../../../../lib/errors.js";
import { silentLogger, type Logger } from "../../../../lib/log.js";
import type { ServerTransaction } from "../sip/transaction/server.js";
import { aorKey, type LocationStore } from "../location/types.js";
import { authenticateRegister, decideRegister, DEFAULT_POLICY, REGISTER_OUTCOMES, type RegisterOutcome, type RegistrarPolicy, type Reply } from "./decide.js";
import type { Directory } from "./directory.js";

export interface RegistrarOptions {
  readonly directory: Directory;
  readonly location: LocationStore;
  readonly clock: Clock;
  readonly nodeId: string;
  /** Signs digest nonces; the same on every node so a challenge from one verifies on another. */
  readonly secret: string | Buffer;
  readonly policy?: Partial<RegistrarPolicy>;
  readonly registry?: Registry;
  readonly logger?: Logger;
}

/**
 * The registrar shell: authenticates, reads the AOR's bindings, applies the pure
 * decision, commits it, then answers. REGISTERs for one AOR are handled one at a time
 * on this node, so a refresh cannot interleave with an unregister between read and write.
 */
export class Registrar {
  readonly policy: RegistrarPolicy;
  private readonly log: Logger;
  private readonly outcomes: Counter<"result">;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly opts: RegistrarOptions) {
    this.policy = { ...DEFAULT_POLICY, ...opts.policy };
    this.log = opts.logger ?? silentLogger();
    const registers = opts.registry === undefined ? [] : [opts.registry];
    this.outcomes = new Counter({ name: "sip_register_total", help: "REGISTER requests answered, by result", labelNames: ["result"], registers });
    for (const result of REGISTER_OUTCOMES) this.outcomes.inc({ result }, 0);
    const { location, clock } = opts;
    new Gauge({
      name: "sip_registrations_active",
      help: "Live registration bindings in the location service (cluster-wide on NATS)",
      registers,
      collect() {
        this.set(location.count(clock.now()));
      },
    });
  }

  /** Answers one REGISTER; resolves once the answer is sent. Never rejects. */
  async handle(txn: ServerTransaction): Promise<void> {
    const req = txn.request;
    const auth = authenticateRegister({
      req,
      now: this.opts.clock.now(),
      secret: this.opts.secret,
      nonceMaxAgeMs: this.policy.nonceMaxAgeMs,
      accountOf: (domain, sipUser) => this.opts.directory.account(domain, sipUser),
    });
    if (!auth.ok) {
      this.answer(txn, auth.reply);
      return;
    }
    const { account } = auth;
    await this.serially(aorKey(account.org, account.sipUser), async () => {
      let reply: Reply;
      try {
        const now = this.opts.clock.now();
        const flow = txn.flow;
        const decision = decideRegister({
          req,
          account,
          current: await this.opts.location.bindingsOf(account.org, account.sipUser, now),
          now,
          policy: this.policy,
          flow: { protocol: flow.protocol, remote: flow.remote, local: flow.local, id: flow.id },
          nodeId: this.opts.nodeId,
        });
        if (decision.put.length > 0 || decision.remove.length > 0) await this.opts.location.commit(decision);
        reply = decision.reply;
      } catch (err) {
        this.log.error({ err: errorMessage(err), org: account.org }, "registration not stored");
        reply = { status: 500, headers: [["Retry-After", "5"]], outcome: "error" };
      }
      this.answer(txn, reply);
    });
  }

  private answer(txn: ServerTransaction, reply: Reply): void {
    this.outcomes.inc({ result: reply.outcome satisfies RegisterOutcome });
    try {
      txn.reply(reply.status, { ...(reply.reason !== undefined ? { reason: reply.reason } : {}), headers: reply.headers });
    } catch (err) {
      // The transaction ended (transport failure) while the registration was being stored; the phone retries.
      this.log.debug({ err: errorMessage(err) }, "REGISTER answer not sent");
    }
  }

  private async serially(key: string, work: () => Promise<void>): Promise<void> {
    const prev = this.queues.get(key) ?? Promise.resolve();
    const run = prev.then(work);
    this.queues.set(key, run);
    try {
      await run;
    } finally {
      if (this.queues.get(key) === run) this.queues.delete(key);
    }
  }
}
