/** The CLI run in-process as the tests drive it: stdout and stderr captured, stderr not a TTY. */
import { main } from '../src/cli/main.js';

export async function runCli(cwd: string, argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    errIsTTY: false,
    cwd,
  });
  // json() is not enumerable, so a test can compare the result with toEqual({ code, out, err })
  return Object.defineProperty({ code, out, err }, 'json', { value: () => JSON.parse(out) }) as {
    code: number;
    out: string;
    err: string;
    json: () => ReturnType<typeof JSON.parse>;
  };
}
