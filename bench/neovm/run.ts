/**
 * NeoVM benchmarks: instructions per second on a handful of workloads. Run with
 * `npx tsx bench/neovm/run.ts` (add `--quick` for a short run). Each workload runs once with
 * a counting hook (to count instructions), then several times without hooks (timed).
 */
import { assemble, ExecutionEngine } from '../../src/neovm/index.js';

interface Workload {
  name: string;
  source: string;
}

const quick = process.argv.includes('--quick');
const N = quick ? 2_000 : 20_000;

const workloads: Workload[] = [
  {
    name: 'integer arithmetic loop',
    source: `
      INITSLOT 2 0
      PUSH0
      STLOC0            ; i = 0
      PUSH1
      STLOC1            ; acc = 1
    loop:
      LDLOC1
      PUSHINT16 1103
      MUL
      PUSHINT32 12345
      ADD
      PUSHINT32 1000003
      MOD
      STLOC1            ; acc = (acc * 1103 + 12345) % 1000003
      LDLOC0
      INC
      DUP
      STLOC0
      PUSHINT32 ${N * 10}
      JMPLT loop
      LDLOC1
      RET`,
  },
  {
    name: 'array building and packing',
    source: `
      INITSLOT 2 0
      PUSH0
      STLOC0            ; round = 0
    round:
      NEWARRAY0
      STLOC1
      PUSH0             ; j
    fill:
      LDLOC1
      OVER
      APPEND            ; arr.append(j)
      INC
      DUP
      PUSHINT16 500
      JMPLT fill
      DROP
      LDLOC1
      UNPACK            ; 500 items + count
      PACK              ; back into an array
      DROP
      LDLOC0
      INC
      DUP
      STLOC0
      PUSHINT32 ${N / 50}
      JMPLT round
      RET`,
  },
  {
    name: 'map insert and lookup',
    source: `
      INITSLOT 2 0
      PUSH0
      STLOC0
    round:
      NEWMAP
      STLOC1
      PUSH0
    insert:
      LDLOC1
      OVER
      DUP
      SETITEM           ; map[k] = k
      INC
      DUP
      PUSHINT16 300
      JMPLT insert
      DROP
      PUSH0
    lookup:
      LDLOC1
      OVER
      PICKITEM
      DROP
      INC
      DUP
      PUSHINT16 300
      JMPLT lookup
      DROP
      LDLOC0
      INC
      DUP
      STLOC0
      PUSHINT32 ${N / 20}
      JMPLT round
      RET`,
  },
  {
    name: 'deep call chains',
    source: `
      INITSLOT 1 0
      PUSH0
      STLOC0
    round:
      PUSHINT16 1000
      CALL_L down
      LDLOC0
      INC
      DUP
      STLOC0
      PUSHINT32 ${N / 20}
      JMPLT round
      RET
    down:               ; down(n): n == 0 ? return : down(n - 1)
      DUP
      JMPIFNOT done
      DEC
      CALL_L down
      RET
    done:
      DROP
      RET`,
  },
  {
    name: 'large buffer concatenation',
    source: `
      INITSLOT 2 0
      PUSH0
      STLOC0
      PUSHINT16 1024
      NEWBUFFER
      STLOC1            ; a 1 KiB chunk
    round:
      PUSHDATA1 0x
      PUSH0
    grow:
      SWAP
      LDLOC1
      CAT               ; s = s + chunk, up to 127 KiB
      SWAP
      INC
      DUP
      PUSHINT16 127
      JMPLT grow
      DROP
      SIZE
      DROP
      LDLOC0
      INC
      DUP
      STLOC0
      PUSHINT32 ${N / 100}
      JMPLT round
      RET`,
  },
];

function runOnce(script: Uint8Array, count: boolean): { state: string; instructions: number; ms: number } {
  let instructions = 0;
  const engine = new ExecutionEngine(
    count
      ? {
          hooks: {
            preExecuteInstruction: () => {
              instructions++;
            },
          },
        }
      : {},
  );
  engine.loadScript(script);
  const t0 = performance.now();
  engine.execute();
  const ms = performance.now() - t0;
  if (engine.state !== 'HALT') throw new Error(`workload faulted: ${engine.faultMessage}`);
  return { state: engine.state, instructions, ms };
}

console.log(`NeoVM benchmarks (Node ${process.version}${quick ? ', quick' : ''})`);
console.log(
  `${'workload'.padEnd(30)} ${'instructions'.padStart(12)} ${'best ms'.padStart(9)} ${'instr/s'.padStart(14)}`,
);
for (const w of workloads) {
  const script = assemble(w.source, w.name);
  const { instructions } = runOnce(script, true);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < (quick ? 2 : 5); i++) best = Math.min(best, runOnce(script, false).ms);
  const ips = instructions / (best / 1000);
  console.log(
    `${w.name.padEnd(30)} ${String(instructions).padStart(12)} ${best.toFixed(1).padStart(9)} ${Math.round(ips).toLocaleString('en-US').padStart(14)}`,
  );
}
