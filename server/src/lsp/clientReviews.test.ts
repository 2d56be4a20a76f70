import * as assert from 'assert';
import { CLIENT_REQUESTS } from '../shared/vocabulary';
import { parseReviewed, serializeReviewed } from '../shared/reviewedFile';
import { ClientReviewStore } from './clientReviews';

/** A client whose folders hold these reviewed files (undefined: no file); records every request. */
function fakeClient(files: Record<string, string | undefined>, opts: { readError?: string; writeError?: string; throws?: boolean } = {}) {
  const calls: Array<{ method: string; params: { folder: string; text?: string } }> = [];
  const request = async (method: string, params: unknown) => {
    const p = params as { folder: string; text?: string };
    calls.push({ method, params: p });
    if (opts.throws) throw new Error('connection closed');
    if (method === CLIENT_REQUESTS.readReviewed) {
      if (opts.readError) return { error: opts.readError };
      return files[p.folder] === undefined ? {} : { text: files[p.folder] };
    }
    if (method === CLIENT_REQUESTS.writeReviewed) {
      if (opts.writeError) return { error: opts.writeError };
      files[p.folder] = p.text;
      return { file: `${p.folder}/.tadqiq/reviewed.json` };
    }
    throw new Error(`unexpected ${method}`);
  };
  return { calls, request };
}

const A = 'vscode-vfs://github/newsroom/articles';
const B = 'vscode-vfs://github/newsroom/articles/opinion';

describe('ClientReviewStore (reviews of a server without a file system, through the client)', () => {
  it('reads each folder\'s file through the client once, and a document uses the innermost folder that holds it', async () => {
    const { calls, request } = fakeClient({ [A]: serializeReviewed(['a1']), [B]: serializeReviewed(['b1', 'b2']) });
    const store = new ClientReviewStore([A, B], request, () => {});
    assert.deepStrictEqual(await store.keys(`${B}/column.md`), ['b1', 'b2']);
    assert.deepStrictEqual(await store.keys(`${A}/news.txt`), ['a1']);
    assert.deepStrictEqual(await store.keys('untitled:Untitled-1'), ['b1', 'b2'], 'no folder holds it: the first (innermost) folder');
    assert.strictEqual(calls.filter((c) => c.method === CLIENT_REQUESTS.readReviewed).length, 2);
  });

  it('a missing file is no review; add writes the sorted file through the client and the key applies', async () => {
    const files: Record<string, string | undefined> = {};
    const { calls, request } = fakeClient(files);
    const store = new ClientReviewStore([A + '/'], request, () => {});
    assert.deepStrictEqual(await store.keys(`${A}/x.txt`), []);
    assert.deepStrictEqual(await store.add('zeta', `${A}/x.txt`), { file: `${A}/.tadqiq/reviewed.json` });
    await store.add('alpha', `${A}/x.txt`);
    await store.add('alpha', `${A}/x.txt`);
    assert.deepStrictEqual(parseReviewed(files[A]!, 'f'), { keys: ['alpha', 'zeta'] });
    assert.strictEqual(files[A], serializeReviewed(['zeta', 'alpha']));
    assert.deepStrictEqual(await store.keys(`${A}/x.txt`), ['alpha', 'zeta']);
    // every add reads the file again first (a teammate's review is merged, not overwritten)
    assert.deepStrictEqual(calls.map((c) => c.method), [CLIENT_REQUESTS.readReviewed, ...Array(3).fill([CLIENT_REQUESTS.readReviewed, CLIENT_REQUESTS.writeReviewed]).flat()]);
  });

  it('a broken file is never overwritten: the review is kept for the session and the caller is told why', async () => {
    const broken = '<<<<<<< HEAD\n{"version": 1, "reviewed": ["x"]}\n=======\n';
    const { calls, request } = fakeClient({ [A]: broken });
    const logged: string[] = [];
    const store = new ClientReviewStore([A], request, (m) => logged.push(m));
    assert.deepStrictEqual(await store.keys(`${A}/x.txt`), []);
    assert.match(logged.join('\n'), /merge conflict/);
    const r = await store.add('k', `${A}/x.txt`);
    assert.match(r.error ?? '', /nothing was written/);
    assert.ok(!calls.some((c) => c.method === CLIENT_REQUESTS.writeReviewed));
    assert.deepStrictEqual(await store.keys(`${A}/x.txt`), ['k']);
  });

  it('a client that cannot read or write: reviews kept for the session, with the reason', async () => {
    for (const opts of [{ readError: 'permission denied' }, { writeError: 'read-only file system' }, { throws: true }]) {
      const { request } = fakeClient({}, opts);
      const store = new ClientReviewStore([A], request, () => {});
      const r = await store.add('k', `${A}/x.txt`);
      assert.ok(r.error && !r.file, JSON.stringify(opts));
      assert.deepStrictEqual(await store.keys(`${A}/x.txt`), ['k'], JSON.stringify(opts));
    }
  });

  it('no workspace folder: the review is kept for the session and nothing is asked of the client', async () => {
    const { calls, request } = fakeClient({});
    const store = new ClientReviewStore([], request, () => {});
    assert.match((await store.add('k', 'untitled:Untitled-1')).error ?? '', /no workspace folder/);
    assert.deepStrictEqual(await store.keys('untitled:Untitled-1'), ['k']);
    assert.deepStrictEqual(calls, []);
  });

  it('reloadAll reads the files again (a review file changed in the repository)', async () => {
    const files: Record<string, string | undefined> = { [A]: serializeReviewed(['old']) };
    const { request } = fakeClient(files);
    const store = new ClientReviewStore([A], request, () => {});
    assert.deepStrictEqual(await store.keys(`${A}/x.txt`), ['old']);
    files[A] = serializeReviewed(['new']);
    assert.deepStrictEqual(await store.keys(`${A}/x.txt`), ['old'], 'cached until told');
    await store.reloadAll();
    assert.deepStrictEqual(await store.keys(`${A}/x.txt`), ['new']);
    files[A] = undefined;
    await store.reloadAll();
    assert.deepStrictEqual(await store.keys(`${A}/x.txt`), []);
  });
});
