/** Line building on synthetic text runs (no PDF): reading order, LTR stretches, columns, paragraphs, normalisation. */
import * as assert from 'assert';
import { findGutter, layoutPage, lineText, type TextRun } from './layout';
import { dropKashida, normalizeRun } from './normalize';

const W = 6; // advance of one glyph
const SPACE = 3; // a word space (0.25 em at 12 pt)
const SIZE = 12;

/**
 * One right-to-left line set from its logical text: Arabic words one run per letter (as Chromium and LibreOffice
 * often write them), placed right to left from `right`; a token in `[…]` is one left-to-right run (Latin, number).
 */
function rtlLine(words: string[], y: number, right = 500, glyph = W): TextRun[] {
  const runs: TextRun[] = [];
  let x = right;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith('[')) {
      // consecutive LTR tokens are one left-to-right stretch: the first is drawn leftmost
      let j = i;
      while (j + 1 < words.length && words[j + 1].startsWith('[')) j++;
      const group = words.slice(i, j + 1).map((t) => t.slice(1, -1));
      const width = group.reduce((n, t) => n + t.length * glyph, 0) + SPACE * (group.length - 1);
      let gx = x - width;
      for (const t of group) {
        runs.push({ str: t, x: gx, y, width: t.length * glyph, size: SIZE });
        gx += t.length * glyph + SPACE;
      }
      x -= width;
      i = j;
    } else {
      for (const ch of w) {
        x -= glyph;
        runs.push({ str: ch, x, y, width: glyph, size: SIZE });
      }
    }
    x -= SPACE;
  }
  return runs;
}

