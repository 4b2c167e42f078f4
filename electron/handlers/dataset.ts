import { RpcError } from '../../shared/contract';
import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import type { Services } from '../backend/services';
import { DatasetNotFound } from '../services/dataset/datasetService';
import { QuerySuperseded } from '../services/dataset/query/flights';

type DatasetHandlers = Pick<Handlers, 'dataset:open' | 'dataset:summary' | 'dataset:query' | 'dataset:position' | 'dataset:sample' | 'dataset:issues' | 'dataset:stats'>;

/** Turns the service's errors into typed RPC errors. */
async function guard<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof RpcError) throw err;
    if (err instanceof DatasetNotFound || err instanceof RangeError) throw new RpcError('not-found', err.message);
    if (err instanceof QuerySuperseded) throw new RpcError('unavailable', err.message);
    const message = err instanceof Error ? err.message : String(err);
    if (/no such file or folder|not a dataset file|mapping|entries under the folder/.test(message)) throw new RpcError('bad-request', message);
    throw err;
  }
}

// Paths are checked against the served roots once, for every domain, in handlers/index.ts.
export function createDatasetHandlers(ctx: BackendContext, services: Services): DatasetHandlers {
  const svc = services.datasets;
  const labels = (services as Partial<Services>).labelIndex;
  return {
    'dataset:open': async ({ path: p, mapping }) => {
      const summary = await guard(() => svc.open(p, mapping ?? null));
      // Replays the label journal in the background: `label:` completions and filters are then ready.
      if (labels) void labels.facets(summary.id).then((facets) => ctx.hub.emit('dataset:labels-changed', facets));
      return summary;
    },
    'dataset:summary': ({ datasetId }) => guard(() => svc.summary(datasetId)),
    'dataset:query': ({ datasetId, query, sort, offset, limit, channel }) => guard(() => svc.query(datasetId, { query, sort }, offset, limit, channel)),
    'dataset:position': ({ datasetId, query, sort, index }) => guard(() => svc.position(datasetId, { query, sort }, index)),
    'dataset:sample': ({ datasetId, index }) => guard(() => svc.sample(datasetId, index)),
    'dataset:issues': ({ datasetId, offset, limit }) => guard(() => svc.issues(datasetId, offset, limit)),
    'dataset:stats': ({ datasetId, query }) => guard(() => svc.stats(datasetId, query)),
  };
}
