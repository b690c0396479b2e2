// Shared state of one set of fakes: the counter, id sequences and options.
import { CallCounter, Counting } from './calls';

export class World {
  readonly calls = new CallCounter();
  readonly counting = new Counting(this.calls);
  private seq = new Map<string, number>();
  constructor(readonly timeZone: string) {}

  /** Deterministic ids: next("doc") -> 1, 2, 3… */
  next(kind: string): number {
    const n = (this.seq.get(kind) ?? 0) + 1;
    this.seq.set(kind, n);
    return n;
  }

  wrap<T>(x: T): T {
    return this.counting.wrap(x);
  }
}
