import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import type { Services } from '../backend/services';

type AnalysisHandlers = Pick<Handlers, 'analysis:dashboard' | 'analysis:flips' | 'analysis:problem' | 'analysis:paired'>;

/** Thin handlers: validation is the contract's, the work the analysis service's (errors are already RpcErrors). */
export function createAnalysisHandlers(_ctx: BackendContext, services: Pick<Services, 'analysis'>): AnalysisHandlers {
  const { analysis } = services;
  return {
    'analysis:dashboard': ({ datasetId, query }) => analysis.dashboard(datasetId, query),
    'analysis:flips': ({ datasetId, from, to, split, kinds, limit, order, query }) =>
      analysis.flips(datasetId, from, to, { split, kinds, limit, order }, query),
    'analysis:problem': ({ datasetId, problemId }) => analysis.problem(datasetId, problemId),
    'analysis:paired': ({ datasetId, a, b, split, resamples, seed, level, query }) =>
      analysis.paired(datasetId, a, b, split, { resamples, seed, level }, query),
  };
}
