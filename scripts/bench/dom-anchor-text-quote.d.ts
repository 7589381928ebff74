// The peer library ships no types; only what the benchmark calls.
declare module 'dom-anchor-text-quote' {
  export interface TextQuote {
    exact: string;
    prefix?: string;
    suffix?: string;
  }
  export function fromRange(root: Node, range: Range): TextQuote;
  export function toRange(root: Node, selector: TextQuote, options?: { hint?: number }): Range | null;
}
