import { useEffect } from 'react';
import { api } from '../../api';
import { useDatasetStore } from '../dataset/datasetStore';
import { useNoticeStore } from './noticeStore';
import { applyViewLink, openDeepLink, viewLinkFromLocation } from './openLink';

/**
 * What to show first: the view in the URL (a shared serve-mode link), else
 * the deep link the desktop app was launched with, else the dataset it was
 * started on (a path argument or the bundled demo).
 */
export function useStartup(): void {
  useEffect(() => {
    let cancelled = false;
    api
      .request('app:info', {})
      .then(async (info) => {
        if (cancelled) return;
        const fromUrl = viewLinkFromLocation();
        if (fromUrl.dataset) return applyViewLink(fromUrl);
        if (info.initialLink && (await openDeepLink(info.initialLink))) return;
        if (info.initialDataset) await useDatasetStore.getState().open(info.initialDataset);
        if (Object.keys(fromUrl).length) await applyViewLink(fromUrl);
      })
      .catch((err: Error) => useNoticeStore.getState().push({ level: 'error', message: `Cannot reach the Tracelens backend: ${err.message}` }));
    api
      .request('settings:get', {})
      .then(({ warning }) => warning && useNoticeStore.getState().push({ level: 'warning', message: warning }))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
}
