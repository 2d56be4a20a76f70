import * as assert from 'assert';
import { applyEdits, nonOverlapping, preferredEdits } from './fix';
import type { Finding } from './types';

const finding = (edits: Array<[number, number, string]>, preferred = true): Finding => ({
  ruleId: 'x',
  start: edits[0][0],
  end: edits[0][1],
  severity: 'warning',
  message: 'm',
  fixes: [{ title: 't', preferred, edits: edits.map(([start, end, newText]) => ({ start, end, newText })) }],
});

describe('applyEdits', () => {
  it('applies edits in any order of input', () => {
    assert.strictEqual(applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: '' }]), 'bcdEf');
  });
  it('drops an edit that overlaps an earlier one', () => {
    assert.strictEqual(applyEdits('abcdef', [{ start: 1, end: 4, newText: 'X' }, { start: 2, end: 5, newText: 'Y' }]), 'aXef');
  });
  it('keeps adjacent edits and insertions', () => {
    assert.strictEqual(applyEdits('abc', [{ start: 1, end: 1, newText: '+' }, { start: 1, end: 2, newText: 'B' }]), 'a+Bc');
    assert.deepStrictEqual(nonOverlapping([{ start: 1, end: 1, newText: 'a' }, { start: 1, end: 1, newText: 'b' }]).length, 1);
  });
  it('clamps edits past the end', () => {
    assert.strictEqual(applyEdits('ab', [{ start: 1, end: 99, newText: 'Z' }]), 'aZ');
  });
});

describe('preferredEdits', () => {
  it('takes each finding\u2019s preferred fix whole, skipping fixes that collide', () => {
    const edits = preferredEdits([finding([[0, 2, 'A'], [5, 6, '']]), finding([[1, 3, 'B']]), finding([[7, 8, 'C']])]);
    assert.deepStrictEqual(edits.map((e) => e.newText), ['A', '', 'C']);
  });
  it('at the same start, the fix reaching further goes first (a line repair before a character fix inside it)', () => {
    const edits = preferredEdits([finding([[0, 1, 'c']]), finding([[0, 9, 'LINE']])]);
    assert.deepStrictEqual(edits.map((e) => e.newText), ['LINE']);
    // different starts: the earlier wins, as before
    assert.deepStrictEqual(preferredEdits([finding([[1, 9, 'LINE']]), finding([[0, 2, 'c']])]).map((e) => e.newText), ['c']);
  });
  it('a fix that moves text takes in the fixes inside its moved spans, written where the spans went', () => {
    // 'cd ab' read as 'abcd': the runs [3, 5) and [0, 2) moved; a fix inside each, one on the space between
    const text = 'cd ab';
    const mover: Finding = { ...finding([[0, 5, 'abcd']]), fixes: [{ title: 't', preferred: true, edits: [{ start: 0, end: 5, newText: 'abcd' }], moves: [[3, 5, 0], [0, 2, 2]] }] };
    const edits = preferredEdits([mover, finding([[1, 2, 'D']]), finding([[3, 4, 'A'], [4, 4, '+']]), finding([[2, 3, '_']])]);
    assert.deepStrictEqual(edits, [{ start: 0, end: 5, newText: 'A+bcD' }]);
    assert.strictEqual(applyEdits(text, edits), 'A+bcD');
    // a fix that crosses a span's end, or collides with one taken in, waits for the next pass
    const across = preferredEdits([mover, finding([[1, 4, 'X']]), finding([[3, 5, 'Y']]), finding([[4, 5, 'Z']])]);
    assert.deepStrictEqual(across.map((e) => e.newText), ['Ycd']);
  });
  it('ignores findings without a preferred fix and snippet fixes', () => {
    const snippet = finding([[0, 0, '${1:x}']]);
    snippet.fixes[0].snippet = true;
    assert.deepStrictEqual(preferredEdits([finding([[0, 1, 'A']], false), snippet]), []);
  });
});
