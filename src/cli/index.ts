#!/usr/bin/env node
import { processIO, reportError } from './io.js';
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportError({ io: processIO, verbose: true, exitCode: 1 }, error);
  },
);
