import { dialog, type BrowserWindow } from 'electron';

/**
 * A renderer that crashes or hangs is noticed and the user is offered a
 * reload. Labels are safe either way: every change is already in IndexedDB
 * and in the label journal before the UI acknowledges it.
 */
export function guardRenderer(win: BrowserWindow, log: (m: string) => void): void {
  let reloadingHungRenderer = false;
  win.webContents.on('render-process-gone', async (_e, details) => {
    log(`renderer gone: ${details.reason} (exit ${details.exitCode})`);
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    if (reloadingHungRenderer) {
      reloadingHungRenderer = false;
      return;
    }
    const { response } = await dialog.showMessageBox(win, {
      type: 'error',
      title: 'Tracelens',
      message: 'The Tracelens window stopped unexpectedly.',
      detail: `Reason: ${details.reason}. Your saved labels are kept. Reload the window to continue.`,
      buttons: ['Reload', 'Close window'],
      defaultId: 0,
    });
    if (win.isDestroyed()) return;
    if (response === 0) win.webContents.reload();
    else win.close();
  });
  win.on('unresponsive', async () => {
    log('renderer unresponsive');
    const { response } = await dialog.showMessageBox(win, {
      type: 'warning',
      title: 'Tracelens',
      message: 'The Tracelens window is not responding.',
      detail: 'You can wait for it, or reload it. Your saved labels are kept.',
      buttons: ['Wait', 'Reload'],
      defaultId: 0,
    });
    if (response === 1 && !win.isDestroyed()) {
      // A hung renderer cannot reload itself: end its process, then load the page anew.
      reloadingHungRenderer = true;
      win.webContents.forcefullyCrashRenderer();
      win.webContents.reload();
    }
  });
}
