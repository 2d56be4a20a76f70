/** missing-numeral's scanner: how a gap found is reported (once per position, not where the writer marked it
 *  reviewed), and the per-line state reset. */
import { makeFinding, type Reason, reviewKey } from './findings';
import { LineHelpers } from './helpers';

/** Reports the gaps of one line (the evidence classes below extend it). */
export class GapReporter extends LineHelpers {
  private reported = new Set<number>();

  startLine(): void {
    if (this.reported.size) this.reported.clear();
    this.afterDigits = null;
    this.qUpTo = 0;
    this.qDouble = 0;
    this.qSingle = 0;
  }

  protected report(pos: number, trailingSpace: boolean, reason: Reason): void {
    if (this.reported.has(pos)) return;
    this.reported.add(pos);
    const key = reviewKey(this.text, pos);
    if (this.reviewed && this.reviewed.has(key)) return;
    this.out.push(makeFinding(this.text, pos, trailingSpace, reason, key, this.locale, this.severity, !this.visual));
  }
}
