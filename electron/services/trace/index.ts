export { TraceService, TRACE_DEFAULTS, tracerScriptPath, defaultResourcesDir, type TraceRequest, type TraceServiceOptions } from './TraceService';
export { findPython, NO_PYTHON } from './python';
