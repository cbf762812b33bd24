// CLI output: compact text (path:line:col, clickable in terminals), JSON, SARIF 2.1.0. Every
// format is written file by file, in input order, as files are done: the output of a large
// folder is never held whole. The bytes are those of one JSON.stringify(document, null, 2).
import type { AnyRule } from '../engine/rule';
import { ruleDocUrl } from '../engine/rule';
import type { FileResult, LocatedFinding } from './check-file';

export interface OutputWriter {
  /** Output for one more checked file. */
  file(report: FileResult): string;
  /** Output after the last file; `notReports` files were skipped as not reports. */
  end(notReports?: number): string;
}

export function textWriter(): OutputWriter {
  const summary = new Summary();
  return {
    file(report) {
      summary.add(report);
      return report.findings.map((f) => `${report.filePath}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]\n`).join('');
    },
    end: (notReports = 0) => summary.text(notReports),
  };
}

/** What the CLI says about files it skipped as not reports. */
export function notReportsNote(n: number): string {
  return `${n} file${n === 1 ? '' : 's'} skipped as not ${n === 1 ? 'a report' : 'reports'} (no template in the front matter and no "reports" glob in the config matching; name one with "template: id", or use --template id)`;
}

/** The text summary's tallies, added up file by file. */
class Summary {
  private files = 0;
  private anyFindings = false;
  private count = { error: 0, warning: 0, info: 0, hint: 0 };
  private reasons = new Map<string, number>();
  private suppressed = 0;
  private fixed = 0;
  /** Files checked with the config's default template because their front matter names none. */
  private byDefault = new Map<string, number>();
  /** Set when --quiet hid findings: how many of each. */
  private hidden?: { warning: number; info: number };

  add(report: FileResult): void {
    this.files++;
    if (report.defaultTemplate && report.template) this.byDefault.set(report.template, (this.byDefault.get(report.template) ?? 0) + 1);
    if (report.findings.length) this.anyFindings = true;
    for (const finding of report.findings) this.count[finding.severity as keyof Summary['count']]++;
    for (const s of report.suppressed) {
      this.suppressed++;
      const key = `${s.ruleId}: ${s.reason ?? '(no reason given)'}`;
      this.reasons.set(key, (this.reasons.get(key) ?? 0) + 1);
    }
    this.fixed += report.fixed;
    if (report.hidden) {
      this.hidden ??= { warning: 0, info: 0 };
      this.hidden.warning += report.hidden.warning;
      this.hidden.info += report.hidden.info;
    }
  }

  text(notReports: number): string {
    const { count, files, suppressed, fixed } = this;
    const out: string[] = [];
    const total = count.error + count.warning + count.info + count.hint;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const inFiles = ` in ${plural(files, 'file')}`;
    const hidden = this.hidden;
    const summary = hidden
      ? `${total ? '' : 'No errors. '}${plural(count.error, 'error')}${inFiles}; ${plural(hidden.warning, 'warning')} and ${hidden.info} info hidden (--quiet)`
      : `${total ? '' : 'No findings. '}${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info + count.hint} info${inFiles}`;
    out.push(`${this.anyFindings ? '\n' : ''}${summary}${suppressed ? `; ${suppressed} suppressed` : ''}${fixed ? `; ${fixed} fixed` : ''}.`);
    // No template is applied silently: say which files were checked against the config's default.
    for (const [id, n] of this.byDefault) out.push(`${n} file${n === 1 ? '' : 's'} checked against the default template "${id}" (a "reports" glob matched; the front matter names no template).`);
    if (notReports) out.push(`${notReportsNote(notReports)}.`);
    if (suppressed) {
      out.push('Suppressed findings, with the reasons given:');
      for (const [reason, n] of this.reasons) out.push(`  ${n} × ${reason}`);
    }
    return `${out.join('\n')}\n`;
  }
}

export function jsonWriter(): OutputWriter {
  const items = jsonArray('[', '', ']\n');
  return {
    file: (r) => items.item({ filePath: r.filePath, findings: r.findings, suppressed: r.suppressed }),
    end: () => items.end(),
  };
}

/**
 * The items of an array in a document printed with 2-space indents, one at a time: `open` is
 * the document up to the array's `[`, `indent` that of the line holding it, `close` the rest
 * from its `]`. Each item is printed inside as many arrays as the indent needs, so that
 * JSON.stringify indents it as it would inside the whole document, and cut out of them
 * (re-indenting the printed item instead took twice as long).
 */
function jsonArray(open: string, indent: string, close: string) {
  const depth = indent.length / 2 + 1;
  const nest = (value: unknown) => {
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };
  const probe = JSON.stringify(nest(0), null, 2);
  const head = probe.lastIndexOf('\n', probe.indexOf('0'));
  const tail = probe.length - probe.indexOf('0') - 1;
  let count = 0;
  return {
    item: (value: unknown) => {
      const printed = JSON.stringify(nest(value), null, 2);
      return `${count++ ? ',' : open}${printed.slice(head, printed.length - tail)}`;
    },
    end: () => (count ? `\n${indent}${close}` : `${open}${close}`),
  };
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };

export function sarifWriter(rules: AnyRule[], version: string): OutputWriter {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const result = (r: FileResult, f: LocatedFinding, suppression?: { reason: string | null }) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: r.filePath.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      },
    }],
    ...(suppression ? { suppressions: [{ kind: 'inSource', justification: suppression.reason ?? '' }] } : {}),
  });
  // `results` is the last member of the last run: the document is split around its array.
  const [open, close] = JSON.stringify(sarifLog(rules, version), null, 2).split(/(?<="results": \[)/);
  const results = jsonArray(open, '      ', `${close}\n`);
  return {
    file: (r) => [...r.findings.map((f) => result(r, f)), ...r.suppressed.map((f) => result(r, f, f))].map(results.item).join(''),
    end: () => results.end(),
  };
}

/** The SARIF log without results. */
function sarifLog(rules: AnyRule[], version: string) {
  return {
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
      results: [],
    }],
  };
}
