import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver';
import { ConstantCache, constantPart, encodeMessage, markItems, tagDiagnostic, withPart } from './encode';

const decode = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b));

/** A diagnostic as lsp/server.ts diagnosticAt makes it. */
function diag(line: number, character: number, message: string, version: number, extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    range: { start: { line, character }, end: { line: line + 1, character: character + 3 } },
    severity: 2,
    source: 'tadqiq',
    code: 'split-word',
    message,
    data: { ruleId: 'split-word', start: line * 100 + character, end: line * 100 + character + 5, version },
    ...extra,
  };
}

// (messages written for this test: an Arabic word quoted, a quotation mark and a backslash to escape, a line break)
const MESSAGES = ['Word split by a space: “في ما” reads as “فيما”.', 'a "quoted" \\ back\nslash', 'كلمة مقطوعة: «الم درسة»'];

/** The report of a pull with these diagnostics, tagged with their constant parts (kept in `cache`). */
function report(items: Diagnostic[], cache: ConstantCache) {
  for (const d of items) {
    const c = cache.of(d);
    if (c) tagDiagnostic(d, c);
  }
  return { jsonrpc: '2.0', id: 12, result: { kind: 'full', resultId: '3.41', items: markItems(items) } };
}

describe('encodeMessage (lsp/encode.ts: a report written from its diagnostics\u2019 constant parts)', () => {
  it('writes any other message as JSON.stringify does, byte for byte', () => {
    const msg = { jsonrpc: '2.0', id: 3, result: { kind: 'full', items: [diag(1, 2, MESSAGES[0], 4)] } };
    assert.deepStrictEqual(Buffer.from(encodeMessage(msg)), Buffer.from(JSON.stringify(msg), 'utf8'));
    const note = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: MESSAGES[2] } };
    assert.deepStrictEqual(Buffer.from(encodeMessage(note)), Buffer.from(JSON.stringify(note), 'utf8'));
  });

  it('a tagged report parses to what JSON.stringify writes: ranges, offsets and versions moved, links, escapes', () => {
    const cache = new ConstantCache();
    const first = report(
      MESSAGES.map((m, i) => diag(i, 2 * i, m, 7, i === 1 ? { codeDescription: { href: 'https://example.org/rules/split-word.md' } } : {})),
      cache,
    );
    assert.deepStrictEqual(decode(encodeMessage(first)), JSON.parse(JSON.stringify(first)));
    // (written from the parts, not by JSON.stringify: the keys of a diagnostic in another order)
    assert.notStrictEqual(new TextDecoder().decode(encodeMessage(first)), JSON.stringify(first));
    // the next keystroke: the same findings moved (a line typed above), a new version, one large and one zero number
    const next = report(
      MESSAGES.map((m, i) => diag(i + 1, i === 0 ? 0 : 123456789, m, 8, i === 1 ? { codeDescription: { href: 'https://example.org/rules/split-word.md' } } : {})),
      cache,
    );
    assert.deepStrictEqual(decode(encodeMessage(next)), JSON.parse(JSON.stringify(next)));
    // a push's publication
    const pushed = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///d.txt', version: 8, diagnostics: next.result.items } };
    assert.deepStrictEqual(decode(encodeMessage(pushed)), JSON.parse(JSON.stringify(pushed)));
    // many parts (the cache's blocks of bytes fill up and a new one begins), one longer than a block takes whole
    const many = report(
      Array.from({ length: 800 }, (_, i) => diag(i, i % 7, `${MESSAGES[i % 3]} ${i}${i === 150 ? ' طويلة'.repeat(4000) : ''}`, 9)),
      cache,
    );
    assert.deepStrictEqual(decode(encodeMessage(many)), JSON.parse(JSON.stringify(many)));
    // an empty report
    const none = report([], cache);
    assert.deepStrictEqual(decode(encodeMessage(none)), JSON.parse(JSON.stringify(none)));
  });

  it('a diagnostic changed after it was tagged, or not of the shape a part writes, is written whole', () => {
    const cache = new ConstantCache();
    const msg = report([diag(0, 0, MESSAGES[0], 1), diag(1, 0, MESSAGES[1], 1)], cache);
    const items = msg.result.items;
    items[0].message = 'another message';
    items[0].severity = 1;
    (items[1] as { tags?: number[] }).tags = [1];
    assert.deepStrictEqual(decode(encodeMessage(msg)), JSON.parse(JSON.stringify(msg)));
    (items[1].data as { version: unknown }).version = 'x';
    (items[1].data as { extra?: number }).extra = 1;
    assert.deepStrictEqual(decode(encodeMessage(msg)), JSON.parse(JSON.stringify(msg)));
  });

  it('withPart: a part given unchecked (the one its record had) is written from only where it was made from the diagnostic', () => {
    const cache = new ConstantCache();
    const warning = cache.of(diag(0, 0, MESSAGES[0], 1))!;
    const other = cache.of(diag(0, 0, MESSAGES[1], 1))!;
    // the same record at the next keystroke (moved, a new version), one whose severity is another now, one whose
    // message is another, one with a link its part has not
    const items = [diag(4, 1, MESSAGES[0], 2), diag(5, 0, MESSAGES[0], 2, { severity: 1 }), diag(6, 0, MESSAGES[0], 2), diag(7, 0, MESSAGES[1], 2, { codeDescription: { href: 'https://example.org/r.md' } })];
    withPart(items[0], warning);
    withPart(items[1], warning);
    withPart(items[2], other);
    withPart(items[3], other);
    const msg = { jsonrpc: '2.0', id: 5, result: { kind: 'full', resultId: '1.2', items: markItems(items) } };
    assert.deepStrictEqual(decode(encodeMessage(msg)), JSON.parse(JSON.stringify(msg)));
    // (the first written from its part: its keys in the part's order, not JSON.stringify's)
    const text = new TextDecoder().decode(encodeMessage(msg));
    assert.ok(text.includes('{"range":{"start":{"line":4,"character":1},"end":{"line":5,"character":4}},"severity":2'), text.slice(0, 200));
    assert.ok(text.includes(JSON.stringify(items[1])) && text.includes(JSON.stringify(items[2])) && text.includes(JSON.stringify(items[3])), 'the others written whole');
  });

  it('ConstantCache: one part per message, rule and severity; none for a diagnostic it cannot write', () => {
    const cache = new ConstantCache();
    const a = cache.of(diag(0, 0, MESSAGES[0], 1));
    assert.ok(a);
    assert.strictEqual(cache.of(diag(5, 9, MESSAGES[0], 2)), a, 'moved, a new version: the same part');
    const warning = cache.of(diag(5, 9, MESSAGES[0], 2, { severity: 1 }));
    assert.ok(warning && warning !== a, 'another severity: another part');
    assert.strictEqual(cache.of({ ...diag(0, 0, MESSAGES[0], 1), data: undefined }), null);
    assert.strictEqual(constantPart({ ...diag(0, 0, MESSAGES[0], 1), data: { start: 1 } }), null);
    // (bounded: a second message clears a cache of one)
    const small = new ConstantCache(1);
    const p = small.of(diag(0, 0, MESSAGES[0], 1));
    assert.strictEqual(small.of(diag(3, 0, MESSAGES[0], 2)), p);
    small.of(diag(0, 0, MESSAGES[1], 1));
    assert.notStrictEqual(small.of(diag(3, 0, MESSAGES[0], 2)), p);
  });

  it('ConstantCache.release forgets the parts kept; a report tagged with a part kept before is written as before', () => {
    const cache = new ConstantCache();
    const items = [diag(0, 0, MESSAGES[0], 1), diag(2, 4, MESSAGES[2], 1)];
    const before = report(items, cache);
    const bytes = encodeMessage(before);
    const a = cache.of(diag(7, 1, MESSAGES[0], 3));
    cache.release();
    const b = cache.of(diag(7, 1, MESSAGES[0], 3));
    assert.ok(b && b !== a, 'a new part after the release');
    assert.deepStrictEqual(encodeMessage(before), bytes, 'the report made before the release writes the same bytes');
    const after = report([diag(0, 0, MESSAGES[0], 1), diag(3, 3, MESSAGES[1], 2)], cache);
    assert.deepStrictEqual(decode(encodeMessage(after)), JSON.parse(JSON.stringify(after)), 'a report tagged after the release');
  });
});
