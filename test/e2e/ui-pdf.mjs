// Issue 14 in the workbench, driven as a person does (test/e2e/run-code-server.mjs calls these in each UI phase:
// the development extension or the VSIX on a Node server, and the web-only extension whose server is a Web Worker):
//   - Paste as repaired Arabic: a paste event carrying PDF-damaged text/plain in an editor. In a plain-text file the
//     plain paste comes first and the paste widget offers the repaired text (Ctrl+. picks it); in an arabic-draft
//     file, where the workspace settings say `"[arabic-draft]": { "tadqiq.paste.repairByDefault": true }`, the paste
//     itself is repaired.
//   - Repair selection from the refactor menu (Ctrl+Shift+R) on a selected damaged line.
//   - Open PDF as Arabic draft from the explorer's context menu on a .pdf: a new untitled draft with its text.
// The paste is a ClipboardEvent dispatched at the editor's focused element with a DataTransfer, which is what the
// editor reads on a paste (no clipboard permission needed in headless Chromium). Every wait is on a selector.
import * as fs from 'fs';
import * as path from 'path';

/** Writes the files the checks open (before the workbench loads): drafts, the PDF, the workspace settings. */
export function writePdfUiFixtures(workspace, fx, pdfFixture) {
  fs.writeFileSync(path.join(workspace, 'paste-plain.txt'), 'نص:\n');
  fs.writeFileSync(path.join(workspace, 'paste-draft.ar.txt'), 'نص:\n');
  fs.writeFileSync(path.join(workspace, fx.selectionDraft.name), fx.selectionDraft.text);
  fs.copyFileSync(pdfFixture, path.join(workspace, fx.pdfName));
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  const settingsFile = path.join(workspace, '.vscode', 'settings.json');
  let settings = {};
  try {
    settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  } catch {
    /* none yet */
  }
  settings['[arabic-draft]'] = { 'tadqiq.paste.repairByDefault': true };
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
}

const viewLines = (page) => page.locator('.editor-instance .monaco-editor .view-lines').first();

/** Waits until the active editor shows `text` (a selector wait); false after `timeout`. */
function shows(page, text, timeout = 30000) {
  return page
    .locator('.editor-instance .monaco-editor .view-lines', { hasText: text })
    .first()
    .waitFor({ state: 'visible', timeout })
    .then(() => true)
    .catch(() => false);
}

/** Puts the cursor at the end of the active editor's text. */
async function cursorToEnd(page, center) {
  const at = await center(viewLines(page));
  await page.mouse.click(at.x, at.y);
  await page.keyboard.press('Control+End');
}

/** A paste of `text` (text/plain) into the focused editor, as the browser delivers one. */
function paste(page, text) {
  return page.evaluate((t) => {
    const target = document.activeElement;
    if (!target) return 'no focused element';
    const data = new DataTransfer();
    data.setData('text/plain', t);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return `${target.tagName.toLowerCase()}.${target.className}`;
  }, text);
}

/**
 * The checks. `deps`: { check(name, ok, detail), quickOpen(page, name), center(locator), shot(name) → path }.
 * `fx`: the compiled test/e2e/fixtures/pdf-drafts.js.
 */
