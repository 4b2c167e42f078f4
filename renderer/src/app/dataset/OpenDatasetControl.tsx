import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { Popover } from '../../components/Popover';
import { useDatasetStore } from './datasetStore';
import './dataset.css';

interface RecentItem {
  path: string;
  /** False when the backend found the path gone (shown, but greyed). */
  exists: boolean;
}

/**
 * Recent datasets: the backend's list (shared with File ▸ Open Recent), or
 * this browser's own list when the backend cannot say.
 */
function useRecent(): { items: RecentItem[]; roots: string[]; forget(path: string): void } {
  const local = useDatasetStore((s) => s.recent);
  const [remote, setRemote] = useState<RecentItem[] | null>(null);
  const [roots, setRoots] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    api
      .request('app:recent', {})
      .then((entries) => live && setRemote(entries.map((e) => ({ path: e.path, exists: e.exists }))))
      .catch(() => undefined);
    // Serve mode only reads inside its roots: say which, so a refused path is no surprise.
    api
      .request('app:info', {})
      .then((info) => live && info.host === 'serve' && setRoots(info.roots))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const forget = (path: string) => {
    api
      .request('app:recent-remove', { path })
      .then((entries) => setRemote(entries.map((e) => ({ path: e.path, exists: e.exists }))))
      .catch(() => undefined);
  };
  const items = remote && remote.length > 0 ? remote : local.map((path) => ({ path, exists: true }));
  return { items, roots, forget };
}

function OpenForm({ close }: { close(): void }) {
  const opening = useDatasetStore((s) => s.opening);
  const error = useDatasetStore((s) => s.error);
  const open = useDatasetStore((s) => s.open);
  const { items, roots, forget } = useRecent();
  const [path, setPath] = useState('');

  const submit = async (target: string, e?: FormEvent) => {
    e?.preventDefault();
    if (!target.trim()) return;
    if (await open(target.trim())) close();
  };
  // The desktop app can also browse with the native dialog.
  const browse = async (kind: 'file' | 'folder') => {
    const { path: picked } = await api.request('app:pick-dataset', { kind }).catch(() => ({ path: null }));
    if (picked) await submit(picked);
  };

  return (
    <form className="open-form" onSubmit={(e) => void submit(path, e)}>
      <label htmlFor="open-path">File or folder (.jsonl, .jsonl.gz, .json)</label>
      <div className="open-row">
        <input
          id="open-path"
          autoFocus
          spellCheck={false}
          data-testid="open-dataset-input"
          placeholder={items[0]?.path ?? '/data/runs/next-mbpp'}
          value={path}
          onChange={(e) => setPath(e.target.value)}
        />
        <button type="submit" data-testid="open-submit" disabled={opening || !path.trim()}>
          {opening ? 'Opening…' : 'Open'}
        </button>
      </div>
      {api.transport === 'electron' && (
        <div className="open-row">
          <button type="button" data-testid="open-browse-file" onClick={() => void browse('file')}>
            Choose file…
          </button>
          <button type="button" data-testid="open-browse-folder" onClick={() => void browse('folder')}>
            Choose folder…
          </button>
        </div>
      )}
      {error && (
        <p className="error-text" role="alert" data-testid="open-error">
          {error}
        </p>
      )}
      {roots.length > 0 && <p className="muted open-roots">This server reads only under: {roots.join(', ')}</p>}
      {items.length > 0 && (
        <>
          <div className="open-recent-title">Recent</div>
          <ul className="open-recent">
            {items.map((item, i) => (
              <li key={item.path} className={item.exists ? undefined : 'open-recent-missing'}>
                <button
                  type="button"
                  className="link-button mono"
                  data-testid={`recent-path-${i}`}
                  title={item.exists ? item.path : `${item.path} (no longer found)`}
                  onClick={() => void submit(item.path)}
                >
                  {item.path}
                </button>
                {!item.exists && (
                  <button type="button" className="icon-button" aria-label={`Forget ${item.path}`} onClick={() => forget(item.path)}>
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </form>
  );
}

/**
 * "Open…" in the top bar: a path field with recent paths. The browser's way
 * to open a dataset; the desktop also has the native dialog (File ▸ Open).
 * Other code opens it with `useDatasetStore.getState().showOpenForm()`.
 */
export function OpenDatasetControl() {
  const visible = useDatasetStore((s) => s.openFormVisible);
  const show = useDatasetStore((s) => s.showOpenForm);
  return (
    <Popover label="Open…" ariaLabel="Open dataset" testId="open-dataset" className="open-dataset" open={visible} onOpenChange={show}>
      {() => <OpenForm close={() => show(false)} />}
    </Popover>
  );
}
