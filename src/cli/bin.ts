#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (`| head`) closes the pipe. `run` and `convert` say so and exit 3;
// the other commands' reports need no stack for it: what the reader took, it has.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`thai-extract: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
