import { screen, type BrowserWindow, type Rectangle } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1400, height: 900 }, maximized: false };

/** Reads the last window geometry, ignoring it when corrupt or off every screen. */
export function loadWindowState(userDataDir: string): WindowState & { placed: boolean } {
  try {
    const state = JSON.parse(readFileSync(join(userDataDir, 'window-state.json'), 'utf8')) as WindowState;
    const { x, y, width, height } = state.bounds;
    if (![x, y, width, height].every(Number.isFinite) || width < 400 || height < 300) throw new Error('bad bounds');
    const visible = screen.getAllDisplays().some((d) => {
      const a = d.workArea;
      return x < a.x + a.width && x + width > a.x && y < a.y + a.height && y + height > a.y;
    });
    return visible ? { ...state, placed: true } : { ...DEFAULT, placed: false };
  } catch {
    return { ...DEFAULT, placed: false };
  }
}

/** Saves the geometry when the window closes (normal bounds, so un-maximising restores them). */
export function trackWindowState(win: BrowserWindow, userDataDir: string): void {
  win.on('close', () => {
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(join(userDataDir, 'window-state.json'), JSON.stringify(state));
    } catch {
      // Not being able to remember the window size is not worth an error dialog.
    }
  });
}
