import { rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { readWholeFile } from './open-file.js';

/** An output that another run is writing: two runs on one output would interleave or overwrite each other. */
export class OutputInUseError extends Error {
  readonly lockFile: string;
  constructor(output: string, lockFile: string, holder: LockHolder | null) {
    const who = holder ? `process ${holder.pid} on ${holder.host}, since ${holder.since}` : 'a run whose lock cannot be read';
    super(`${output} is being written by another run (${who}); wait for it to end, or remove ${lockFile} if no run is using it`);
    this.name = 'OutputInUseError';
    this.lockFile = lockFile;
  }
}

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export const LOCK_SUFFIX = '.thai-extract.lock';

/** The lock of an output: `DIR/.thai-extract.lock` in a folder, `.NAME.thai-extract.lock` beside a file. */
export function lockFileFor(output: string, kind: 'file' | 'folder'): string {
  return kind === 'folder' ? path.join(output, LOCK_SUFFIX) : path.join(path.dirname(output), `.${path.basename(output)}${LOCK_SUFFIX}`);
}

/**
 * Takes the output for this run: creates its lock file exclusively, holding this process's id
 * and host. A lock left by a run that was killed (its process is gone, on this host) is taken
 * over; one held by a live process, or by another host, is refused with OutputInUseError. The
 * folder must exist. Returns the release function, which removes the lock.
 */
export async function lockOutput(output: string, kind: 'file' | 'folder'): Promise<() => Promise<void>> {
  const lockFile = lockFileFor(output, kind);
  const mine: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lockFile, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputInUseError(output, lockFile, await readHolder(lockFile));
        throw error;
      }
    }
    const holder = await readHolder(lockFile);
    if (!holder || holder.host !== mine.host || isAlive(holder.pid)) throw new OutputInUseError(output, lockFile, holder);
    // The run that held it is gone: its lock is stale.
    await rm(lockFile, { force: true });
  }
}

async function readHolder(lockFile: string): Promise<LockHolder | null> {
  try {
    // A lock file is a line; whatever else has its name is not read whole.
    const bytes = await readWholeFile(lockFile, false, 4096);
    const holder = JSON.parse(bytes?.toString('utf8') ?? '') as LockHolder;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? holder : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
