import { parentPort } from 'node:worker_threads';
import { AnalysisCore } from './analysisCore';
import type { ToWorker } from './protocol';

/**
 * Worker-thread entry (bundled to dist/electron/analysisWorker.cjs): answers
 * analysis calls one at a time, off the main process's event loop.
 */
if (parentPort) {
  const port = parentPort;
  const core = new AnalysisCore();
  port.on('message', (msg: ToWorker) => {
    const reply = core.handle(msg);
    if (reply) port.postMessage(reply);
  });
}
