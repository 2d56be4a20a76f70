#!/usr/bin/env node
// Renders a plain-text draft (paragraphs separated by blank lines) to a PDF through one route, for the extract
// tests and measurements (issue 14):
//   node scripts/make-pdf.mjs ROUTE IN.txt OUT.pdf
// Routes:
//   chromium        Chromium's print to PDF of an HTML page, dir=rtl, Noto Naskh Arabic, ragged lines
//   chromium-2col   the same in two justified columns under a headline (the first paragraph)
//   lo-justified    LibreOffice Writer, justified (kashida justification), Amiri, one column
//   lo-2col         LibreOffice Writer, justified, two columns
//   visual          a visual-order producer: reportlab draws each line as one string, shaped by arabic_reshaper
//                   (presentation forms) and reordered by python-bidi (get_display), Amiri
//                   (apt-get install python3-reportlab python3-bidi python3-arabic-reshaper; /usr/bin/python3)
//   lualatex        LuaLaTeX + fontspec + polyglossia, justified, the body in multicols{2} under the headline (the
//                   first paragraph), Scheherazade: no space glyphs, each glyph its own text item in pdf.js, hamza
//                   and madda drawn as marks (apt-get install texlive-luatex texlive-lang-arabic
//                   texlive-latex-recommended texlive-latex-extra fonts-sil-scheherazade)
// Needs /usr/bin/chromium (or $CHROMIUM) and soffice; fonts: apt-get install fonts-hosny-amiri fonts-noto-core.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const [route, input, output] = process.argv.slice(2);
if (!route || !input || !output) {
  console.error('usage: node scripts/make-pdf.mjs chromium|chromium-2col|lo-justified|lo-2col|visual|lualatex IN.txt OUT.pdf');
  process.exit(2);
}
const text = fs.readFileSync(input, 'utf8').replace(/\r\n?/g, '\n');
const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-make-pdf-'));

try {
  if (route === 'chromium' || route === 'chromium-2col') {
    const two = route === 'chromium-2col';
    const [head, ...rest] = paragraphs;
    const body = two
      ? `<h1>${esc(head)}</h1><div class="cols">${rest.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>`
      : paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    const css = `@page { size: A4; margin: 2cm } body { font-family: 'Noto Naskh Arabic', serif; font-size: 13pt; line-height: 1.6 }
      h1 { font-size: 20pt; font-weight: normal; margin: 0 0 0.6em } .cols { column-count: 2; column-gap: 1.2cm; text-align: justify }
      p { margin: 0 0 0.8em }`;
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
    const htmlFile = path.join(tmp, 'page.html');
    fs.writeFileSync(htmlFile, html);
    const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${path.resolve(output)}`, htmlFile], { stdio: 'ignore' });
  } else if (route === 'lo-justified' || route === 'lo-2col') {
    const two = route === 'lo-2col';
    const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls><style:font-face style:name="Amiri" svg:font-family="Amiri"/></office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" style:writing-mode="rl-tb" fo:margin-bottom="0.25cm"/>
   <style:text-properties style:font-name="Amiri" fo:font-size="13pt" style:font-name-complex="Amiri" style:font-size-complex="13pt"
     style:language-complex="ar" style:country-complex="SA"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm" style:writing-mode="rl-tb">
   ${two ? '<style:columns fo:column-count="2" fo:column-gap="1cm"/>' : ''}</style:page-layout-properties></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
 <office:body><office:text>
${paragraphs.map((p) => `  <text:p text:style-name="Standard">${esc(p)}</text:p>`).join('\n')}
 </office:text></office:body>
</office:document>
`;
    const fodtFile = path.join(tmp, 'doc.fodt');
    fs.writeFileSync(fodtFile, fodt);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(tmp, 'profile')}`, '--convert-to', 'pdf', '--outdir', tmp, fodtFile], { stdio: 'ignore' });
    fs.copyFileSync(path.join(tmp, 'doc.pdf'), output);
  } else if (route === 'visual') {
    const py = `
import sys, json
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
import arabic_reshaper
from bidi.algorithm import get_display
pdfmetrics.registerFont(TTFont('Amiri', '/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf'))
paragraphs = json.load(open(sys.argv[1], encoding='utf-8'))
c = canvas.Canvas(sys.argv[2], pagesize=A4)
W, H = A4
size, lead, margin = 13, 22, 57
width = W - 2 * margin
y = H - margin
def shaped(s):
    return get_display(arabic_reshaper.reshape(s))
for p in paragraphs:
    words, line = p.split(' '), ''
    lines = []
    for w in words:
        t = (line + ' ' + w).strip()
        if line and pdfmetrics.stringWidth(shaped(t), 'Amiri', size) > width:
            lines.append(line); line = w
        else:
            line = t
    if line: lines.append(line)
    for l in lines:
        if y < margin:
            c.showPage(); y = H - margin
        c.setFont('Amiri', size)
        c.drawRightString(W - margin, y, shaped(l))
        y -= lead
    y -= lead * 0.6
c.save()
`;
    const pyFile = path.join(tmp, 'visual.py');
    const jsonFile = path.join(tmp, 'paragraphs.json');
    fs.writeFileSync(pyFile, py);
    fs.writeFileSync(jsonFile, JSON.stringify(paragraphs));
    execFileSync(process.env.PYTHON || '/usr/bin/python3', [pyFile, jsonFile, path.resolve(output)], { stdio: ['ignore', 'ignore', 'inherit'] });
  } else if (route === 'lualatex') {
    const tex = (t) => t.replace(/[\\{}$&#_%^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));
    const [head, ...rest] = paragraphs;
    const doc = String.raw`\documentclass[12pt]{article}
\usepackage[a5paper,margin=1.5cm]{geometry}
\usepackage{multicol}
\usepackage{fontspec}
\usepackage{polyglossia}
\setmainlanguage{arabic}
\newfontfamily\arabicfont[Script=Arabic]{Scheherazade}
\setmainfont[Script=Arabic]{Scheherazade}
\pagestyle{empty}
\begin{document}
{\Large ${tex(head)}\par}
\bigskip
\begin{multicols}{2}
${rest.map(tex).join('\n\n')}
\end{multicols}
\end{document}
`;
    fs.writeFileSync(path.join(tmp, 'doc.tex'), doc);
    execFileSync('lualatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex'], { cwd: tmp, stdio: 'ignore' });
    fs.copyFileSync(path.join(tmp, 'doc.pdf'), output);
  } else {
    console.error(`unknown route ${route}`);
    process.exit(2);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
