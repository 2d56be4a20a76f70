/**
 * lexicon/runs.ts — lines whose runs came out in reverse order (issue 10) — and lexicon/pairs.ts, its judge of
 * where a line starts. The rule's table (broken-fragment/index.test.ts) checks fixes; this file checks the search and its
 * properties: correct lines are never reordered (fix-all on them is the identity), lines damaged by the laboratory
 * (testing/damage.ts) come back, and the edges of a torn line are reported to split-word.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { fixAll } from '../engine';
import { kashidaStretch, reverseRuns, seeded, wrapParagraph } from '../../testing/damage';
import { dequantise, fingerprint, pairHash, pairKeys, pairScore, quantise, storedCount } from './pairs';
import { forgetRunLines, MARGIN, reversedRunRepairs, tornRunEdges } from './runs';
import { fragmentJoin } from './tears';
import { FN_JOIN, functionJoin } from './runsJoin';

/** Sentences written for these tests (news register; not from any corpus). */
const SENTENCES = [
  'وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب والشمال.',
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.',
  'وقال رئيس البلدية إن أشغال الطريق الجديدة ستنتهي قبل نهاية الصيف المقبل.',
  'وأوضح المدير الجهوي للصحة أن المستشفى سيستقبل المرضى ابتداء من الأسبوع القادم.',
  'وشارك في الندوة عدد كبير من الباحثين والأساتذة القادمين من مختلف الجامعات.',
  'وتسعى الجمعية إلى توفير الكتب المدرسية لفائدة التلاميذ من العائلات المعوزة.',
  'وأشار التقرير إلى ارتفاع أسعار المواد الغذائية خلال الأشهر الثلاثة الأخيرة.',
  'وقررت اللجنة المنظمة تأجيل المهرجان إلى موعد لاحق بسبب الظروف المناخية الصعبة.',
];

const key = (w: string) => pairKeys(w, 0, w.length)[0];

describe('lexicon/pairs: word pairs of correct news', () => {
  it('keys: words folded, marks reduced, quotes dropped', () => {
    assert.deepStrictEqual(pairKeys('قال: «الوزير»، 2016.', 0, 20).slice(1), [':', key('الوزير'), ',', '#', '.']);
  });
  it('pairs that go together score above pairs that do not', () => {
    assert.ok(pairScore(key('من'), key('أجل')) > 1);
    assert.ok(pairScore(key('في'), key('أجل')) < pairScore(key('من'), key('أجل')));
    assert.strictEqual(pairScore('?', key('من')), 0);
  });
  it('the table: counts on a log scale within 20 %, fingerprints the top bits of a hash', () => {
    for (const c of [2, 3, 7, 30, 1000, 50_000]) {
      const back = dequantise(quantise(c));
      assert.ok(back >= c / 1.2 && back <= c * 1.2, `${c} -> ${back}`);
    }
    assert.strictEqual(fingerprint(0xffffffff, 23), (1 << 23) - 1);
    assert.strictEqual(fingerprint(0x80000000, 23), 1 << 22);
  });
  it('the table decodes: frequent words and pairs have their counts, a made-up key none', () => {
    // (counts of the mined text: في and من are among the most frequent keys, من أجل a frequent pair)
    assert.ok(storedCount(pairHash(key('في'))) > 1000);
    assert.ok(storedCount(pairHash(key('من'), key('أجل'))) > 20);
    assert.ok(storedCount(pairHash(key('من'))) > storedCount(pairHash(key('من'), key('أجل'))));
    assert.strictEqual(storedCount(pairHash('zzqqxx-not-a-key')), 0);
  });
});

