/**
 * jsdom has no ResizeObserver and no canvas; the resizable panels and the
 * timeline only need them to exist. Call from `beforeAll` in component tests
 * that render the sample view.
 */
export function stubLayoutApis(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
}
