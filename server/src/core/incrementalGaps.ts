/**
 * The whole draft's line gaps (text/doubleSpacing.ts countLineGaps: is it double-spaced?) for the incremental checker
 * (core/incremental.ts), summed from its pieces between empty lines (`bounds`: the starts of the lines after an empty
 * line) instead of a walk over every line of the draft at every keystroke. A piece before the edit's first changed
 * character or after its last, where a piece of the last text was, keeps its counts; the others are counted again
 * (text/doubleSpacing.ts pieceGaps). Only numbers are kept, never the text.
 */
import { type LineGaps, type PieceGaps, pieceGaps, sumPieceGaps } from './text/doubleSpacing';

export class GapPieces {
  /** The last text's pieces: where each began, its length, and its counts. */
  private starts: number[] = [];
  private length = 0;
  private pieces: PieceGaps[] = [];
  private known = false;
  /** Pieces counted by the last call (for tests: the others were kept). */
  counted = 0;

  /** Forget the last text (its pieces are counted again). */
  reset(): void {
    this.known = false;
    this.starts = [];
    this.pieces = [];
  }

  /**
   * countLineGaps(visible): `bounds` chunkBounds(visible); the edit since the last call — the lengths p and q of the
   * common prefix and suffix of the last text and this one, and the change of length delta (nearby.ts editSpan).
   */
  gaps(visible: string, bounds: readonly number[], p: number, q: number, delta: number): LineGaps {
    const n = visible.length;
    const oldStarts = this.starts;
    const oldPieces = this.pieces;
    const oldLength = this.length;
    const known = this.known;
    const starts: number[] = [];
    const pieces: PieceGaps[] = [];
    let counted = 0;
    let k = 0;
    for (let i = 0, a = 0; i <= bounds.length; i++) {
      const b = i < bounds.length ? bounds[i] : n;
      if (b <= a && i < bounds.length) continue;
      let piece: PieceGaps | undefined;
      if (known && (b <= p || a >= n - q)) {
        const d = b <= p ? 0 : delta;
        while (k < oldStarts.length && oldStarts[k] < a - d) k++;
        const end = k + 1 < oldStarts.length ? oldStarts[k + 1] : oldLength;
        // (the last piece also holds the line that starts at the text's end)
        if (k < oldStarts.length && oldStarts[k] === a - d && end === b - d && (k === oldStarts.length - 1) === (i === bounds.length)) piece = oldPieces[k];
      }
      if (!piece) {
        piece = pieceGaps(visible, a, b, i === bounds.length);
        counted++;
      }
      starts.push(a);
      pieces.push(piece);
      a = b;
    }
    this.starts = starts;
    this.pieces = pieces;
    this.length = n;
    this.known = true;
    this.counted = counted;
    return sumPieceGaps(pieces);
  }
}
