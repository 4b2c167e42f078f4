import type { PreloadBridge } from '../../../shared/contract/bridge';
import { splitRequestName } from '../../../shared/contract/bridge';
import type { Envelope } from '../../../shared/contract';
import type { Transport } from './transport';

export function createElectronTransport(bridge: PreloadBridge): Transport {
  return {
    kind: 'electron',
    async call(name, args) {
      const [domain, verb] = splitRequestName(name);
      const fn = bridge.api[domain]?.[verb];
      if (!fn) return { ok: false, error: { code: 'bad-request', message: `Unknown request: ${name}` } };
      return (await fn(args)) as Envelope<unknown>;
    },
    subscribe(name, listener) {
      return bridge.on(name, listener);
    },
  };
}
