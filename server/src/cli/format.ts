// CLI output: compact text (path:line:col, clickable in terminals), JSON, SARIF 2.1.0.
import type { AnyRule } from '../engine/rule';
import { ruleDocUrl } from '../engine/rule';
import type { FileResult, LocatedFinding } from './check-file';

/** Lines for one file, printed as soon as the file is done. */
export function formatTextFile(report: FileResult): string {
  return report.findings.map((f) => `${report.filePath}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]\n`).join('');
}

export function formatTextSummary(reports: FileResult[]): string {
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0, hint: 0 };
  const reasons = new Map<string, number>();
  let suppressed = 0;
  let fixed = 0;
  for (const report of reports) {
    for (const finding of report.findings) count[finding.severity as keyof typeof count]++;
    for (const s of report.suppressed) {
      suppressed++;
      const key = `${s.ruleId}: ${s.reason ?? '(no reason given)'}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    fixed += report.fixed;
  }
  const total = count.error + count.warning + count.info + count.hint;
  const summary = `${total ? '' : 'No findings. '}${count.error} error${count.error === 1 ? '' : 's'}, ${count.warning} warning${count.warning === 1 ? '' : 's'}, ${count.info + count.hint} info in ${reports.length} file${reports.length === 1 ? '' : 's'}`;
  out.push(`${reports.some((r) => r.findings.length) ? '\n' : ''}${summary}${suppressed ? `; ${suppressed} suppressed` : ''}${fixed ? `; ${fixed} fixed` : ''}.`);
  if (suppressed) {
    out.push('Suppressed findings, with the reasons given:');
    for (const [reason, n] of reasons) out.push(`  ${n} × ${reason}`);
  }
  return `${out.join('\n')}\n`;
}

export function formatJson(reports: FileResult[]): string {
  return `${JSON.stringify(reports.map((r) => ({ filePath: r.filePath, findings: r.findings, suppressed: r.suppressed })), null, 2)}\n`;
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };

export function formatSarif(reports: FileResult[], rules: AnyRule[], version: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const result = (r: FileResult, l: LocatedFinding, suppression?: { reason: string | null }) => {
    const f = l;
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: r.filePath.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
          region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn },
        },
      }],
      ...(suppression ? { suppressions: [{ kind: 'inSource', justification: suppression.reason ?? '' }] } : {}),
    };
  };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'inspection-reports',
          version,
          informationUri: 'https://github.com/inspection-reports/inspection-reports',
          rules: rules.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description },
            fullDescription: { text: rule.docs.split('\n\n')[0].replace(/\s+/g, ' ') },
            helpUri: ruleDocUrl(rule.id),
            help: { text: `${rule.description} See ${ruleDocUrl(rule.id)}` },
            defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
            properties: { tags: rule.tags },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { '%SRCROOT%': { uri: `file://${process.cwd().split('/').map(encodeURIComponent).join('/')}/` } },
      results: reports.flatMap((r) => [...r.findings.map((f) => result(r, f)), ...r.suppressed.map((f) => result(r, f, f))]),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
