/** extractPdf on the committed fixtures (test/fixtures/pdf, made by scripts/make-pdf-fixtures.sh from texts written for them). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cer } from '../testing/cer';
import { extractPdf, PdfError, type PdfErrorKind } from './extract';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'pdf');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
const source = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

async function rejection(p: Promise<unknown>): Promise<PdfError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof PdfError, `not a PdfError: ${e}`);
    return e;
  }
  throw new Error('did not reject');
}

describe('extractPdf', function () {
  this.timeout(60000);

  it('a Chromium page (Arabic, digits, Latin, tanween, لأ ligatures) comes out exactly as written', async () => {
    const r = await extractPdf(bytes('simple.pdf'));
    assert.strictEqual(r.text, source('simple.txt'));
    assert.strictEqual(r.pages, 1);
    assert.strictEqual(r.totalPages, 1);
    assert.deepStrictEqual(r.warnings, []);
  });

  it('two columns under a headline: right column first, paragraphs kept', async () => {
    const r = await extractPdf(bytes('two-columns.pdf'), { repair: false });
    assert.strictEqual(r.text, source('two-columns.txt'));
  });

  it('LibreOffice, kashida-justified: character error rate at most 1 %', async () => {
    const raw = await extractPdf(bytes('justified.pdf'), { repair: false });
    const repaired = await extractPdf(bytes('justified.pdf'));
    const rate = cer(source('justified.txt'), repaired.text);
    assert.ok(rate <= 0.01, `CER ${rate}`);
    assert.ok(!/\u0640/.test(raw.text), 'no kashida left');
  });

  it('reports progress per page and honours a page range', async () => {
    const seen: Array<[number, number]> = [];
    const r = await extractPdf(bytes('simple.pdf'), { pages: { from: 1, to: 5 }, onProgress: (p, n) => seen.push([p, n]) });
    assert.deepStrictEqual(seen, [[1, 1]]);
    assert.strictEqual(r.pages, 1);
  });

  const errors: Array<[string, PdfErrorKind]> = [
    ['encrypted.pdf', 'encrypted'],
    ['image-only.pdf', 'image-only'],
    ['truncated.pdf', 'broken'],
    ['not-a-pdf.pdf', 'not-pdf'],
  ];
  for (const [file, kind] of errors) {
    it(`${file}: rejects with PdfError '${kind}'`, async () => {
      const e = await rejection(extractPdf(bytes(file)));
      assert.strictEqual(e.kind, kind);
      assert.ok(e.message.length > 10);
    });
  }

  it('empty and garbage input reject, never throw anything else', async () => {
    assert.strictEqual((await rejection(extractPdf(new Uint8Array(0)))).kind, 'not-pdf');
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) & 0xff);
    junk.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], 0); // "%PDF-1.7" then noise
    assert.ok(['broken', 'image-only'].includes((await rejection(extractPdf(junk))).kind));
  });
});
