// `npm run fuzz`: the property tests of test/property/ with many more runs and a random seed.
// The same files run in `npm test` with a fixed seed and few runs; the environment sets the rest:
//   node scripts/fuzz.mjs [--runs N] [--server-runs N] [--seed S] [--skip-known] [--time-limit SECONDS] [files...]
// --skip-known filters inputs that trigger bugs already listed in test/property/support.ts
// (KNOWN_BUGS), so a long run looks for new ones. The seed is printed first; a failure prints
// fast-check's seed and path, which `FUZZ_SEED=<seed> FUZZ_PATH=<path>` replays.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '2000' },
    'server-runs': { type: 'string', default: '300' },
    seed: { type: 'string' },
    'skip-known': { type: 'boolean', default: false },
    'time-limit': { type: 'string', default: '900' },
  },
});

const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
const dir = join('test', 'property');
// regressions.test.ts holds fixed counterexamples, not properties: more runs add nothing.
const files = positionals.length ? positionals : readdirSync(dir).filter((f) => f.endsWith('.test.ts') && f !== 'regressions.test.ts').sort().map((f) => join(dir, f));
console.log(`fuzz: seed ${seed}, ${values.runs} runs per engine property, ${values['server-runs']} per server property${values['skip-known'] ? ', known bugs skipped' : ''}`);
console.log(`fuzz: reproduce with FUZZ_SEED=${seed} FUZZ_RUNS=<runs> node --import tsx --test <file>`);

// The server property speaks to the built server.
const build = spawnSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = false;
for (const file of files) {
  const isServer = file.includes('server');
  const env = {
    ...process.env,
    FUZZ_SEED: seed,
    FUZZ_RUNS: isServer ? values['server-runs'] : values.runs,
    FUZZ_TIME_LIMIT: values['time-limit'],
    FUZZ_SKIP_KNOWN: values['skip-known'] ? '1' : '0',
  };
  console.log(`\nfuzz: ${file} (seed ${seed}, ${env.FUZZ_RUNS} runs)`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', file], { stdio: 'inherit', env });
  console.log(`fuzz: ${file} ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) failed = true;
}
console.log(`\nfuzz: seed ${seed}: ${failed ? 'FAILURES (see above)' : 'all properties held'}`);
process.exit(failed ? 1 : 0);
