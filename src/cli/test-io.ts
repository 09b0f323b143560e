/** An in-memory CliIO for running the CLI in-process in tests. */
import type { CliIO } from './io.js';

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function captureIO(
  cwd = process.cwd(),
  errIsTTY = false,
  stdin = '',
): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    errIsTTY,
    cwd,
    stdin: () => stdin,
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

/** Runs `polyvm ...argv` in-process and captures its output. */
export async function runCli(argv: string[], cwd?: string, stdin?: string): Promise<CapturedRun> {
  const { main } = await import('./main.js');
  const io = captureIO(cwd, false, stdin);
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
