import { useEffect, useState } from 'react';
import { useDatasetStore } from '../dataset/datasetStore';
import { useNoticeStore } from './noticeStore';

/**
 * Drop a dataset file or folder anywhere on the window. The desktop app gets
 * its path from the preload bridge; a browser cannot know local paths, so
 * serve mode says how to open data there instead.
 */
export function DropZone() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      const path = window.tracelens?.pathForFile(file);
      if (path) void useDatasetStore.getState().open(path);
      else
        useNoticeStore.getState().push({
          level: 'info',
          message: 'A browser cannot open local files by drag and drop. Start `tracelens serve <path>` on the machine that holds the data, or use the desktop app.',
        });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over ? <div className="drop-overlay">Drop a dataset file or folder to open it</div> : null;
}
