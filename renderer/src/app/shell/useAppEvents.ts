import { useEffect } from 'react';
import { api } from '../../api';
import { runUiCommand } from '../commands/commands';
import { useDatasetStore } from '../dataset/datasetStore';
import { useNoticeStore } from './noticeStore';
import { openDeepLink } from './openLink';

/** What the desktop shell asks of the UI: open a path or link, run a menu command, show a notice. */
export function useAppEvents(): void {
  useEffect(() => {
    const offOpen = api.on('app:open', ({ path, link }) => {
      if (link) {
        void openDeepLink(link).then((ok) => {
          if (!ok) useNoticeStore.getState().push({ level: 'warning', message: `Not a Tracelens link: ${link.slice(0, 200)}` });
        });
      } else if (path) {
        void useDatasetStore.getState().open(path);
      }
    });
    const offCommand = api.on('app:command', ({ command }) => runUiCommand(command));
    const offNotice = api.on('app:notice', (notice) => useNoticeStore.getState().push(notice));
    return () => {
      offOpen();
      offCommand();
      offNotice();
    };
  }, []);
}
