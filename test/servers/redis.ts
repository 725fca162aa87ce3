import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, waitUntil } from './free-port.js';

/** A Redis server of the machine's own (`redis-server`), started for one test file. */
export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (as a crash would, without saving) and starts it again on the same port and folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `redis-server` on a free loopback port and waits until it answers; nothing is saved
 * to disk unless `appendOnly` (every write logged, so that a restart keeps the data). Throws
 * (never skips) when it cannot start: scripts/test.sh installs it.
 */
export async function startRedis(options: { appendOnly?: boolean } = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'thai-extract-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir, '--loglevel', 'warning'];
  args.push(...(options.appendOnly ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']));
  let server = await startServer(args, port).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async restart() {
      await server.kill('SIGKILL');
      server = await startServer(args, port);
    },
    async stop() {
      await server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startServer(args: string[], port: number): Promise<{ kill(signal: NodeJS.Signals): Promise<void> }> {
  let output = '';
  const child: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  let failure: Error | null = null;
  child.on('error', (error) => (failure = error));
  const exited = once(child, 'exit');
  const kill = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      await exited;
    }
  };
  try {
    await waitUntil(
      async () => failure === null && child.exitCode === null && (await ping(port)),
      20,
      () => `redis-server did not start on port ${port} (${failure?.message ?? `exit ${child.exitCode}`}): ${output.trim() || 'no output'}`,
    );
  } catch (error) {
    await kill('SIGTERM');
    throw error;
  }
  return { kill };
}

/** True when a Redis server on the port answers PING. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.setTimeout(1000, () => socket.destroy());
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      reply += d;
      if (reply.includes('\r\n')) socket.end();
    });
    socket.on('close', () => resolve(reply.startsWith('+PONG')));
    socket.on('error', () => resolve(false));
  });
}
