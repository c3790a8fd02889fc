import test from "ava";
import { InterestTable } from "../../../lib/routing/events.js";

test("an organisation has listeners while one declaration is younger than the TTL; refreshes extend it", (t) => {
  const table = new InterestTable(30_000);
  t.false(table.has("acme", 0));
  table.put("acme.wallboard-1", 1_000);
  t.true(table.has("acme", 30_999));
  t.false(table.has("other", 1_000), "interest is per organisation");
  table.put("acme.wallboard-1", 20_000);
  t.true(table.has("acme", 49_999));
  t.false(table.has("acme", 50_000), "lapsed one TTL after the last refresh");
});

test("a deleted declaration ends interest at once, unless another listener of the organisation remains", (t) => {
  const table = new InterestTable(30_000);
  table.put("acme.a", 0);
  table.put("acme.b", 0);
  table.delete("acme.a");
  t.true(table.has("acme", 1));
  table.delete("acme.b");
  t.false(table.has("acme", 1));
});

test("an older write seen late (a replay) does not move a declaration back; keys without a listener are ignored", (t) => {
  const table = new InterestTable(30_000);
  table.put("acme.a", 10_000);
  table.put("acme.a", 5_000);
  t.true(table.has("acme", 39_999));
  for (const key of ["acme", ".a", "acme."]) table.put(key, 0);
  t.false(table.has("", 0));
  table.delete("acme");
  t.true(table.has("acme", 1), "a malformed delete touches nothing");
});
