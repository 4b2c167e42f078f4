import type { ArgsOf, EventName, PayloadOf, RequestName, ResultOf, RpcErrorCode } from '../../../shared/contract';
import type { Transport } from './transport';

/** A backend error as the UI sees it: the typed code plus a message fit to show. */
export class ApiError extends Error {
  constructor(
    readonly code: RpcErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  readonly transport: Transport['kind'];
  /** Calls a request of the contract; rejects with `ApiError`. */
  request<N extends RequestName>(name: N, args: ArgsOf<N>): Promise<ResultOf<N>>;
  /** Listens to a pushed event; returns the cleanup. */
  on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async request(name, args) {
      const envelope = await transport.call(name, args);
      if (envelope.ok) return envelope.value as never;
      throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.details);
    },
    on(name, listener) {
      return transport.subscribe(name, listener as (payload: unknown) => void);
    },
  };
}