/** Deterministic shuffle (content-stream order must not matter). */
function shuffled<T>(a: T[], seed = 7): T[] {
  const out = [...a];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('pdf layout', () => {
  it('rebuilds an RTL line from glyph runs in any stream order', () => {
    const runs = rtlLine(['أعلنت', 'الوزارة', 'خطة', 'جديدة'], 700);
    assert.strictEqual(lineText(shuffled(runs), true), 'أعلنت الوزارة خطة جديدة');
    assert.strictEqual(lineText([...runs].reverse(), true), 'أعلنت الوزارة خطة جديدة');
  });

  it('a visual-order line (glyphs stored left to right) comes out logical', () => {
    // the stream lists the glyphs from the left edge, as a visual-order producer writes them
    const runs = rtlLine(['قال', 'المتحدث', 'إن', 'الخطة', 'بدأت'], 700).sort((a, b) => a.x - b.x);
    assert.strictEqual(runs[0].str, 'ت', 'the stream starts with the last letter');
    assert.strictEqual(lineText(runs, true), 'قال المتحدث إن الخطة بدأت');
  });

  it('mixed RTL line: digits and Latin keep their left-to-right order', () => {
    const runs = rtlLine(['بلغت', 'الميزانية', '[350]', 'مليون', 'دينار', 'عام', '[2024]'], 700);
    assert.strictEqual(lineText(shuffled(runs), true), 'بلغت الميزانية 350 مليون دينار عام 2024');
    // a Latin name of two words, each its own run: "Green Farm", not "Farm Green"
    const latin = rtlLine(['برنامج', '[Green]', '[Farm]', 'سيبدأ'], 680);
    assert.strictEqual(lineText(shuffled(latin, 3), true), 'برنامج Green Farm سيبدأ');
    // Latin with a number inside: one LTR stretch
    const phone = rtlLine(['هاتف', '[iPhone]', '[15]', '[Pro]', 'الجديد'], 660);
    assert.strictEqual(lineText(phone, true), 'هاتف iPhone 15 Pro الجديد');
    // two numbers apart stay in RTL order
    const years = rtlLine(['بين', '[2020]', 'و', '[2024]'], 640);
    assert.strictEqual(lineText(years, true), 'بين 2020 و 2024');
  });

  it('a number split into runs (1 , 500) is one number again, in its order; a percent sign drawn left of it follows it', () => {
    // drawn "%1,500" from left to right on an RTL line (Chromium and Arabic typesetting put the sign on the left)
    const y = 600;
    const runs: TextRun[] = [
      { str: 'بلغ', x: 470, y, width: 18, size: SIZE },
      { str: '500', x: 440, y, width: 18, size: SIZE },
      { str: ',', x: 437, y, width: 3, size: SIZE },
      { str: '1', x: 431, y, width: 6, size: SIZE },
      { str: '%', x: 425, y, width: 6, size: SIZE },
      { str: 'نحو', x: 400, y, width: 18, size: SIZE },
    ];
    assert.strictEqual(lineText(shuffled(runs), true), 'بلغ 1,500% نحو');
    // "2020،" written by pdf.js as one run "،2020" (the comma drawn left of the number)
    const comma: TextRun[] = [
      { str: 'عام', x: 470, y, width: 18, size: SIZE },
      { str: '\u060C2020', x: 440, y, width: 27, size: SIZE },
      { str: 'ودعت', x: 410, y, width: 24, size: SIZE },
    ];
    assert.strictEqual(lineText(comma, true), 'عام 2020\u060C ودعت');
  });

  it('brackets and guillemets drawn mirrored on an RTL line read as the pair they stand for', () => {
    // «الحصبة» and (WHO) as Chromium draws them: the glyph at the right of the word is the mirrored «
    const y = 600;
    const runs: TextRun[] = [
      { str: '\u00BB', x: 494, y, width: 6, size: SIZE },
      { str: 'الحصبة', x: 458, y, width: 36, size: SIZE },
      { str: '\u00AB', x: 452, y, width: 6, size: SIZE },
      { str: ')', x: 440, y, width: 4, size: SIZE },
      { str: 'WHO', x: 418, y, width: 22, size: SIZE },
      { str: '(', x: 414, y, width: 4, size: SIZE },
    ];
    assert.strictEqual(lineText(shuffled(runs), true), '\u00ABالحصبة\u00BB (WHO)');
  });

  it('a pair drawn mirrored inside one reversed run is swapped back in its paragraph', () => {
    const y = 600;
    const line = (str: string, yy: number): TextRun => ({ str, x: 100, y: yy, width: 400, size: SIZE });
    const runs = [line('وأضافت: \u00BBالحصبة ليست مرضا بسيطا كما يظن بعضهم، فقد تؤدي إلى', y), line('مضاعفات خطيرة كالتهاب الرئة والدماغ\u00AB. وحذرت منظمة )WHO( من ذلك.', y - 16)];
    assert.deepStrictEqual(layoutPage(runs), [
      'وأضافت: \u00ABالحصبة ليست مرضا بسيطا كما يظن بعضهم، فقد تؤدي إلى مضاعفات خطيرة كالتهاب الرئة والدماغ\u00BB. وحذرت منظمة (WHO) من ذلك.',
    ]);
    // correct pairs and a lone closing mark stay
    const ok = [line('قال: \u00ABنعم\u00BB (مرتين) والبند أ) ثم ب)', y)];
    assert.deepStrictEqual(layoutPage(ok), ['قال: \u00ABنعم\u00BB (مرتين) والبند أ) ثم ب)']);
  });

  it('a merged run whose box holds a glyph drawn apart is cut so that glyph finds its place', () => {
    // pdf.js merged "مخوف" over 100..140 while the alef (drawn apart, later in the stream) sits at 121..125
    const y = 600;
    const runs: TextRun[] = [
      { str: 'مخوف', x: 100, y, width: 40, size: SIZE },
      { str: 'ا', x: 121, y, width: 4, size: SIZE },
      { str: 'من', x: 80, y, width: 14, size: SIZE },
    ];
    assert.strictEqual(lineText(runs, true), 'مخاوف من');
  });

  it('a gap narrower than a space joins the runs of one word; a wider one is a space', () => {
    const y = 500;
    const runs: TextRun[] = [
      { str: 'تمو', x: 470, y, width: 18, size: SIZE },
      { str: 'يل', x: 451, y, width: 18, size: SIZE }, // 1 pt gap: the same word
      { str: 'جديد', x: 420, y, width: 24, size: SIZE }, // 7 pt gap: a space
    ];
    assert.strictEqual(lineText(runs, true), 'تمويل جديد');
  });

  it('a line written without spaces (LuaLaTeX): its own word gap is a space, a kern inside a word is not', () => {
    // glyph runs only, no space anywhere; words 1.9 pt apart (0.16 em: a tight justified line), and the font kerns
    // ر before ي 1.46 pt apart (0.12 em) inside a word
    const line = (words: string[], y: number, gap: number, kern = 0): TextRun[] => {
      const runs: TextRun[] = [];
      let x = 500;
      for (const w of words) {
        for (let i = 0; i < w.length; i++) {
          if (i > 0 && w[i - 1] === 'ر' && w[i] === 'ي') x -= kern;
          x -= W;
          runs.push({ str: w[i], x, y, width: W, size: SIZE });
        }
        x -= gap;
      }
      return runs;
    };
    const words = ['ويقدر', 'خبراء', 'أن', 'الجزيرة', 'سنويا'];
    const text = 'ويقدر خبراء أن الجزيرة سنويا';
    assert.strictEqual(lineText(shuffled(line(words, 700, 1.9, 1.46)), true, {}, true), text);
    assert.deepStrictEqual(layoutPage(shuffled(line(words, 700, 1.9, 1.46))), [text], 'the page is found to write no spaces');
    // a looser line: the same
    assert.strictEqual(lineText(line(words, 700, 3.5, 1.46), true, {}, true), text);
    // ة ends a word even where the next word's first glyph ate the gap (0.6 pt: an initial ك kerned into the space)
    const taa = line(['خطة', 'كاتب', 'جديدة', 'في', 'المدينة'], 700, 2.9);
    for (const r of taa.slice(3)) r.x += 2.3;
    assert.strictEqual(lineText(taa, true, {}, true), 'خطة كاتب جديدة في المدينة');
    assert.strictEqual(lineText(taa, true, {}, false), 'خطةكاتب جديدة في المدينة', 'only on a page written without spaces');
    // one word with kerns: no space inside it (the kerns are under the general threshold)
    assert.strictEqual(lineText(line(['جريري'], 700, 0, 1.46), true, {}, true), 'جريري');
    // on a page with spaces of its own, or a line with one, the same tight gaps are not spaces: the producer wrote
    // them where they are (and LibreOffice leaves such gaps inside words)
    assert.strictEqual(lineText(line(['تمو', 'يل', 'جديد'], 680, 1.9), true, {}, false), 'تمويلجديد');
    const spaced = [...line(['تمو', 'يل', 'جديد'], 680, 1.9), { str: ' ', x: 300, y: 680, width: 3, size: SIZE }];
    assert.strictEqual(lineText(spaced, true, {}, true), 'تمويلجديد');
  });

  it('a mark drawn on its own attaches to its letter; a zero-advance letter follows its glyph', () => {
    const y = 400;
    const runs: TextRun[] = [
      { str: 'ق', x: 494, y, width: 6, size: SIZE },
      { str: 'ر', x: 488, y, width: 6, size: SIZE },
      { str: 'ي', x: 482, y, width: 6, size: SIZE },
      { str: 'ب', x: 476, y, width: 6, size: SIZE },
      { str: ' \u064B', x: 478, y: y + 1.5, width: 0, size: SIZE }, // tanween over the ب, prefixed with a space
      { str: 'ا', x: 470, y, width: 6, size: SIZE },
    ];
    assert.strictEqual(lineText(shuffled(runs), true), 'قريب\u064Bا');
    // لأ ligature: "ال" run with the lam-alef glyph, then the hamza-alef with no advance at the glyph's left edge
    const lig: TextRun[] = [
      { str: 'ال', x: 480, y, width: 14, size: SIZE },
      { str: 'أ', x: 480, y, width: 0, size: SIZE },
      { str: 'ح', x: 473.9, y, width: 6.2, size: SIZE }, // its right edge a hair past the ligature's left edge
      { str: 'د', x: 468, y, width: 6, size: SIZE },
    ];
    assert.strictEqual(lineText(shuffled(lig), true), 'الأحد');
  });

  it('marks as LuaLaTeX draws them: before their base in the stream, at its left edge; hamza over alef is أ', () => {
    const y = 400;
    // الأخبار: the hamza (U+0654) drawn on its own just before its alef, its x a hair left of the alef's box, inside
    // the box of the خ next to it; the shadda of مرّ drawn before its ر, at the ر's left edge
    const akhbar: TextRun[] = [
      { str: 'ا', x: 494, y, width: 3, size: SIZE, seq: 0 },
      { str: 'ل', x: 491, y, width: 3, size: SIZE, seq: 1 },
      { str: '\u0654', x: 487.7, y: y + 1.4, width: 0, size: SIZE, seq: 2 },
      { str: 'ا', x: 488, y, width: 3, size: SIZE, seq: 3 },
      { str: 'خ', x: 482, y, width: 6, size: SIZE, seq: 4 },
      { str: 'ب', x: 479, y, width: 3, size: SIZE, seq: 5 },
      { str: 'ا', x: 476, y, width: 3, size: SIZE, seq: 6 },
      { str: 'ر', x: 472, y, width: 4, size: SIZE, seq: 7 },
    ];
    assert.strictEqual(lineText(shuffled(akhbar), true), 'الأخبار');
    // without the stream order the nearest box wins (the خ), and the hamza stays a mark
    assert.strictEqual(lineText(akhbar.map(({ seq: _, ...r }) => r), true), 'الاخ\u0654بار');
    // a base and its mark in one run, reversed by pdf.js (ًا): the mark follows the letter
    const tanween: TextRun[] = [
      { str: 'ج', x: 490, y, width: 8, size: SIZE },
      { str: '\u064Bا', x: 487, y, width: 3, size: SIZE },
    ];
    assert.strictEqual(lineText(tanween, true), 'جا\u064B');
    // هيئة with the hamza drawn over a yeh: ئ
    assert.strictEqual(lineText([{ str: 'هيي\u0654ة', x: 480, y, width: 20, size: SIZE }], true), 'هيئة');
  });

  it('LuaLaTeX: a ligature glyph with no advance reads in logical order, joined; a number drawn from the right in stream order keeps it', () => {
    const y = 400;
    // السمهان لحمر: the حم ligature is one glyph of width 0 in the PDF's table (pdf.js: 'مح' at the ل's left edge),
    // its ink in the 2 pt before the ر; a page without spaces, words 3 pt apart; بين 2.5 و 17.800: the digits one
    // glyph a run, drawn (and stored) right to left
    let seq = 0;
    let x = 500;
    const runs: TextRun[] = [];
    const word = (glyphs: Array<[string, number]>) => {
      for (const [str, width] of glyphs) {
        x -= width;
        runs.push({ str, x, y, width, size: SIZE, seq: seq++ });
      }
      x -= 3;
    };
    const plain = (w: string) => word([...w].map((c) => [c, c === '.' ? 3 : 6]));
    plain('السمهان');
    word([['ل', 5.6], ['مح', 0], ['ر', 4.1]]);
    runs.find((r) => r.str === 'ر')!.x -= 2; // the ligature's advance, which the PDF's table does not give
    x -= 2;
    for (const w of ['عام', 'بين', '2.5', 'و', '17.800', 'تم']) plain(w);
    assert.deepStrictEqual(layoutPage(shuffled(runs)), ['السمهان لحمر عام بين 2.5 و 17.800 تم']);
    // the same number drawn left to right in the stream (as typed): reversed into its order as before
    const ltr: TextRun[] = [...'2.5'].map((d, i) => ({ str: d, x: 400 + 6 * i, y, width: 6, size: SIZE, seq: 100 + i }));
    assert.strictEqual(lineText([...rtlLine(['بلغ'], y, 440), ...ltr], true), 'بلغ 2.5');
  });

  it('an LTR line in an Arabic page reads left to right', () => {
    const runs: TextRun[] = [
      { str: 'United', x: 100, y: 300, width: 36, size: SIZE },
      { str: 'Nations', x: 140, y: 300, width: 42, size: SIZE },
    ];
    assert.strictEqual(lineText(runs.reverse(), false), 'United Nations');
  });

  it('finds two columns and reads the right one first, a headline across both first of all', () => {
    const runs: TextRun[] = [];
    // headline across the page
    runs.push(...rtlLine(['عنوان', 'يمتد', 'فوق', 'العمودين', 'معا', 'في', 'أعلى', 'الصفحة'], 780, 560, 9).map((r) => ({ ...r, size: 18 })));
    const right = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس'];
    const left = ['السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي', 'الثاني'];
    for (let i = 0; i < 6; i++) {
      const y = 740 - i * 16;
      runs.push(...rtlLine(['سطر', right[i], 'من', 'اليمين'], y, 560));
      runs.push(...rtlLine(['سطر', left[i], 'من', 'اليسار'], y, 280));
    }
    const g = findGutter(runs, 10);
    assert.ok(g && g.from >= 280 - 1 && g.to <= 560 - 100, JSON.stringify(g));
    const paragraphs = layoutPage(shuffled(runs));
    assert.strictEqual(paragraphs[0], 'عنوان يمتد فوق العمودين معا في أعلى الصفحة');
    const body = paragraphs.slice(1).join(' ');
    assert.strictEqual(
      body,
      right.map((w) => `سطر ${w} من اليمين`).join(' ') + ' ' + left.map((w) => `سطر ${w} من اليسار`).join(' '),
    );
  });

  it('two columns 10 pt apart with no space runs (LuaLaTeX multicols at 12 pt) are two columns', () => {
    const runs: TextRun[] = [];
    const right = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن'];
    const left = ['التاسع', 'العاشر', 'الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس'];
    const noSpaces = (rs: TextRun[]) => rs.filter((r) => r.str.trim() !== '');
    for (let i = 0; i < 8; i++) runs.push(...noSpaces(rtlLine(['سطر', right[i], 'من', 'اليمين'], 740 - i * 16, 500)));
    // the left column's right edge 10 pt left of the right column's left edge, its baselines apart from the right
    // one's (multicols balances each column on its own)
    const edge = Math.min(...runs.map((r) => r.x)) - 10;
    for (let i = 0; i < 8; i++) runs.push(...noSpaces(rtlLine(['سطر', left[i], 'من', 'اليسار'], 736 - i * 16, edge)));
    const body = layoutPage(shuffled(runs)).join(' ');
    assert.strictEqual(body, right.map((w) => `سطر ${w} من اليمين`).join(' ') + ' ' + left.map((w) => `سطر ${w} من اليسار`).join(' '));
  });

  it('a left column of a single line (the end of the text, run over) is still a column', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 10; i++) runs.push(...rtlLine(['سطر', 'من', 'العمود', 'الأيمن', String.fromCharCode(0x0661 + (i % 9))], 740 - i * 16, 560));
    // the last words, at the top of the left column, on the baseline of the first line of the right one
    runs.push(...rtlLine(['الخاتمة.'], 740, 300));
    const text = layoutPage(shuffled(runs)).join(' ');
    assert.ok(text.endsWith('الخاتمة.'), text);
    assert.ok(text.startsWith('سطر من العمود الأيمن'), text);
  });

  it('a single column with aligned word gaps is not cut into columns', () => {
    const runs: TextRun[] = [];
    // every line has a space at the same place: a river, not a gutter (the spaces are runs too)
    for (let i = 0; i < 8; i++) {
      const y = 700 - i * 16;
      runs.push(...rtlLine(['كلمة', 'أولى'], y, 500));
      runs.push({ str: ' ', x: 440, y, width: 12, size: SIZE });
      runs.push(...rtlLine(['كلمة', 'ثانية', 'هنا'], y, 440));
    }
    assert.strictEqual(layoutPage(runs).length, 1);
  });

  it('paragraphs: a vertical gap, a first-line indent', () => {
    const runs = [
      ...rtlLine(['الفقرة', 'الأولى', 'سطرها', 'الأول'], 700),
      ...rtlLine(['وهذا', 'سطرها', 'الثاني.'], 684),
      ...rtlLine(['الفقرة', 'الثانية', 'بعد', 'فراغ'], 660), // 24 pt instead of 16
      ...rtlLine(['وسطرها', 'الثاني', 'هنا', 'أيضا'], 644),
      ...rtlLine(['فقرة', 'ثالثة', 'بمسافة', 'بادئة'], 628, 480), // indented 20 pt
      ...rtlLine(['تمتد', 'إلى', 'السطر', 'التالي'], 612),
    ];
    assert.deepStrictEqual(layoutPage(shuffled(runs)), [
      'الفقرة الأولى سطرها الأول وهذا سطرها الثاني.',
      'الفقرة الثانية بعد فراغ وسطرها الثاني هنا أيضا',
      'فقرة ثالثة بمسافة بادئة تمتد إلى السطر التالي',
    ]);
  });

  it('an empty page has no paragraphs', () => {
    assert.deepStrictEqual(layoutPage([]), []);
    assert.deepStrictEqual(layoutPage([{ str: ' ', x: 0, y: 0, width: 3, size: 12 }]), []);
  });
});

