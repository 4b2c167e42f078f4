import type { Command } from 'commander';
import { formatIssue, issuePath, withDatasets } from '../../services/dataset/cliSupport';

interface ValidateOptions {
  json?: boolean;
  mapping?: string;
}

export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('Check dataset files line by line; print each problem compiler-style as file:line: reason.')
    .argument('<path...>', 'dataset files or folders (.jsonl, .jsonl.gz, JSON arrays)')
    .option('--json', 'print a JSON array of {file, line, reason, severity}')
    .option('--mapping <file>', 'field mapping (JSON) for files in another format')
    .addHelpText('after', '\nExit status: 0 when every line is valid (warnings allowed), 1 when any line is invalid, 2 when a path cannot be read.')
    .action(async (paths: string[], options: ValidateOptions) => {
      process.exitCode = await validateCommand(paths, options);
    });
}

export function validateCommand(paths: string[], options: ValidateOptions, out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  // strict: every record goes through JSON.parse and the adapter, not only the fast scanner.
  return withDatasets('validate', paths, { ...options, strict: true }, err, (datasets) => {
    const found: Array<{ file: string; line: number; reason: string; severity: 'error' | 'warning' }> = [];
    let lines = 0;
    let files = 0;
    let unlisted = 0;
    for (const ds of datasets) {
      lines += ds.summary().lines;
      files += ds.files.length;
      unlisted += ds.droppedErrors;
      for (const issue of ds.issues()) found.push({ file: issuePath(ds, issue), line: issue.line, reason: issue.reason, severity: issue.severity ?? 'error' });
    }
    const errors = found.filter((f) => f.severity === 'error').length + unlisted;
    if (options.json) out(JSON.stringify(found, null, 2));
    else {
      for (const f of found) out(formatIssue(f.file, f));
      if (unlisted) out(`… and ${unlisted.toLocaleString('en')} more invalid lines not listed`);
      err(`tracelens validate: ${errors ? `${errors.toLocaleString('en')} invalid` : 'no invalid'} line${errors === 1 ? '' : 's'}, ${(found.length - errors).toLocaleString('en')} warning${found.length - errors === 1 ? '' : 's'} in ${lines.toLocaleString('en')} lines of ${files} file${files === 1 ? '' : 's'}`);
    }
    return errors ? 1 : 0;
  });
}
