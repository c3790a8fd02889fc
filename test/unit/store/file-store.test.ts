import test from "ava";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileDocumentStore, type DocumentStore } from "../../../lib/store/index.js";
import { storeBehaviour } from "./suite.js";

storeBehaviour(test, "file", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-store-"));
  const opened: DocumentStore[] = [];
  const openOne = async (): Promise<DocumentStore> => {
    const s = await FileDocumentStore.open(dir);
    opened.push(s);
    return s;
  };
  const store = await openOne();
  t.teardown(async () => {
    await Promise.all(opened.map((s) => s.close()));
    await rm(dir, { recursive: true, force: true });
  });
  return {
    store,
    // One process per data directory: a second writer shares the instance.
    peer: () => Promise.resolve(store),
    reopen: async () => {
      await store.close();
      return openOne();
    },
    rawContents: async () => {
      const files = await readdir(dir, { recursive: true });
      const texts = await Promise.all(files.filter((f) => f.endsWith(".json")).map((f) => readFile(join(dir, f), "utf8")));
      return texts.join("\n");
    },
  };
});

test("file: the data file is replaced atomically, leaving no temp files", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-store-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const store = await FileDocumentStore.open(dir);
  await store.apply([{ apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: "acme" }, spec: { domain: "acme.example", numbers: [] } }]);
  t.deepEqual((await readdir(dir)).sort(), ["audio", "documents.json"]);
  const state = JSON.parse(await readFile(join(dir, "documents.json"), "utf8")) as { revision: number; documents: unknown[] };
  t.is(state.revision, 1);
  t.is(state.documents.length, 1);
  await store.close();
});
