import type { z } from 'zod';
import type { EventDef, RequestDef } from './define';
import { appEvents, appRequests } from './app';
import { datasetEvents, datasetRequests } from './dataset';
import { labelsRequests } from './labels';
import { analysisRequests } from './analysis';
import { traceRequests } from './trace';

/**
 * The one contract between UI and backend. Each domain declares its requests
 * and events in its own file; this object is what both transports iterate.
 * Adding a request: declare it in the domain file, write its handler in
 * `electron/handlers/<domain>.ts`. Nothing else.
 */
export const requests = {
  ...appRequests,
  ...datasetRequests,
  ...labelsRequests,
  ...analysisRequests,
  ...traceRequests,
};

export const events = {
  ...appEvents,
  ...datasetEvents,
};

export type Requests = typeof requests;
export type RequestName = keyof Requests;
export type Events = typeof events;
export type EventName = keyof Events;

export type ArgsOf<N extends RequestName> = Requests[N] extends RequestDef<infer A, unknown> ? z.input<A> : never;
export type ParsedArgsOf<N extends RequestName> = Requests[N] extends RequestDef<infer A, unknown> ? z.output<A> : never;
export type ResultOf<N extends RequestName> = Requests[N] extends RequestDef<z.ZodType, infer R> ? R : never;
export type PayloadOf<E extends EventName> = Events[E] extends EventDef<infer P> ? P : never;

export const requestNames = Object.keys(requests) as RequestName[];
export const eventNames = Object.keys(events) as EventName[];

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(requests, name);
}

export * from './errors';
export type { AppInfo, AppNotice } from './app';
export type * from './dataset';
export type { RecentEntry, SettingsState, UiCommand } from './app';
export type * from './labels';
export type * from './analysis';
export type { TraceRunResult, PythonInfo } from './trace';
