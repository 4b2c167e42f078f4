import { execFile } from 'node:child_process';
import type { PythonInfo } from '../../../shared/contract/trace';

export const NO_PYTHON = 'No Python 3 interpreter found — set its path in Settings';
const PROBE = "import sys, json; print(json.dumps({'v': list(sys.version_info[:3]), 'exe': sys.executable}))";

interface Probe {
  ok: boolean;
  executable?: string;
  version?: string;
  reason?: string;
}

function probe(command: string): Promise<Probe> {
  return new Promise((resolve) => {
    execFile(command, ['-I', '-c', PROBE], { timeout: 10_000, windowsHide: true }, (err, stdout) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        resolve({ ok: false, reason: code === 'ENOENT' ? 'not found' : err.message.split('\n')[0] });
        return;
      }
      try {
        const { v, exe } = JSON.parse(stdout) as { v: number[]; exe: string };
        const version = v.join('.');
        if (v[0] !== 3 || v[1] < 8) resolve({ ok: false, reason: `Python ${version} is too old (3.8 or newer is needed)` });
        else resolve({ ok: true, version, executable: exe || command });
      } catch {
        resolve({ ok: false, reason: 'did not answer like a Python 3 interpreter' });
      }
    });
  });
}

/**
 * The first working interpreter among the configured path, `python3` and
 * `python`. The resolved `sys.executable` is what the tracer then runs, so
 * that shims (pyenv) are not in the way of the process-group kill.
 */
export async function findPython(configured?: string | null, onlyConfigured = false): Promise<PythonInfo> {
  const candidates = configured && onlyConfigured ? [configured] : [...(configured ? [configured] : []), 'python3', 'python'];
  const tried: string[] = [];
  for (const candidate of candidates) {
    const result = await probe(candidate);
    if (result.ok) {
      const warning = configured && candidate !== configured ? `The configured interpreter ${configured} did not work (${tried[0]}); using ${candidate}` : undefined;
      return { ok: true, path: candidate, executable: result.executable!, version: result.version!, ...(warning ? { warning } : {}) };
    }
    tried.push(`${candidate}: ${result.reason}`);
  }
  return { ok: false, error: onlyConfigured ? `${configured} is not a usable Python 3 interpreter (${tried[0]})` : NO_PYTHON, tried };
}
