/**
 * Line starts of a text, as LSP counts them: a line ends at \n, \r\n or a lone \r.
 * Used by the positions module (LSP) and the CLI; rules use it for "on this line" scopes.
 */
export class LineIndex {
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const n = text.length;
    // (without a carriage return, the line feeds by indexOf: a native search, not a loop over every code unit)
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) starts.push(i + 1);
      else if (c === 0x0d) {
        if (i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line containing offset (offset clamped to [0, length]). */
  lineAt(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** End of the line's content (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let e = this.starts[line + 1];
    if (e > 0 && this.text.charCodeAt(e - 1) === 0x0a) e--;
    if (e > 0 && this.text.charCodeAt(e - 1) === 0x0d) e--;
    return e;
  }

  /** {line, character} in UTF-16 units; character never points inside a line break. */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    const start = this.starts[line];
    const character = Math.min(o, this.lineEnd(line)) - start;
    return { line, character };
  }

  /** Offset of an LSP position, clamped into the text (past-the-end characters go to the line end). */
  offset(pos: { line: number; character: number }): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
}
