/** Ids of the chapter's charts (file charts/<id>.svg), shared by the chart specs and the view. */
export function slug(s: string): string {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out || 'x';
}

export const chartIds = {
  population: () => 'populasi',
  characteristic: (column: string) => `karakteristik-${slug(column)}`,
  itemDistribution: (variable: string) => `distribusi-${slug(variable)}`,
  histogram: (variable: string) => `histogram-${slug(variable)}`,
  validity: () => 'validitas',
  residualHistogram: () => 'normalitas-histogram',
  ppPlot: () => 'normalitas-pp-plot',
  scatterHetero: () => 'heteroskedastisitas-scatterplot',
  coefficients: () => 'koefisien-beta',
  observedPredicted: () => 'observasi-prediksi',
};
