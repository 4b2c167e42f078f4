import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseJournal, type JournalEntry } from '../../../shared/annotation/journal';
import type { JournalAppendResult, JournalInfo, JournalReadResult } from '../../../shared/contract/labels';
import { journalDir, journalPath } from './journalPath';

/**
 * Append-only label journal, one JSONL file per dataset under
 * `<userDataDir>/labels-journal/`. An append is acknowledged only after the
 * bytes are fsync'd, so an acknowledged label survives a crash or power
 * loss. Appends to one file are serialised so that lines never interleave.
 */
export class LabelJournal {
  private queues = new Map<string, Promise<unknown>>();

  constructor(private readonly userDataDir: string) {}

  pathFor(datasetId: string): string {
    return journalPath(this.userDataDir, datasetId);
  }

  append(datasetId: string, entries: readonly JournalEntry[]): Promise<JournalAppendResult> {
    const file = this.pathFor(datasetId);
    const prev = this.queues.get(file) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(() => this.write(file, entries));
    this.queues.set(file, next);
    return next;
  }

  private async write(file: string, entries: readonly JournalEntry[]): Promise<JournalAppendResult> {
    const created = await ensureDir(path.dirname(file));
    let text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
    const fh = await fs.open(file, 'a+');
    try {
      const { size } = await fh.stat();
      if (size > 0) {
        // A crash mid-write leaves a torn last line; start on a fresh line so the new entry stays readable.
        const last = Buffer.alloc(1);
        await fh.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) text = '\n' + text;
      }
      await fh.appendFile(text, 'utf8');
      await fh.sync();
      if (size === 0 || created) await syncDir(path.dirname(file));
      return { appended: entries.length, bytes: size + Buffer.byteLength(text) };
    } finally {
      await fh.close();
    }
  }

  async read(datasetId: string): Promise<JournalReadResult> {
    const file = this.pathFor(datasetId);
    await this.queues.get(file)?.catch(() => undefined);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { datasetId, path: file, exists: false, entries: [], issues: [], tornTail: false };
      throw err;
    }
    return { datasetId, path: file, exists: true, ...parseJournal(text) };
  }

  /** Journals on disk; the dataset id is read from the first entry that names one. */
  async list(): Promise<JournalInfo[]> {
    const dir = journalDir(this.userDataDir);
    let names: string[];
    try {
      names = (await fs.readdir(dir)).filter((n) => n.endsWith('.jsonl'));
    } catch {
      return [];
    }
    const out: JournalInfo[] = [];
    for (const name of names.sort()) {
      const file = path.join(dir, name);
      const stat = await fs.stat(file);
      const { entries } = parseJournal((await readHead(file)).replace(/[^\n]*$/, ''));
      const first = entries.find((e) => e.op === 'put');
      const datasetId = first?.op === 'put' ? first.label.datasetId : name.replace(/\.jsonl$/, '');
      out.push({ datasetId, path: file, bytes: stat.size, modifiedAt: stat.mtime.toISOString() });
    }
    return out;
  }

  /** Waits for pending appends (called on shutdown). */
  async flush(): Promise<void> {
    await Promise.all([...this.queues.values()].map((p) => p.catch(() => undefined)));
  }
}

async function ensureDir(dir: string): Promise<boolean> {
  try {
    await fs.access(dir);
    return false;
  } catch {
    await fs.mkdir(dir, { recursive: true });
    return true;
  }
}

/** Makes a new file's directory entry durable too; not supported on Windows, where it is skipped. */
async function syncDir(dir: string): Promise<void> {
  try {
    const dh = await fs.open(dir, 'r');
    try {
      await dh.sync();
    } finally {
      await dh.close();
    }
  } catch {
    // EISDIR/EPERM on platforms that cannot fsync a directory.
  }
}

async function readHead(file: string, bytes = 256 * 1024): Promise<string> {
  const fh = await fs.open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await fh.close();
  }
}
