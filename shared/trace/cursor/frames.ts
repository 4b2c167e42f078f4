import type { TraceEvent } from '../types';

/** One live call frame while walking a trace. */
export interface WalkFrame {
  func: string;
  /** name → latest value and the step that set it. */
  vars: Map<string, { value: string; step: number; truncated: boolean }>;
}

export interface FrameWalker {
  /** The stack after the last `apply`, outermost first. */
  readonly stack: readonly WalkFrame[];
  /** Apply one event; `onPop` hears about every frame that leaves the stack. */
  apply(event: TraceEvent): WalkFrame;
  /** A deep copy of the walker's state, to resume from later. */
  snapshot(): WalkerSnapshot;
}

/** Saved walker state (see `createFrameWalker`'s `from`). */
export interface WalkerSnapshot {
  stack: WalkFrame[];
  pendingPop: boolean;
}

const copyFrames = (frames: readonly WalkFrame[]): WalkFrame[] => frames.map((f) => ({ func: f.func, vars: new Map(f.vars) }));

const TOP = '<module>';

/**
 * Tracks call frames through a trace. Tracer output has explicit call/return
 * events; a parsed NExT trace may only carry `func` names (or nothing), so a
 * change of function without a call is treated as an implicit call, and a jump
 * back to a function lower on the stack as implicit returns (e.g. an exception
 * unwinding). A frame that returned stays visible at its return step and
 * leaves the stack on the next event, so "variables at the return step" still
 * shows the returning frame.
 */
export function createFrameWalker(onPop?: (frame: WalkFrame, beforeStep: number) => void, from?: WalkerSnapshot): FrameWalker {
  const stack: WalkFrame[] = from ? copyFrames(from.stack) : [];
  let pendingPop = from?.pendingPop ?? false;

  const pop = (beforeStep: number) => {
    const frame = stack.pop();
    if (frame && onPop) onPop(frame, beforeStep);
  };

  const push = (func: string) => {
    const frame: WalkFrame = { func, vars: new Map() };
    stack.push(frame);
    return frame;
  };

  return {
    stack,
    snapshot: () => ({ stack: copyFrames(stack), pendingPop }),
    apply(event) {
      if (pendingPop) {
        pop(event.step);
        pendingPop = false;
      }
      let frame: WalkFrame;
      const func = event.func ?? stack[stack.length - 1]?.func ?? TOP;
      if (event.kind === 'call') {
        frame = push(func);
      } else if (stack.length > 0 && stack[stack.length - 1].func === func) {
        frame = stack[stack.length - 1];
      } else {
        let found = -1;
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i].func === func) {
            found = i;
            break;
          }
        }
        if (found >= 0) {
          while (stack.length > found + 1) pop(event.step);
          frame = stack[found];
        } else {
          frame = push(func);
        }
      }
      const truncated = event.truncated;
      for (const name in event.changed) {
        frame.vars.set(name, { value: event.changed[name], step: event.step, truncated: truncated?.includes(name) ?? false });
      }
      if (event.kind === 'return') pendingPop = true;
      return frame;
    },
  };
}
