import type { Command } from 'commander';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createBackend } from '../../backend/createBackend';
import { bundleDir, defaultUserDataDir, demoDatasetPath, rendererDir } from '../../backend/paths';
import { APP_VERSION } from '../../backend/version';
import { createHttpHost, listen } from '../../server/httpHost';
import { generateToken, isLoopbackHost } from '../../server/security';

interface ServeOptions {
  port: string;
  host: string;
  token?: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the Tracelens UI and API to a browser (e.g. over an SSH tunnel from a GPU machine).')
    .argument('[path...]', 'dataset files or folders to serve (default: the bundled demo dataset)')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', '8737')
    .option('--host <host>', 'address to bind; anything but loopback requires a token', '127.0.0.1')
    .option('--token <token>', 'require this token (instead of a random one); on loopback it turns the token on')
    .addHelpText(
      'after',
      '\nSecurity: bound to loopback (the default) the server needs no token, so every user of this machine\n' +
        'can reach it; on a shared machine pass --token. Bound to any other address it requires a random\n' +
        'token, carried in the printed URL. Only the given dataset paths can be opened.',
    )
    .action(async (paths: string[], options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`tracelens serve: invalid port: ${options.port}`);
        process.exitCode = 2;
        return;
      }
      if (options.token !== undefined && options.token.length < 8) {
        console.error('tracelens serve: --token must be at least 8 characters');
        process.exitCode = 2;
        return;
      }
      const roots = (paths.length ? paths : [demoDatasetPath()]).map((p) => resolve(p));
      const missing = roots.filter((p) => !existsSync(p));
      if (missing.length) {
        console.error(`tracelens serve: no such file or folder: ${missing.join(', ')}`);
        process.exitCode = 2;
        return;
      }
      // A token given on the command line is always required, also on loopback (a shared GPU machine).
      const token = options.token ?? (isLoopbackHost(options.host) ? null : generateToken());
      const userDataDir = defaultUserDataDir();
      mkdirSync(userDataDir, { recursive: true });
      const backend = createBackend({
        host: 'serve',
        initialDataset: roots[0],
        roots,
        userDataDir,
        resourcesDir: bundleDir(),
        versions: { tracelens: APP_VERSION, node: process.versions.node },
      });
      const server = createHttpHost({ backend, staticDir: rendererDir(), host: options.host, port, token });
      try {
        const address = await listen(server, port, options.host);
        const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        const url = `http://${shownHost}:${address.port}/${token ? `?token=${encodeURIComponent(token)}` : ''}`;
        console.log(`Tracelens ${APP_VERSION} serving ${roots.join(', ')}`);
        console.log(`Open ${url}`);
        if (token) console.log('The token in the URL is required.');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        console.error(
          code === 'EADDRINUSE'
            ? `tracelens serve: port ${port} is in use; choose another with --port`
            : `tracelens serve: cannot listen on ${options.host}:${port}: ${(err as Error).message}`,
        );
        process.exitCode = 2;
        await backend.services.dispose();
        return;
      }
      // Ctrl-C: close the open event streams too (server.close alone waits for them), stop the
      // workers, and let Node exit once nothing is left running.
      const shutdown = () => {
        server.close();
        server.closeAllConnections();
        void backend.services.dispose();
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
