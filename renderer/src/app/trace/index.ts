/** The trace feature: timeline, variables at the cursor, test choice. */
export { TraceTimeline, type TraceTimelineProps } from './TraceTimeline';
export { VariablesPanel, type VariablesPanelProps } from './VariablesPanel';
export { TestSelector, type TestSelectorProps } from './TestSelector';
export { StepScale } from './StepScale';
export type { Painter, PainterFactory } from './painter';
export type { DrawStats } from './drawTimeline';
