// A node:test reporter that writes one JSON line per skipped test (file, name, reason), and the
// closing list scripts/run-tests.mjs prints from them: what was skipped and how to install what
// it needs.
export default async function* skipReporter(source) {
  for await (const event of source) {
    // A skipped test is reported as passed, with `skip` set (true, or the reason given).
    if ((event.type === 'test:pass' || event.type === 'test:skip') && event.data.skip !== undefined && event.data.skip !== false) {
      const { name, file, skip } = event.data;
      yield `${JSON.stringify({ name, file: file ?? null, reason: typeof skip === 'string' ? skip : null })}\n`;
    }
  }
}

/** What was skipped, grouped by reason, and the command that installs what it needs; '' if nothing. */
export function skippedSummary(skipped) {
  if (!skipped.length) return '';
  const byReason = new Map();
  for (const s of skipped) {
    const reason = s.reason ?? '(no reason given)';
    if (!byReason.has(reason)) byReason.set(reason, []);
    byReason.get(reason).push(s);
  }
  const out = [`\n${skipped.length} test${skipped.length === 1 ? ' was' : 's were'} skipped:`];
  for (const [reason, tests] of byReason) {
    out.push(`  ${reason}`);
    for (const t of tests) out.push(`    - ${t.name}${t.file ? ` (${t.file.replace(`${process.cwd()}/`, '')})` : ''}`);
  }
  out.push('To run them, install what they need (Debian or Ubuntu; apt-get as root or with sudo):', '  bash scripts/install-test-deps.sh', '');
  return out.join('\n');
}