describe('lexicon/runs: runs out of order', () => {
  it('a word torn at the piece of a function word (إن|هاء) is joined beside a confirmed tear, never alone', () => {
    // (written for this test) logical: وقررت الوزارة إن|هاء … المدار|س الريفية …: two cuts, one at the piece إن
    const line = 'وقررت الوزارة إنهاء العمل بالنظام القديم في جميع المدارس الريفية قبل نهاية السنة.';
    const cut = 'س الريفية قبل نهاية السنة. هاء العمل بالنظام القديم في جميع المدار وقررت الوزارة إن';
    assert.strictEqual(functionJoin('إن', 'هاء')?.word, 'إنهاء');
    assert.strictEqual(functionJoin('من', 'أجل'), null);
    // (a name after the particle بن, written alone more often than joined: no piece)
    assert.strictEqual(functionJoin('بن', 'غازي'), null);
    forgetRunLines();
    const r = reversedRunRepairs(cut);
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].text, line);
    assert.strictEqual(r[0].cuts, 2);
    // (one cut there: the line's one tear must be confirmed — no order)
    assert.deepStrictEqual(reversedRunRepairs('هاء العمل بالنظام القديم في جميع المدارس الريفية قبل نهاية السنة. وقررت الوزارة إن'), []);
    // (without the join the search reads another order)
    const was = FN_JOIN.confirmed;
    FN_JOIN.confirmed = 99;
    forgetRunLines();
    try {
      assert.notStrictEqual(reversedRunRepairs(cut)[0]?.text, line);
    } finally {
      FN_JOIN.confirmed = was;
      forgetRunLines();
    }
  });
  it('runs the extractor joined with no space (pdf.js): the glued token is cut where a tear confirms it', () => {
    // logical: وأكدت … المدار|س الريف|ية في الجنوب.; the runs read right to left, the second gap written as nothing
    const r = reversedRunRepairs('ية في الجنوب. س الريفوأكدت الوزارة أن المشروع سيشمل المدار');
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].text, 'وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب.');
    assert.ok(r[0].preferred && r[0].cuts === 2);
    // the same line with its space: the same order (the cut at a glued junction reads as a cut at a space)
    assert.strictEqual(reversedRunRepairs('ية في الجنوب. س الريف وأكدت الوزارة أن المشروع سيشمل المدار')[0].text, r[0].text);
  });
  it('an order that keeps a token of two words run together (a junction of the runs left uncut) is offered, never preferred', () => {
    // logical: قال الوزير … للمدار|س … العام المقبل; pdf.js wrote no space between the runs المقبل and قال, and no
    // tear confirms that junction: an order that keeps المقبلقال whole has not cut the runs there
    const text = 'سيشمل المدارس الريفية في الجنوب إلى\nس في الجنوب والشمال خلال العام المقبلقال الوزير إن البرنامج الجديد للمدار\nجانب تجهيزات حديثة.';
    const r = reversedRunRepairs(text);
    assert.strictEqual(r.length, 1);
    assert.ok(r[0].text.includes('المقبلقال') && !r[0].preferred, JSON.stringify(r[0]));
    assert.strictEqual(fixAll(text).text.split('\n')[1].replace(/\s/g, ''), text.split('\n')[1].replace(/\s/g, ''));
    // (the same line with its space is no glued token: offered or preferred by its margin, as any line)
    assert.ok(!reversedRunRepairs(text.replace('المقبلقال', 'المقبل قال'))[0].text.includes('المقبلقال'));
  });
  it('a glued token that is a piece of a word split by a gap, or a word, is never cut', () => {
    // (المعو زة: a justification gap inside المعوزة; the line is no reversed runs)
    assert.deepStrictEqual(reversedRunRepairs('وت سعى الجمعية إلى توفير الكتب المدرسية لفائدة التلاميذ من العائلات المعو زة'), []);
    // a word the lexicon knows, beside torn edges, stays whole (no order offered that cuts it)
    const r = reversedRunRepairs('س الريفية في الجنوب. وأكدت الوزارة أن المشروع سيشمل المدار');
    assert.strictEqual(r[0].text, 'وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب.');
  });
  it('the issue example: two runs, repaired and preferred', () => {
    const r = reversedRunRepairs('س الريفية في الجنوب. وأكدت الوزارة أن المشروع سيشمل المدار');
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].text, 'وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب.');
    assert.ok(r[0].preferred && r[0].confirmed && r[0].cuts === 1);
  });

  it('inside an RLE…PDF wrapper (pdftotext): the wrapper stays, the line inside is reordered', () => {
    const text = '\u202Bس الريفية في الجنوب\u202A .\u202C وأكدت الوزارة أن المشروع سيشمل المدار\u202C';
    const r = reversedRunRepairs(text);
    assert.strictEqual(r.length, 1);
    assert.strictEqual(text.slice(0, r[0].start), '\u202B');
    assert.strictEqual(text.slice(r[0].end), '\u202C');
    assert.strictEqual(r[0].text, 'وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب\u202A .\u202C');
  });

  it('with the line before and after as context (a paragraph set in lines)', () => {
    const text = ['أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في', 'ة، وأكدت الوزارة أن المشروع سيشمل المدارس الريفي', 'في الجنوب والشمال.'].join('\n');
    const r = reversedRunRepairs(text);
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].text, 'المدارس الريفية، وأكدت الوزارة أن المشروع سيشمل');
    assert.deepStrictEqual(tornRunEdges(text), [{ start: r[0].start, end: r[0].end }]);
  });

  it('two columns written line by line, one padded to its place: a line is read between the lines of its own column', () => {
    const a = ['أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في', 'ة، وأكدت الوزارة أن المشروع سيشمل المدارس الريفي', 'في الجنوب والشمال.'];
    const b = ['وقال رئيس البلدية إن أشغال الطريق الجديدة ستنتهي قبل', 'نهاية الصيف المقبل، وأوضح المدير الجهوي للصحة أن', 'المستشفى سيستقبل المرضى ابتداء من الأسبوع القادم.'];
    const want = 'المدارس الريفية، وأكدت الوزارة أن المشروع سيشمل';
    const pad = ' '.repeat(30);
    const only = (text: string) => {
      const r = reversedRunRepairs(text);
      assert.strictEqual(r.length, 1);
      return r[0];
    };
    // read between the other column's lines (no padding: nothing tells the columns apart), the line starts elsewhere
    const flat = only([a[0], b[0], a[1], b[1], a[2], b[2]].join('\n'));
    assert.ok(flat.text !== want && !flat.preferred, flat.text);
    // the other column padded (or this one): read as in its own column, its start is that of the paragraph set alone
    for (const [x, y] of [['', pad], [pad, '']]) {
      const text = [x + a[0], y + b[0], x + a[1], y + b[1], x + a[2], y + b[2]].join('\n');
      const r = only(text);
      assert.ok(r.preferred && r.text === want, r.text);
      assert.strictEqual(r.text, only(a.join('\n')).text);
    }
    // lines set off each its own way (right-aligned short lines, no column): the lines beside are read, as with none
    const uneven = only([a[0], pad + b[0], a[1], pad + '          ' + b[1], a[2], b[2]].join('\n'));
    assert.strictEqual(uneven.text, flat.text);
    // a short last line of a paragraph, padded to the right, is set off on one side only: the lines beside are read
    const para = [a[0], a[1], pad + 'في الجنوب.', 'وقال رئيس البلدية إن أشغال الطريق الجديدة ستنتهي قبل نهاية الصيف المقبل.'].join('\n');
    assert.ok(only(para).preferred);
  });

  it('a cut between words is flagged, never preferred', () => {
    const r = reversedRunRepairs('ارس الريفية في الجنوب. المشروع سيشمل المد وأكدت الوزارة أن');
    assert.strictEqual(r.length, 1);
    assert.ok(!r[0].preferred && !r[0].confirmed);
  });


  it('a one-cut order that heals the line\'s first or last word (one run a piece of a single word) needs a wider margin', () => {
    // the line cut inside its first word (وأ|كدت): the right order, found with a margin of about 2.9 — enough for a
    // cut inside the line (MARGIN.second + CLASS_SECOND), not for one at its edge (+ MARGIN.edgeSecond): offered only
    const para = (line: string) => ['أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.', line, 'وقررت اللجنة المنظمة تأجيل المهرجان إلى موعد لاحق بسبب الظروف المناخية الصعبة.'].join('\n');
    const want = 'وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب والشمال.';
    const edge = reversedRunRepairs(para('كدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب والشمال. وأ'));
    assert.strictEqual(edge.length, 1);
    assert.strictEqual(edge[0].text, want);
    assert.ok(!edge[0].preferred && edge[0].margin > MARGIN.second + 1 && edge[0].margin < MARGIN.second + 1 + MARGIN.edgeSecond, String(edge[0].margin));
    // the same line cut inside a word within it (المدار|س): preferred
    const inner = reversedRunRepairs(para('س الريفية في الجنوب والشمال. وأكدت الوزارة أن المشروع سيشمل المدار'));
    assert.ok(inner.length === 1 && inner[0].preferred && inner[0].text === want);
  });
  it('correct sentences, alone and set in lines at every width: nothing found, fix-all is the identity', () => {
    for (const s of SENTENCES) {
      assert.deepStrictEqual(reversedRunRepairs(s), [], s);
      for (let w = 30; w <= 80; w += 5) {
        const para = wrapParagraph(SENTENCES.join(' '), w).join('\n');
        assert.deepStrictEqual(reversedRunRepairs(para), [], `width ${w}`);
      }
    }
  });

  it('words split at both edges of a line by justification gaps (ال زمن), no runs: never reordered by fix-all', () => {
    // (وق|ال … المق|بل: the last piece and the first make a word, as a torn word's halves do, but so do the first two
    // words and the last two: the split explains the edges; the order may be offered, never preferred)
    let lines = 0;
    for (const s of SENTENCES) {
      const ws = s.replace(/\.$/, '').split(' ');
      const f = ws[0];
      const l = ws[ws.length - 1];
      for (let i = 1; i < f.length - 1; i++) {
        for (let j = 1; j < l.length - 1; j++) {
          const line = [f.slice(0, i) + ' ' + f.slice(i), ...ws.slice(1, -1), l.slice(0, j) + ' ' + l.slice(j)].join(' ');
          lines++;
          assert.ok(!reversedRunRepairs(line).some((r) => r.preferred), line);
          // (and its edges stay split-word's to join: no torn edges reported, though the order may be offered)
          assert.deepStrictEqual(tornRunEdges(line), [], line);
        }
      }
    }
    assert.strictEqual(lines, 110);
  });
  it('a word torn across a line break (its tail opening the next line) is no reversed run: no order preferred, no word moved', () => {
    // (written sentences; before this, fix-all read each of these lines as two runs out of order: `وأنق` for `وأن`,
    // `المدارسة`, `لفائدة التإلى`, `المإلى` — the line's edge word and the torn half beside it taken for a tear)
    const torn = [
      ['الريفية في الجنوب والشمال. وتسعى الجمعية', 'إلى توفير الكتب المدرسية لفائدة الت', 'لاميذ من العائلات المعوزة.'],
      ['المناطق الريفية. وأكدت الوزار', 'ة أن المشروع سيشمل المدارس', 'الريفية في الجنوب والشمال.'],
      ['أعلنت الحكومة اليوم عن خطة جديدة', 'لدعم المزارعين في المناط', 'ق الريفية. وقال رئيس البلدية إن', 'أشغال الطريق الجديدة ستنتهي قبل'],
      ['المناطق الريفية. وأوضح المدير', 'الجهوي للصحة أن المستشف', 'ى سيستقبل المرضى ابتداء من', 'الأسبوع القادم.'],
      ['المناطق الريفية. وأشار التقرير', 'إلى ارتفاع أسعار الم', 'واد الغذائية خلال الأشهر الثلاثة', 'الأخيرة.'],
      ['أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناط', 'ق الريفية. وأكد الوزير أن الحكومة ستواصل دعم المؤسسات الصغرى وأن', 'البنك سيعطي القروض للشباب.'],
    ];
    const letters = (x: string) => x.replace(/\s+/g, '');
    for (const ls of torn) {
      const text = ls.join('\n');
      assert.deepStrictEqual(reversedRunRepairs(text).filter((r) => r.preferred), [], text);
      // (fix-all may join the torn word, never moves one: the letters stay in their order)
      assert.strictEqual(letters(fixAll(text).text), letters(text), text);
    }
  });
  it('property: fix-all on correct lines — any sentences, any width — changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }), fc.integer({ min: 25, max: 100 }), (ss, width) => {
        const text = wrapParagraph(ss.join(' '), width).join('\n');
        assert.strictEqual(fixAll(text, { only: ['broken-fragment'] }).text, text);
        assert.deepStrictEqual(reversedRunRepairs(text), []);
      }),
      { numRuns: 150 },
    );
  });

  it('property: on a damaged line (runs glued or not) fix-all only moves runs (letters kept), and is idempotent', () => {
    const letters = (x: string) => [...x.replace(/[\s\u0640]/g, '')].sort().join('');
    fc.assert(
      fc.property(fc.constantFrom(...SENTENCES), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), fc.boolean(), (s, cuts, seed, kashida, glue) => {
        const rand = seeded(seed);
        const line = kashida ? kashidaStretch(s, rand) : s;
        const d = reverseRuns(line, cuts, rand, 0, glue ? 0.5 : 0);
        if (d === null) return;
        const fixed = fixAll(d.text, { only: ['broken-fragment'] }).text;
        assert.strictEqual(letters(fixed), letters(line));
        assert.strictEqual(fixAll(fixed, { only: ['broken-fragment'] }).text, fixed);
      }),
      { numRuns: 200 },
    );
  });

  it('the written sentences with 1, 2 and 3 cuts (fixed seeds): at least 44 of 48 restored exactly (measured 46)', () => {
    let restored = 0;
    let n = 0;
    const misses: string[] = [];
    for (const cuts of [1, 2, 3]) {
      const rand = seeded(cuts * 7);
      for (const s of [...SENTENCES, ...SENTENCES.map((x) => x.replace('.', '،') + ' ' + 'وذلك بحسب بلاغ رسمي.')]) {
        const d = reverseRuns(s, cuts, rand);
        if (d === null) continue;
        n++;
        if (fixAll(d.text, { only: ['broken-fragment'] }).text === s) restored++;
        else misses.push(d.text);
      }
    }
    assert.strictEqual(n, 48);
    assert.ok(restored >= 44, `${restored}/${n}: ${misses.join(' | ')}`);
  });

  it('four cuts (LibreOffice lines through pdf.js), every junction a torn word: the written sentences come back', () => {
    let restored = 0;
    let n = 0;
    const misses: string[] = [];
    const rand = seeded(404);
    for (const s of [...SENTENCES, ...SENTENCES.map((x) => x.replace('.', '،') + ' ' + 'وذلك بحسب بلاغ رسمي.')]) {
      const d = reverseRuns(s, 4, rand);
      if (d === null) continue;
      n++;
      const r = reversedRunRepairs(d.text);
      if (r.length === 1 && r[0].preferred && r[0].cuts === 4 && fixAll(d.text, { only: ['broken-fragment'] }).text === s) restored++;
      else misses.push(d.text);
    }
    assert.ok(n >= 12, `${n} lines`);
    assert.ok(restored >= n - 2, `${restored}/${n}: ${misses.join(' | ')}`);
  });

  it('a paragraph whose lines are all damaged: a line is read next to its neighbour in reading order (100 of 100 fixed seeds, before this 39)', () => {
    // (the neighbour's repair in the two-line text reads the damaged line after it: a few of its repairs differ)
    let same = 0;
    let n = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const rand = seeded(seed);
      const ls = wrapParagraph(SENTENCES.slice().sort(() => rand() - 0.5).join(' '), 55 + Math.floor(rand() * 30));
      for (let i = 1; i < ls.length; i++) {
        const a = reverseRuns(ls[i - 1], 2, rand);
        const b = reverseRuns(ls[i], 1, rand);
        if (!a || !b) continue;
        const alone = reversedRunRepairs(a.text);
        if (!(alone.length === 1 && alone[0].preferred && alone[0].text === ls[i - 1])) continue;
        const besideClean = reversedRunRepairs(ls[i - 1] + '\n' + b.text).find((r) => r.start > 0);
        const besideDamaged = reversedRunRepairs(a.text + '\n' + b.text).find((r) => r.start > a.text.length);
        n++;
        if (besideClean?.text === besideDamaged?.text && besideClean?.preferred === besideDamaged?.preferred) same++;
        break;
      }
    }
    assert.ok(n >= 90, `${n} paragraphs`);
    assert.ok(same >= n - 5, `${same} of ${n}`);
  });
  it('a word the lexicon does not know (a name) torn at one of three cuts is joined beside two confirmed tears', () => {
    // (sentences and names written for this test; the runs as an extractor reads them, right to left)
    const lines = [
      ['وقال رئيس البلدية إن أشغال الطر', 'يق الجديدة التي تنجزها شركة فيرا', 'نكو ستنتهي قبل نهاية الصيف المقبل في المد', 'ينة.'],
      ['وأوضح المدير أن الوزار', 'ة تعاقدت مع شركة بيلا', 'روسكو لتوفير الأجهزة للمدار', 'س الريفية في الجنوب.'],
    ];
    const read = () => lines.map((runs) => reversedRunRepairs(runs.slice().reverse().join(' '))[0]);
    for (const [i, r] of read().entries()) {
      assert.ok(r && r.preferred && r.cuts === 3, lines[i].join(''));
      assert.strictEqual(r.text, lines[i].join(''));
    }
    // the same lines with no such join: the name's halves are no tear, the three-cut order is never found
    const kept = MARGIN.fragConfirmed;
    try {
      MARGIN.fragConfirmed = 99;
      forgetRunLines();
      for (const [i, r] of read().entries()) assert.ok(!r || r.text !== lines[i].join(''));
    } finally {
      MARGIN.fragConfirmed = kept;
      forgetRunLines();
    }
  });
  it('fragmentJoin: two pieces of a name, never an article, a function word or a head that joins the next letter', () => {
    const j = fragmentJoin('بيلا', 'روسكو');
    assert.ok(j !== null && !j.confirmed && j.fragment && j.word === 'بيلاروسكو');
    assert.strictEqual(fragmentJoin('ال', 'روسكو'), null);
    assert.strictEqual(fragmentJoin('في', 'روسكو'), null);
    // (after a letter that joins the next a run does not end inside a word: بيلك|روسكو)
    assert.strictEqual(fragmentJoin('بيلك', 'روسكو'), null);
    // (both halves words news writes alone: no fragments)
    assert.strictEqual(fragmentJoin('الوزارة', 'الجديدة'), null);
  });
  // (how the time grows with the length: `npm run bench`, scripts/bench-linear.mjs)
  it('a long line of fragments, many lines: nothing read as reversed (the lines are in reading order)', () => {
    assert.deepStrictEqual(reversedRunRepairs(Array.from({ length: 2000 }, (_, i) => ['س', 'الريفية', 'المدار', 'خط', 'ة'][i % 5]).join(' ')), []);
    assert.deepStrictEqual(reversedRunRepairs(Array.from({ length: 500 }, () => Array.from({ length: 50 }, (_, i) => ['عين', 'ة', 'المزار', 'خط', 'في', 'جديد'][i % 6]).join(' ')).join('\n')), []);
  });
});
