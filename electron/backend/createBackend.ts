import type { Handlers } from '../../shared/contract/dispatch';
import { createHandlers } from '../handlers';
import type { BackendContext, BackendOptions } from './context';
import { EventHub } from './eventHub';
import { createServices, type Services } from './services';

export interface Backend {
  ctx: BackendContext;
  handlers: Handlers;
  hub: EventHub;
  services: Services;
}

/** The transport-independent backend: both Electron IPC and the HTTP host wrap this. */
export function createBackend(options: BackendOptions): Backend {
  const hub = new EventHub();
  const ctx: BackendContext = { ...options, hub };
  const services = createServices(ctx);
  return { ctx, hub, services, handlers: createHandlers(ctx, services) };
}
