import { scaleOrdinal, schemeTableau10 } from 'd3';

/** One colour per split, stable for a given list of splits (Tableau 10: distinguishable and colour-blind friendlier). */
export function seriesColors(series: readonly string[]): (name: string) => string {
  const scale = scaleOrdinal<string, string>().domain(series).range(schemeTableau10);
  return (name) => scale(name);
}
