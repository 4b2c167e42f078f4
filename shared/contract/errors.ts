/** Error codes every transport may answer with. Handlers throw `RpcError` to choose one. */
export type RpcErrorCode =
  | 'bad-request' // unknown request name or arguments that fail validation
  | 'not-found' // a dataset, sample or file that does not exist
  | 'forbidden' // a path outside the served roots, a bad token, a foreign sender
  | 'unavailable' // e.g. no Python interpreter
  | 'internal'; // a bug: the handler threw something unexpected

export interface RpcErrorShape {
  code: RpcErrorCode;
  message: string;
  /** Validation issues, one line each (`path: message`). */
  details?: string[];
}

export class RpcError extends Error {
  constructor(
    readonly code: RpcErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'RpcError';
  }
  toShape(): RpcErrorShape {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** What travels over the wire: never a thrown error, always an envelope. */
export type Envelope<R> = { ok: true; value: R } | { ok: false; error: RpcErrorShape };
