import test from "ava";
import { encodeCallCommand } from "../../../lib/routing/outbound.js";
import { runtimeRoutingPort } from "../../../services/signaling/index.js";

function port(answer: Uint8Array | undefined) {
  const asked: unknown[] = [];
  const p = runtimeRoutingPort({
    ask: (_kind, id, event, opts) => {
      asked.push({ id, event, key: opts?.idempotencyKey });
      return Promise.resolve(answer);
    },
    tell: () => Promise.resolve(),
    post: () => Promise.resolve(),
  });
  return { p, asked };
}

const arrival = { type: "callArrived", callId: "c1", caller: "+358401" } as const;

test("arrive asks the group keyed by the call and hands back the command its answer carries", async (t) => {
  const audio = { type: "callerAudio", callId: "c1", play: [], then: { kind: "silence" } } as const;
  const { p, asked } = port(encodeCallCommand("support", audio));
  t.deepEqual(await p.arrive("acme", "support", arrival, "c1:arrived:0"), audio);
  t.deepEqual(asked, [{ id: "acme.support", event: arrival, key: "c1:arrived:0" }]);
});

test("arrive: an empty answer (a group that decided no audio, or an older one) and one this node cannot read both mean no command, not a failed call", async (t) => {
  t.is(await port(undefined).p.arrive("acme", "support", arrival, "k"), undefined);
  t.is(await port(new Uint8Array()).p.arrive("acme", "support", arrival, "k"), undefined);
  t.is(await port(Uint8Array.from([0xff, 0xff, 0xff, 0x0f])).p.arrive("acme", "support", arrival, "k"), undefined);
});
