/**
 * A browser-style desktop for the cluster tests: sip.js 0.21 (as a browser softphone runs
 * it) over WebSocket registers one device and answers every INVITE with a fixed SDP (no
 * media), keeping the INVITEs it got and telling when each session ends.
 */
import { Registerer, RegistererState, SessionState, UserAgent, type Invitation, type SessionDescriptionHandler } from "sip.js";
import { WebSocket } from "ws";

// sip.js looks for a browser WebSocket; Node 20 has none built in.
Object.assign(globalThis, { WebSocket });

const ANSWER_SDP = ["v=0", "o=wsdesk 1 1 IN IP4 127.0.0.1", "s=-", "c=IN IP4 127.0.0.1", "t=0 0", "m=audio 40000 RTP/AVP 0", "a=rtpmap:0 PCMU/8000", ""].join("\r\n");

export function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} not within ${ms} ms`)), ms))),
  ]);
}

export interface WsDesk {
  /** The INVITEs answered so far, first first. */
  readonly invitations: readonly Invitation[];
  /** The first INVITE (already being answered). */
  readonly invited: Promise<Invitation>;
  /** Resolves when the session of `inv` has ended. */
  ended(inv: Invitation): Promise<void>;
  stop(): Promise<void>;
}

export async function startWsDesk(o: { readonly wsPort: number; readonly user: string; readonly password: string; readonly domain: string; readonly log?: (line: string) => void }): Promise<WsDesk> {
  const invitations: Invitation[] = [];
  const ends = new Map<Invitation, Promise<void>>();
  let first: (inv: Invitation) => void = () => undefined;
  const invited = new Promise<Invitation>((resolve) => (first = resolve));
  const sdh: SessionDescriptionHandler = {
    close: () => undefined,
    getDescription: () => Promise.resolve({ body: ANSWER_SDP, contentType: "application/sdp" }),
    hasDescription: (contentType) => contentType === "application/sdp",
    setDescription: () => Promise.resolve(),
    sendDtmf: () => false,
  };
  const ua = new UserAgent({
    uri: UserAgent.makeURI(`sip:${o.user}@${o.domain}`),
    transportOptions: { server: `ws://127.0.0.1:${o.wsPort}` },
    authorizationUsername: o.user,
    authorizationPassword: o.password,
    logLevel: "error",
    sessionDescriptionHandlerFactory: () => sdh,
    delegate: {
      onInvite: (inv) => {
        invitations.push(inv);
        ends.set(inv, new Promise<void>((resolve) => inv.stateChange.addListener((s) => s === SessionState.Terminated && resolve())));
        first(inv);
        inv.accept().catch((err: unknown) => o.log?.(`accept failed: ${String(err)}`));
      },
    },
  });
  await ua.start();
  const registerer = new Registerer(ua, { expires: 300, regId: 1 });
  const registered = new Promise<void>((resolve) => registerer.stateChange.addListener((s) => s === RegistererState.Registered && resolve()));
  await registerer.register();
  await within(registered, 5000, `REGISTER of ${o.user} over WebSocket`);
  return {
    invitations,
    invited,
    ended: (inv) => ends.get(inv) ?? Promise.reject(new Error("not an INVITE this desk got")),
    stop: () => ua.stop().catch(() => undefined),
  };
}
