import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { Popover } from '../../components/Popover';
import { useDatasetStore } from './datasetStore';
import './dataset.css';

function OpenForm({ close }: { close(): void }) {
  const recent = useDatasetStore((s) => s.recent);
  const opening = useDatasetStore((s) => s.opening);
  const error = useDatasetStore((s) => s.error);
  const open = useDatasetStore((s) => s.open);
  const [path, setPath] = useState(recent[0] ?? '');
  const [roots, setRoots] = useState<string[]>([]);

  useEffect(() => {
    // Serve mode only reads inside its roots: say which, so a refused path is no surprise.
    let live = true;
    api
      .request('app:info', {})
      .then((info) => live && info.host === 'serve' && setRoots(info.roots))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const submit = async (target: string, e?: FormEvent) => {
    e?.preventDefault();
    if (!target.trim()) return;
    if (await open(target.trim())) close();
  };

  return (
    <form className="open-form" onSubmit={(e) => void submit(path, e)}>
      <label htmlFor="open-path">File or folder (.jsonl, .jsonl.gz, .json)</label>
      <div className="open-row">
        <input
          id="open-path"
          autoFocus
          spellCheck={false}
          data-testid="open-path-input"
          placeholder="/data/runs/next-mbpp"
          value={path}
          onChange={(e) => setPath(e.target.value)}
        />
        <button type="submit" data-testid="open-submit" disabled={opening || !path.trim()}>
          {opening ? 'Opening…' : 'Open'}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert" data-testid="open-error">
          {error}
        </p>
      )}
      {roots.length > 0 && <p className="muted open-roots">This server reads only under: {roots.join(', ')}</p>}
      {recent.length > 0 && (
        <>
          <div className="open-recent-title">Recent</div>
          <ul className="open-recent">
            {recent.map((p, i) => (
              <li key={p}>
                <button type="button" className="link-button mono" data-testid={`recent-path-${i}`} title={p} onClick={() => void submit(p)}>
                  {p}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </form>
  );
}

/** "Open…" in the top bar: a path field with recent paths (works in serve mode and on the desktop). */
export function OpenDatasetControl() {
  const clearError = useDatasetStore((s) => s.clearError);
  return (
    <Popover label="Open…" ariaLabel="Open dataset" testId="open-dataset" className="open-dataset">
      {(close) => (
        <OpenForm
          close={() => {
            clearError();
            close();
          }}
        />
      )}
    </Popover>
  );
}
