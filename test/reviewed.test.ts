/** The shared review file: written atomically, per workspace folder, and never overwritten when broken. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ReviewStore, REVIEWED_FILE } from '../server/src/node/reviewed';

describe('ReviewStore', () => {
  let root: string;
  const uri = (p: string) => pathToFileURL(p).toString();
  const logs: string[] = [];
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-reviews-'));
    logs.length = 0;
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('adds a key to the folder of the document and reads it back', async () => {
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    const store = new ReviewStore([uri(a), uri(b)], (m) => logs.push(m));
    const r = await store.add('k1', uri(path.join(b, 'draft.txt')));
    assert.strictEqual(r.file, path.join(b, REVIEWED_FILE));
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(r.file!, 'utf8')), { version: 1, reviewed: ['k1'] });
    assert.deepStrictEqual(store.keys(uri(path.join(b, 'draft.txt'))), ['k1']);
    assert.deepStrictEqual(store.keys(uri(path.join(a, 'draft.txt'))), []);
    assert.ok(!fs.existsSync(path.join(a, REVIEWED_FILE)));
  });

  it('keeps existing keys and sees changes made on disk after reloadAll', async () => {
    fs.mkdirSync(path.join(root, '.tadqiq'));
    fs.writeFileSync(path.join(root, REVIEWED_FILE), JSON.stringify({ version: 1, reviewed: ['a', 'b'] }));
    const store = new ReviewStore([uri(root)], (m) => logs.push(m));
    await store.add('c', uri(path.join(root, 'x.txt')));
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(root, REVIEWED_FILE), 'utf8')).reviewed, ['a', 'b', 'c']);
    fs.writeFileSync(path.join(root, REVIEWED_FILE), JSON.stringify({ version: 1, reviewed: ['z'] }));
    store.reloadAll();
    assert.deepStrictEqual(store.keys(uri(path.join(root, 'x.txt'))), ['z']);
  });

  it('never overwrites a broken file (a merge conflict): the review is kept for the session and the reason given', async () => {
    fs.mkdirSync(path.join(root, '.tadqiq'));
    const broken = '<<<<<<< HEAD\n{"version":1,"reviewed":["a","b"]}\n=======\n{"version":1,"reviewed":["a","c"]}\n>>>>>>> theirs\n';
    fs.writeFileSync(path.join(root, REVIEWED_FILE), broken);
    const store = new ReviewStore([uri(root)], (m) => logs.push(m));
    assert.match(logs.join('\n'), /merge conflict/);
    const r = await store.add('new-key', uri(path.join(root, 'x.txt')));
    assert.strictEqual(r.file, undefined);
    assert.match(r.error!, /not valid JSON \(unresolved merge conflict\?\)/);
    assert.strictEqual(fs.readFileSync(path.join(root, REVIEWED_FILE), 'utf8'), broken);
    assert.deepStrictEqual(store.keys(uri(path.join(root, 'x.txt'))), ['new-key']);
  });

  it('without a workspace folder, keeps the review for the session', async () => {
    const store = new ReviewStore([], (m) => logs.push(m));
    const r = await store.add('k');
    assert.match(r.error!, /no workspace folder/);
    assert.deepStrictEqual(store.keys(), ['k']);
  });
});
