import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';

export function AboutDialog({ onClose }: { onClose(): void }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.request('app:info', {}).then(setInfo, (e: Error) => setError(e.message));
  }, []);
  return (
    <Dialog title="About Tracelens" onClose={onClose} testId="about-dialog">
      <p>Explore NExT-style execution-trace self-training runs: programs, traces, rationales, fixes, iterations and human labels.</p>
      {error && <p className="error-text">{error}</p>}
      {info && (
        <table className="about-table">
          <tbody>
            <tr>
              <td>Version</td>
              <td>{info.version}</td>
            </tr>
            <tr>
              <td>Running as</td>
              <td>{info.host === 'electron' ? 'desktop app' : 'browser host (tracelens serve)'}</td>
            </tr>
            {Object.entries(info.versions).map(([k, v]) => (
              <tr key={k}>
                <td>{k}</td>
                <td>{v}</td>
              </tr>
            ))}
            <tr>
              <td>Browser</td>
              <td>{navigator.userAgent}</td>
            </tr>
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
