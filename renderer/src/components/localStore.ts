/**
 * `localStorage`, or undefined where there is none (tests without a DOM) or
 * the browser blocks it: then merely reading `window.localStorage` throws,
 * and a module that touched it at import would stop the whole app.
 */
export function localStore(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
