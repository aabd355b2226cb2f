/** View of the appendix (lampiran.html): SPSS-style output tables, the instrument, the data. */
import type { Config } from '../../config/types.js';
import type { Results } from '../../analysis/results.js';
import type { PlotData } from '../../analysis/plots.js';
import type { Fmt } from './fmt.js';

export function appendixView(_results: Results, _plots: PlotData, _config: Config, _f: Fmt) {
  return {};
}
