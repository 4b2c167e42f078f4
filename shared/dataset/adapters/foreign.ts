import type { Sample } from '../types';
import type { AdapterContext, RowFacets } from './types';

/** Public benchmarks carry no iterations: iteration from the path or 0, split from the path or `test`. */
export function foreignFacets(problem_id: string, ctx: AdapterContext): RowFacets {
  return {
    problem_id,
    split: ctx.pathFacts.split ?? 'test',
    iteration: ctx.pathFacts.iteration ?? 0,
    sample_index: 0,
    model: null,
    passed: null,
    rationaleChars: 0,
  };
}

export function foreignSample(f: RowFacets): Sample {
  return { problem_id: f.problem_id, split: f.split, iteration: f.iteration, sample_index: f.sample_index, passed: null };
}

/** Source text with CRLF line endings (MBPP) turned into LF so that line numbers match the trace. */
export function lf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
