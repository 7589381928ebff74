/** A figure read from `figures` (NaN when its suite did not run). */
export type Figures = Record<string, number>;

/** One printed line of the bench: a figure, its unit, and the target it is held to (`ok` unset: no target). */
export interface Row {
  key: string;
  /** Undefined only to the type checker: `figures` reads a figure never measured as NaN. */
  value: number | undefined;
  unit: string;
  target?: string;
  ok?: boolean;
}

/** A suite: what it measures, and the rows it prints from every figure measured in the run. */
export interface Suite {
  measure(): Promise<Figures>;
  rows(figures: Figures): Row[];
}

export const yesNo = (value: number | undefined) => (value === 1 ? 'yes' : 'no');
