// Writes what is generated from rule metadata: docs/rules/<id>.md, the rules table in the
// README (between markers), and schemas/config.schema.json. `--check` fails on any drift.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { rules } from '../server/src/engine/rules/index';
import { buildConfigSchema } from '../server/src/engine/schema';
import type { AnyRule } from '../server/src/engine/rule';

const root = resolve(__dirname, '..');
const check = process.argv.includes('--check');
const drift: string[] = [];

function write(path: string, content: string) {
  const full = resolve(root, path);
  const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  if (current === content) return;
  if (check) drift.push(path);
  else {
    mkdirSync(resolve(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
}

function rulePage(rule: AnyRule): string {
  const options = Object.entries(rule.options);
  const lines = [
    `# ${rule.id}`,
    '',
    `> ${rule.description}`,
    '',
    '| | |',
    '|---|---|',
    `| Default severity | \`${rule.defaultSeverity}\` |`,
    `| Tags | ${rule.tags.join(', ')} |`,
    `| Quick fix | ${rule.fixable ? 'yes' : 'no'} |`,
    '',
    rule.docs.trim(),
    '',
    '## Configuration',
    '',
    'In `.inspection-reports.yaml`:',
    '',
    '```yaml',
    'rules:',
    options.length
      ? [`  ${rule.id}:`, `    severity: ${rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity}`, ...options.map(([k, o]) => `    ${k}: ${JSON.stringify(o.default)}`)].join('\n')
      : `  ${rule.id}: ${rule.defaultSeverity === 'error' ? 'warning' : 'error'}   # or error, warning, info, off`,
    '```',
    '',
  ];
  if (options.length) {
    lines.push('| Option | Type | Default | Description |', '|---|---|---|---|');
    for (const [k, o] of options) lines.push(`| \`${k}\` | ${o.type} | \`${JSON.stringify(o.default)}\` | ${o.description} |`);
    lines.push('');
  }
  lines.push('To silence one finding, put `<!-- inspection-reports-disable-next-line ' + rule.id + ' -- reason -->` on the line above it.', '', '_This page is generated from the rule\'s metadata by `npm run docs`._', '');
  return lines.join('\n');
}

for (const rule of rules) write(`docs/rules/${rule.id}.md`, rulePage(rule));
write('schemas/config.schema.json', `${JSON.stringify(buildConfigSchema(), null, 2)}\n`);

const readmePath = resolve(root, 'README.md');
if (existsSync(readmePath)) {
  const readme = readFileSync(readmePath, 'utf8');
  const table = ['| Rule | Default | Fix | Description |', '|---|---|---|---|', ...rules.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.fixable ? 'yes' : ''} | ${r.description} |`)].join('\n');
  const updated = readme.replace(/(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/, `$1\n${table}\n$2`);
  write('README.md', updated);
}

if (drift.length) {
  console.error(`Generated files are out of date (run npm run docs): ${drift.join(', ')}`);
  process.exit(1);
}
