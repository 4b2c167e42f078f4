/**
 * Module worker entry (bundled by Vite from `new Worker(new URL(...))` in
 * client.ts): label import parsing/planning and agreement statistics, off the
 * UI thread. All logic lives in handler.ts.
 */
import { createAnnotationHandler } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

// The renderer's tsconfig has the DOM library, not WebWorker: name just what is used.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

const handle = createAnnotationHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
