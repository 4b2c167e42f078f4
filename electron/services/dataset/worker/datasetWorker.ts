import { parentPort } from 'node:worker_threads';
import { batchTransferList } from './batchBuilder';
import type { WorkerJob, WorkerMessage } from './protocol';
import { scanChunk } from './scanChunk';
import { searchChunk } from './searchChunk';

/**
 * Worker-thread entry (bundled to dist/electron/datasetWorker.cjs): runs one
 * job at a time and posts its results; column buffers are transferred, not copied.
 */
export function runJob(job: WorkerJob, post: (msg: WorkerMessage, transfer?: ArrayBuffer[]) => void): void {
  try {
    if (job.kind === 'scan') {
      scanChunk(job, (msg) => (msg.kind === 'batch' ? post(msg, batchTransferList(msg)) : post(msg)));
    } else {
      const result = searchChunk(job);
      post(result, result.hits.map((h) => h.buffer as ArrayBuffer));
    }
  } catch (err) {
    post({ kind: 'error', jobId: job.jobId, message: err instanceof Error ? err.message : String(err) });
  }
}

if (parentPort) {
  const port = parentPort;
  port.postMessage({ kind: 'ready' });
  port.on('message', (job: WorkerJob) => runJob(job, (msg, transfer) => port.postMessage(msg, transfer ?? [])));
}
