/** The `concorde` CLI run as its own process, as a user runs it (`node --import tsx ingest/cli.ts`). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `env` (added to this process's); a non-zero exit resolves with its code, never throws. */
export function runCli(env: Record<string, string>, args: string[], timeoutMs = 240_000): Promise<CliRun> {
  return run('node', ['--import', 'tsx', 'ingest/cli.ts', ...args], { env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 64 * 1048576 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: CliRun) => e,
  );
}
