import type { ArgsOf, EventName, PayloadOf, RequestName, ResultOf } from '../../../../../shared/contract';
import { ApiError, type ApiClient } from '../../../api/client';

type Impl = { [N in RequestName]?: (args: ArgsOf<N>) => ResultOf<N> | Promise<ResultOf<N>> };

export interface FakeApi extends ApiClient {
  /** Pushes an event to the listeners, as the backend would. */
  emit<E extends EventName>(name: E, payload: PayloadOf<E>): void;
  /** Every request made, in order. */
  calls: { name: RequestName; args: unknown }[];
  listenerCount(name: EventName): number;
}

/**
 * An in-memory ApiClient for component tests: requests go to the given
 * functions (a missing one answers 'unavailable', like the placeholder
 * backend), events are pushed with `emit`.
 */
export function createFakeApi(impl: Impl = {}, transport: ApiClient['transport'] = 'http'): FakeApi {
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  const calls: FakeApi['calls'] = [];
  return {
    transport,
    calls,
    async request(name, args) {
      calls.push({ name, args });
      const fn = impl[name] as ((a: unknown) => unknown) | undefined;
      if (!fn) throw new ApiError('unavailable', `${name} is not available in this test`);
      return (await fn(args)) as never;
    },
    on(name, listener) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener as (p: unknown) => void);
      return () => set!.delete(listener as (p: unknown) => void);
    },
    emit(name, payload) {
      for (const l of listeners.get(name) ?? []) l(payload);
    },
    listenerCount: (name) => listeners.get(name)?.size ?? 0,
  };
}