describe('pdf normalisation', () => {
  it('presentation forms become letters, lam-alef two letters', () => {
    assert.strictEqual(normalizeRun('\uFEA3\uFEAE\uFE8E\uFEB1'), 'حراس');
    assert.strictEqual(normalizeRun('\uFEFB'), 'لا');
    assert.strictEqual(normalizeRun('plain'), 'plain');
  });
  it('a shaped haraka becomes the bare mark, not tatweel or space + mark', () => {
    assert.strictEqual('\uFE77'.normalize('NFKC'), '\u0640\u064E', 'what NFKC does');
    assert.strictEqual(normalizeRun('\uFE77'), '\u064E');
    assert.strictEqual(normalizeRun('\uFE76'), '\u064E');
    assert.strictEqual(normalizeRun('\uFE7D'), '\u0651');
    assert.strictEqual(normalizeRun('\uFC60'), '\u064E\u0651');
    assert.strictEqual(normalizeRun('\uFEB3\uFE77\uFEE0\uFEE2'), 'س\u064Eلم');
  });
  it('kashida between letters is dropped, a tatweel at a word end kept', () => {
    assert.strictEqual(dropKashida('الحكو\u0640\u0640\u0640مة'), 'الحكومة');
    assert.strictEqual(dropKashida('س\u064E\u0640لم'), 'س\u064Eلم');
    assert.strictEqual(dropKashida('عام 1446 ه\u0640 الموافق'), 'عام 1446 ه\u0640 الموافق');
    assert.strictEqual(dropKashida('\u0640'), '\u0640');
  });
});
