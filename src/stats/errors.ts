/**
 * Typed errors of the statistics layer.
 *
 * The numeric kernels of `src/stats/` return NaN outside their domain; only the least-squares
 * solver (`ols`) throws, and only these errors, when the data cannot give a trustworthy fit.
 * Each error carries the data needed to explain it (column indices, counts, the condition
 * estimate) in plain fields and a stable `code`, so that the application's message catalog can
 * word it in Indonesian or English; the English `message` here is for developers and logs.
 *
 * Column indices are 0-based positions in the `columns` array given to the solver (the
 * intercept is not counted).
 *
 * @example
 * try { ols(y, [x1, x2, x3]) } catch (e) {
 *   if (e instanceof CollinearityError) e.columns   // [0, 1, 2] when x3 = x1 + 2·x2
 * }
 */

/** The `code` of every error of the statistics layer. */
export type StatsErrorCode =
  | 'COLLINEARITY'
  | 'ILL_CONDITIONED'
  | 'TOO_FEW_OBSERVATIONS'
  | 'NON_FINITE_VALUE'
  | 'DIMENSION_MISMATCH';

/** Base class: a plain `Error` with a stable machine-readable `code`. */
export class StatsError extends Error {
  readonly code: StatsErrorCode;
  constructor(code: StatsErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * The predictors are (numerically) linearly dependent: the numerical rank of the centred
 * design is below the number of predictors at the solver's tolerance (R `lm`'s `tol = 1e-7`).
 *
 * `columns` lists every predictor taking part in a dependency (sorted, 0-based), e.g. `[0, 1, 2]`
 * for x3 = x1 + 2·x2. `constantColumns` lists the predictors that are constant on their own
 * (a constant is collinear with the intercept); they also appear in `columns`.
 * `rank` is the numerical rank of the predictor block after centring, `tolerance` the one used.
 */
export class CollinearityError extends StatsError {
  readonly columns: number[];
  readonly constantColumns: number[];
  readonly rank: number;
  readonly tolerance: number;
  constructor(columns: number[], constantColumns: number[], rank: number, tolerance: number) {
    const what =
      constantColumns.length > 0 && constantColumns.length === columns.length
        ? `predictor column(s) ${constantColumns.join(', ')} constant (collinear with the intercept)`
        : `predictor columns ${columns.join(', ')} linearly dependent`;
    super('COLLINEARITY', `Collinearity: ${what}; numerical rank ${rank} at tolerance ${tolerance}.`);
    this.columns = columns;
    this.constantColumns = constantColumns;
    this.rank = rank;
    this.tolerance = tolerance;
  }
}

/**
 * The design is so ill-conditioned that the solver cannot guarantee 7 correct significant
 * digits (iterative refinement did not converge, or the condition number is beyond what
 * double precision can refine). `condition` is the 2-norm condition number of the centred,
 * unit-scaled predictor matrix; `accuracy` the estimated relative error reached (NaN if the
 * solver refused before trying).
 */
export class IllConditionedError extends StatsError {
  readonly condition: number;
  readonly accuracy: number;
  constructor(condition: number, accuracy: number) {
    super(
      'ILL_CONDITIONED',
      `Ill-conditioned design (condition number ${condition.toExponential(3)}): ` +
        `the least-squares solution cannot be computed to 7 significant digits` +
        (Number.isNaN(accuracy) ? '.' : ` (estimated relative error ${accuracy.toExponential(2)}).`),
    );
    this.condition = condition;
    this.accuracy = accuracy;
  }
}

/**
 * Too few observations for the model: `n` ≤ `parameters` (= predictors + 1 for the intercept)
 * leaves no residual degree of freedom to estimate the error variance.
 */
export class TooFewObservationsError extends StatsError {
  readonly n: number;
  readonly parameters: number;
  constructor(n: number, parameters: number) {
    super(
      'TOO_FEW_OBSERVATIONS',
      `Too few observations: n = ${n} for ${parameters} parameters (need n > ${parameters}).`,
    );
    this.n = n;
    this.parameters = parameters;
  }
}

/**
 * A value is NaN or ±Infinity. `row` is the 0-based observation, `column` the 0-based predictor
 * or −1 for the dependent variable. (Missing values must be handled before the solver.)
 */
export class NonFiniteValueError extends StatsError {
  readonly row: number;
  readonly column: number;
  readonly value: number;
  constructor(row: number, column: number, value: number) {
    super(
      'NON_FINITE_VALUE',
      `Non-finite value ${value} at row ${row} of ${column < 0 ? 'the dependent variable' : `predictor column ${column}`}.`,
    );
    this.row = row;
    this.column = column;
    this.value = value;
  }
}

/** A predictor column does not have as many values as the dependent variable. */
export class DimensionMismatchError extends StatsError {
  readonly column: number;
  readonly expected: number;
  readonly actual: number;
  constructor(column: number, expected: number, actual: number) {
    super(
      'DIMENSION_MISMATCH',
      `Predictor column ${column} has ${actual} values, the dependent variable ${expected}.`,
    );
    this.column = column;
    this.expected = expected;
    this.actual = actual;
  }
}
