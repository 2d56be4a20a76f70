"""Producers of the PDF routes (scripts/routes/README.md), run with the Debian system Python (/usr/bin/python3,
which has python3-reportlab, python3-bidi and python3-arabic-reshaper from scripts/routes/setup.sh).

usage: /usr/bin/python3 render.py JOBS.json
JOBS.json is a list of {"kind", "src", "out", "font", "cols"}; "src" is a UTF-8 text whose paragraphs are separated
by blank lines (the first is the title). Kinds:
  fodt       a flat ODT (every paragraph rl-tb, body justified: LibreOffice kashida-justifies Arabic) -> out
  docx       a WordprocessingML document as Word writes one (w:bidi, w:jc both, complex-script font) -> out
  latex      a LuaLaTeX + polyglossia PDF (justified; multicols when cols == 2) -> out (needs lualatex)
  reportlab  the visual-order producer: lines wrapped in logical order, shaped to presentation forms with
             arabic_reshaper, reordered with python-bidi's get_display, drawn as left-to-right strings -> out
fodt and docx are converted to PDF afterwards by one `soffice --convert-to pdf` over all of them (eval-routes.mjs).
Prints one line per job that failed; exit 0 unless the jobs file is unreadable.
"""
import json, os, subprocess, sys, tempfile, shutil, zipfile
from xml.sax.saxutils import escape


def paragraphs(src):
    with open(src, encoding='utf-8') as f:
        return [p.strip() for p in f.read().split('\n\n') if p.strip()]


def fodt(paras, out, font, cols):
    colxml = ('<style:columns fo:column-count="2" fo:column-gap="0.8cm"/>' if cols == 2
              else '<style:columns fo:column-count="1"/>')
    body = ''.join('<text:p text:style-name="%s">%s</text:p>\n' % ('T' if i == 0 else 'P', escape(p))
                   for i, p in enumerate(paras))
    margin = 2 if cols == 2 else 2.5
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties style:writing-mode="rl-tb"/>
  <style:text-properties style:font-name="{font}" style:font-name-complex="{font}" fo:font-size="12pt"
   style:font-size-complex="12pt" fo:language="ar" fo:country="TN" style:language-complex="ar" style:country-complex="TN"/>
 </style:default-style>
 <style:style style:name="P" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" style:justify-single-word="false" style:writing-mode="rl-tb" fo:margin-bottom="0.25cm"/>
 </style:style>
 <style:style style:name="T" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start" style:writing-mode="rl-tb" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="16pt" style:font-size-complex="16pt" fo:font-weight="bold" style:font-weight-complex="bold"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="{margin}cm" fo:margin-right="{margin}cm" style:writing-mode="rl-tb">{colxml}</style:page-layout-properties></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{body}</office:text></office:body></office:document>
'''
    with open(out, 'w', encoding='utf-8') as f:
        f.write(doc)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(paras, out, font, cols):
    def run(text, title):
        size = 32 if title else 24
        bold = '<w:b/><w:bCs/>' if title else ''
        return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>{bold}<w:rtl/>'
                f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:bidi="ar-TN"/></w:rPr>'
                f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
    body = ''.join(
        f'<w:p><w:pPr><w:bidi/><w:spacing w:after="{160 if i else 240}"/><w:jc w:val="{"start" if i == 0 else "both"}"/></w:pPr>'
        f'{run(p, i == 0)}</w:p>' for i, p in enumerate(paras))
    colsxml = '<w:cols w:num="2" w:space="454"/>' if cols == 2 else '<w:cols w:space="708"/>'
    margin = 1134 if cols == 2 else 1418
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}'
                f'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="{margin}" w:bottom="1134" '
                f'w:left="{margin}" w:header="708" w:footer="708" w:gutter="0"/>{colsxml}<w:bidi/></w:sectPr></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
              f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/><w:lang w:val="ar-TN" w:bidi="ar-TN"/></w:rPr>'
              '</w:rPrDefault></w:docDefaults></w:styles>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
             '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '</Relationships>')
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', types)
        z.writestr('_rels/.rels', rels)
        z.writestr('word/_rels/document.xml.rels', docrels)
        z.writestr('word/document.xml', document)
        z.writestr('word/styles.xml', styles)


def latex(paras, out, font, cols):
    def esc(s):
        for a, b in [('\\', r'\textbackslash{}'), ('{', r'\{'), ('}', r'\}'), ('$', r'\$'), ('&', r'\&'),
                     ('#', r'\#'), ('_', r'\_'), ('%', r'\%'), ('^', r'\^{}'), ('~', r'\~{}')]:
            s = s.replace(a, b)
        return s
    title, rest = paras[0], paras[1:]
    tex = r'''\documentclass[12pt]{article}
