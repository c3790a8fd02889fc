/**
 * What signaling needs to know about configuration, indexed for per-request lookups:
 * SIP domains → organisation, `sipUser@domain` → account (user, device kind, HA1), and
 * dialled numbers → answer group. Built from the document store and kept current by
 * its watch, so an applied User can register at once without a restart.
 */
import { documentKey, isInternalNumber, type Document } from "../../../../lib/documents/model.js";
import { errorMessage } from "../../../../lib/errors.js";
import { silentLogger, type Logger } from "../../../../lib/log.js";
import type { DocumentStore } from "../../../../lib/store/types.js";
import type { RegisteringDeviceKind } from "../location/types.js";

export interface Account {
  readonly org: string;
  readonly user: string;
  readonly sipUser: string;
  /** The organisation's `spec.domain`, lower-case: SIP domain and digest realm. */
  readonly domain: string;
  readonly deviceKind: RegisteringDeviceKind;
  readonly ha1: string;
}

export interface NumberTarget {
  readonly kind: "group";
  readonly org: string;
  readonly group: string;
}

interface Indexes {
  readonly orgByDomain: ReadonlyMap<string, string>;
  readonly domainByOrg: ReadonlyMap<string, string>;
  /** `org\0user` → the user's mobile numbers, which calls reach through the trunk. */
  readonly mobiles: ReadonlyMap<string, readonly string[]>;
  readonly accounts: ReadonlyMap<string, Account>;
  /** E.164 numbers are unique platform-wide; internal numbers (8000–8099) only per organisation, keyed `org\0number`. */
  readonly numbers: ReadonlyMap<string, NumberTarget>;
}

const RETRY_MS = 1000;

export class Directory {
  private readonly docs = new Map<string, Document>();
  private indexes: Indexes | undefined;
  private readonly abort = new AbortController();

  constructor(documents: Iterable<Document> = []) {
    for (const d of documents) this.docs.set(documentKey(d), d);
  }

  /** Loads the current documents, then follows the store's changes until `stop()`. */
  static async start(store: DocumentStore, logger: Logger = silentLogger()): Promise<Directory> {
    const dir = new Directory(await store.list());
    void dir.follow(store, logger);
    return dir;
  }

  private async follow(store: DocumentStore, logger: Logger): Promise<void> {
    const signal = this.abort.signal;
    const stopped = (): boolean => signal.aborted;
    while (!stopped()) {
      try {
        // The watch replays the current state first, so anything missed between list() and here is caught up.
        for await (const e of store.watch({ signal })) this.apply(e.op, e.document);
      } catch (err) {
        if (!stopped()) logger.warn({ err: errorMessage(err) }, "document watch failed; retrying");
      }
      if (!stopped()) await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  }

  apply(op: "put" | "delete", doc: Document): void {
    if (doc.kind !== "Organisation" && doc.kind !== "User" && doc.kind !== "AnswerGroup") return;
    if (op === "put") this.docs.set(documentKey(doc), doc);
    else this.docs.delete(documentKey(doc));
    this.indexes = undefined;
  }

  stop(): void {
    this.abort.abort();
  }

  /** The organisation whose SIP domain this is. */
  orgOfDomain(domain: string): string | undefined {
    return this.idx().orgByDomain.get(domain.toLowerCase());
  }

  /** The organisation's SIP domain, lower-case. */
  domainOf(org: string): string | undefined {
    return this.idx().domainByOrg.get(org);
  }

  /** The user's mobile devices' numbers (M7 `mobile`: rung through the trunk, never registered). */
  mobileNumbers(org: string, user: string): readonly string[] {
    return this.idx().mobiles.get(`${org}\u0000${user}`) ?? [];
  }

  account(domain: string, sipUser: string): Account | undefined {
    return this.idx().accounts.get(`${sipUser}@${domain.toLowerCase()}`);
  }

  /** The answer group a dialled number (`+358…`, or `8001` within `callerOrg`) reaches. */
  numberTarget(number: string, callerOrg: string | undefined): NumberTarget | undefined {
    if (isInternalNumber(number)) return callerOrg === undefined ? undefined : this.idx().numbers.get(`${callerOrg}\u0000${number}`);
    return this.idx().numbers.get(number);
  }

  private idx(): Indexes {
    return (this.indexes ??= this.build());
  }

  /** Rebuilt whole on the first read after a change: configuration changes are rare, reads are per request. */
  private build(): Indexes {
    const domainOf = new Map<string, string>();
    const orgByDomain = new Map<string, string>();
    for (const d of this.docs.values()) {
      if (d.kind !== "Organisation") continue;
      const domain = d.spec.domain.toLowerCase();
      domainOf.set(d.metadata.name, domain);
      orgByDomain.set(domain, d.metadata.name);
    }
    const accounts = new Map<string, Account>();
    const numbers = new Map<string, NumberTarget>();
    const mobiles = new Map<string, string[]>();
    for (const d of this.docs.values()) {
      const org = d.metadata.organisation;
      if (d.kind === "User") {
        const domain = domainOf.get(org);
        for (const dev of d.spec.devices) {
          if (dev.kind === "mobile") {
            const key = `${org}\u0000${d.metadata.name}`;
            mobiles.set(key, [...(mobiles.get(key) ?? []), dev.number]);
          }
          // A mobile's number is the person's own phone out on the trunk, not a number this platform answers.
          if (dev.kind === "mobile" || domain === undefined) continue;
          accounts.set(`${dev.sipUser}@${domain}`, { org, user: d.metadata.name, sipUser: dev.sipUser, domain, deviceKind: dev.kind, ha1: dev.ha1 });
        }
      } else if (d.kind === "AnswerGroup") {
        const key = isInternalNumber(d.spec.number) ? `${org}\u0000${d.spec.number}` : d.spec.number;
        numbers.set(key, { kind: "group", org, group: d.metadata.name });
      }
    }
    return { orgByDomain, domainByOrg: domainOf, accounts, numbers, mobiles };
  }
}
