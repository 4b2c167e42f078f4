import { useEffect, useState } from 'react';
import { AnnotationWorkerClient } from './client';

/** A worker client owned by the calling component: its jobs and worker stop when the component unmounts. */
export function useAnnotationWorker(): AnnotationWorkerClient {
  const [client] = useState(() => new AnnotationWorkerClient());
  useEffect(() => () => client.stop(), [client]);
  return client;
}