\usepackage[a4paper,margin=2.5cm]{geometry}
\usepackage{multicol}
\usepackage{fontspec}
\usepackage{polyglossia}
\setmainlanguage{arabic}
\setotherlanguage{english}
\newfontfamily\arabicfont[Script=Arabic]{%s}
\setmainfont[Script=Arabic]{%s}
\pagestyle{empty}
\setlength{\parskip}{4pt}
\begin{document}
{\Large\bfseries %s\par}
\bigskip
%s
%s
%s
\end{document}
''' % (font, font, esc(title), r'\begin{multicols}{2}' if cols == 2 else '',
       '\n\n'.join(esc(p) for p in rest), r'\end{multicols}' if cols == 2 else '')
    tmp = tempfile.mkdtemp(prefix='tadqiq_tex_')
    try:
        with open(os.path.join(tmp, 'doc.tex'), 'w', encoding='utf-8') as f:
            f.write(tex)
        r = subprocess.run(['lualatex', '-interaction=nonstopmode', 'doc.tex'], cwd=tmp,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        if not os.path.exists(os.path.join(tmp, 'doc.pdf')):
            raise RuntimeError(r.stdout.decode('utf-8', 'replace')[-600:])
        shutil.copy(os.path.join(tmp, 'doc.pdf'), out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def reportlab(paras, out, font, cols):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    import arabic_reshaper
    from bidi.algorithm import get_display
    fontfile = subprocess.run(['fc-match', '-f', '%{file}', font + ':style=Regular'],
                              stdout=subprocess.PIPE, check=True).stdout.decode()
    fname = os.path.splitext(os.path.basename(fontfile))[0]
    if fname not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(fname, fontfile))
    size = 12
    w, h = A4
    left, right, top, bottom = 60, w - 60, h - 70, 70
    width = right - left

    def shaped(s):
        return get_display(arabic_reshaper.reshape(s))

    def wrap(p, fs):
        words, lines, cur = p.split(' '), [], ''
        for word in words:
            t = (cur + ' ' + word) if cur else word
            if pdfmetrics.stringWidth(shaped(t), fname, fs) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    c = canvas.Canvas(out, pagesize=A4)
    y = top
    for i, p in enumerate(paras):
        fs = size + 3 if i == 0 else size
        c.setFont(fname, fs)
        for ln in wrap(p, fs):
            if y < bottom:
                c.showPage()
                c.setFont(fname, fs)
                y = top
            c.drawRightString(right, y, shaped(ln))
            y -= fs * 1.6
        y -= size * 0.8
    c.save()


KINDS = {'fodt': fodt, 'docx': docx, 'latex': latex, 'reportlab': reportlab}

if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        jobs = json.load(f)
    for job in jobs:
        try:
            KINDS[job['kind']](paragraphs(job['src']), job['out'], job['font'], int(job.get('cols', 1)))
        except Exception as e:  # one failed document does not stop the others
            print('render failed: %s %s: %s' % (job['kind'], job['out'], str(e).replace('\n', ' ')[:300]))
