import test from "ava";
import { actorId, subjects, SubjectTokenError } from "../../lib/subjects.js";

test("subjects are pinned to their exact strings", (t) => {
  t.is(subjects.actor("group", actorId("acme", "support")), "ringmesh.v1.actor.group.acme.support");
  t.is(subjects.actorsOfKind("agent"), "ringmesh.v1.actor.agent.>");
  t.is(subjects.node("node-1", "group"), "ringmesh.v1.node.node-1.group");
  t.is(subjects.members("group"), "ringmesh.v1.members.group");
  t.is(subjects.event("acme", "queue"), "ringmesh.v1.event.acme.queue");
  t.is(subjects.cdr("acme"), "ringmesh.v1.cdr.acme");
});

test("subject tokens are validated: no wildcards, dots, spaces or $", (t) => {
  for (const bad of ["a.b", "*", ">", "$SYS", "a b", ""]) {
    t.throws(() => subjects.cdr(bad), { instanceOf: SubjectTokenError }, bad);
  }
  t.throws(() => actorId("acme", "sup.port"), { instanceOf: SubjectTokenError });
  t.throws(() => subjects.actor("group", "acme..support"), { instanceOf: SubjectTokenError });
});