export async function pdfUiChecks(page, label, fx, deps) {
  const { check, quickOpen, center, shot } = deps;
  const repairedFirst = fx.repairedLine;
  const repairedSecond = fx.pastedRepaired.split('\n')[1];
  const item = (re) => page.locator('.action-widget .monaco-list-row', { hasText: re }).first();

  // 1. plain text: the plain paste first, then the paste widget's "Paste as repaired Arabic"
  await page.keyboard.press('Escape');
  await quickOpen(page, 'paste-plain.txt');
  await cursorToEnd(page, center);
  const target = await paste(page, fx.pasted);
  const plainIn = await shows(page, '\ufee3\ufeb0\ufe8d');
  const widget = await page
    .locator('.post-edit-widget')
    .first()
    .waitFor({ state: 'visible', timeout: 20000 })
    .then(() => true)
    .catch(() => false);
  let picked = false;
  if (widget) {
    await page.keyboard.press('Control+Period'); // editor.changePasteType while the widget shows
    const row = item(/Paste as repaired Arabic|لصق نصًا عربيًا مُصلَحًا/);
    picked = await row
      .waitFor({ state: 'visible', timeout: 20000 })
      .then(() => true)
      .catch(() => false);
    const menu = shot('paste-widget');
    await page.screenshot({ path: menu });
    if (picked) await row.click();
  }
  const repaired = picked && (await shows(page, repairedFirst)) && (await shows(page, repairedSecond));
  const after = shot('paste-repaired');
  await page.screenshot({ path: after });
  check(
    `${label}: a paste of PDF-damaged text into a .txt goes in as it is, and the paste widget's "Paste as repaired Arabic" replaces it with the repaired text`,
    plainIn && widget && repaired,
    `paste at ${target}; plain text in: ${plainIn}, widget: ${widget}, item picked: ${picked}; screenshot ${path.basename(after)}`,
  );

  // 2. arabic-draft with "[arabic-draft]": { "tadqiq.paste.repairByDefault": true }: the paste itself is repaired
  await page.keyboard.press('Escape');
  await quickOpen(page, 'paste-draft.ar.txt');
  await cursorToEnd(page, center);
  await paste(page, fx.pasted);
  const byDefault = (await shows(page, repairedFirst)) && (await shows(page, repairedSecond));
  const damagedLeft = await viewLines(page)
    .innerText()
    .then((t) => /[\ufb50-\ufdff\ufe70-\ufeff]/.test(t))
    .catch(() => true);
  check(
    `${label}: with tadqiq.paste.repairByDefault (for arabic-draft) the paste itself inserts the repaired text`,
    byDefault && !damagedLeft,
    `repaired: ${byDefault}, presentation forms left: ${damagedLeft}`,
  );

  // 3. Repair selection from the refactor menu (Ctrl+Shift+R) on the selected damaged line
  await page.keyboard.press('Escape');
  await quickOpen(page, fx.selectionDraft.name);
  const squiggle = page.locator('.editor-instance .monaco-editor .squiggly-warning');
  await squiggle
    .first()
    .waitFor({ state: 'attached', timeout: 60000 })
    .catch(() => {});
  await cursorToEnd(page, center);
  await page.keyboard.press('ArrowUp'); // the damaged second line (the draft ends with a line break)
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  const refactor = item(/Repair selection|إصلاح النص المحدد/);
  let offered = false;
  for (let attempt = 0; attempt < 2 && !offered; attempt++) {
    await page.keyboard.press('Control+Shift+R');
    offered = await refactor
      .waitFor({ state: 'visible', timeout: 20000 })
      .then(() => true)
      .catch(() => false);
  }
  const menuShot = shot('repair-selection-menu');
  await page.screenshot({ path: menuShot });
  if (offered) await refactor.click();
  const lineRepaired = offered && (await shows(page, fx.repairedLine));
  const othersKept = lineRepaired && (await shows(page, `ك${fx.T}${fx.T}لمة`, 5000)) && (await shows(page, `خ${fx.T}طة`, 5000));
  check(
    `${label}: Repair selection from the refactor menu (Ctrl+Shift+R) repairs the selected line and leaves the others`,
    lineRepaired && othersKept,
    `offered: ${offered}, line repaired: ${lineRepaired}, other lines kept: ${othersKept}; screenshot ${path.basename(menuShot)}`,
  );

  // 4. Open PDF as Arabic draft from the explorer's context menu
  await page.keyboard.press('Escape');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fx.pdfName }).first();
  let opened = false;
  let menuItem = false;
  const visible = await row
    .waitFor({ state: 'visible', timeout: 20000 })
    .then(() => true)
    .catch(() => false);
  if (visible) {
    await row.click({ button: 'right' });
    const entry = page.locator('.monaco-menu .action-item', { hasText: /Open PDF as Arabic draft|فتح ملف PDF مسودةً عربية/ }).first();
    menuItem = await entry
      .waitFor({ state: 'visible', timeout: 15000 })
      .then(() => true)
      .catch(() => false);
    if (menuItem) {
      await entry.click();
      // (a click that lands while the menu is still settling leaves it open with the entry highlighted: then the
      // keyboard picks it, as a user would press Enter)
      if (await entry.isVisible().catch(() => false)) {
        await entry.hover().catch(() => {});
        await page.keyboard.press('Enter');
      }
      opened = await page
        .locator('.tab', { hasText: /Untitled|بلا عنوان/ })
        .first()
        .waitFor({ state: 'visible', timeout: 60000 })
        .then(() => true)
        .catch(() => false);
    }
  }
  const text = opened && (await shows(page, fx.pdfSentences[0], 60000));
  const pdfShot = shot('open-pdf');
  await page.screenshot({ path: pdfShot });
  check(
    `${label}: "Open PDF as Arabic draft" in the explorer's context menu of ${fx.pdfName} opens an untitled draft with its text`,
    !!text,
    `explorer row: ${visible}, menu item: ${menuItem}, untitled tab: ${opened}, text: ${!!text}; screenshot ${path.basename(pdfShot)}`,
  );
}
