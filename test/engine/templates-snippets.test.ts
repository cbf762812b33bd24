import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtinTemplates, ratedSectionIds } from '../../server/src/engine/templates/builtin';
import { compileTemplate } from '../../server/src/engine/templates/match';
import { allSnippets, choice, escapeSnippetText, reportSnippet, snippetPrefix, snippetsFileText, type Snippet } from '../../server/src/engine/templates/snippet';
import type { Template } from '../../server/src/engine/templates/types';

const SNIPPETS_FILE = resolve(process.cwd(), 'snippets/inspection-reports.code-snippets');
const REGENERATE = `node --import tsx --input-type=module -e "import { writeFileSync } from 'node:fs'; const m = (await import('./server/src/engine/templates/snippet.ts')).default; writeFileSync('snippets/inspection-reports.code-snippets', m.snippetsFileText())"`;

/** Expands a snippet body the way VS Code would if the user accepted every default (first choice). */
function expand(body: string[]): string {
  const values = new Map<string, string>();
  const unescape = (s: string) => s.replace(/\\([\\$}])/g, '$1');
  return body
    .join('\n')
    .replace(/\$\{(\d+)\|((?:\\.|[^|\\])*)\|\}|\$\{(\d+):((?:\\.|[^}\\])*)\}|\$\{(\d+)\}|\$(\d+)/g, (_m, cn, options, pn, value, mirror) => {
      if (cn) {
        const first = (options as string).split(/(?<!\\),/)[0].replace(/\\([,|\\])/g, '$1');
        values.set(cn, first);
        return first;
      }
      if (pn) {
        values.set(pn, unescape(value));
        return unescape(value);
      }
      if (mirror) return values.get(mirror) ?? '';
      return '';
    });
}

/** Tab stop numbers in order of first appearance (mirrors and $0 excluded). */
function tabStops(body: string[]): number[] {
  const seen: number[] = [];
  for (const m of body.join('\n').matchAll(/\$\{(\d+)[:|]/g)) {
    const n = Number(m[1]);
    if (!seen.includes(n)) seen.push(n);
  }
  return seen;
}

// The engine's placeholder pattern (structure.ts): [[...]] with no "]" or newline inside.
const PLACEHOLDER = /\[\[[^\]\n]*\]\]/g;

test('the committed snippets file is what snippet.ts generates (drift check)', () => {
  const committed = readFileSync(SNIPPETS_FILE, 'utf8');
  assert.equal(committed, snippetsFileText(), `snippets file is out of date; regenerate it with:\n${REGENERATE}`);
  const parsed = JSON.parse(committed) as Record<string, Snippet>;
  for (const t of builtinTemplates) {
    assert.deepEqual(parsed[`New report: ${t.title}`], reportSnippet(t), t.id);
  }
});

test('one new-report snippet per built-in template, with unique prefixes', () => {
  const snippets = Object.values(allSnippets());
  const prefixes = snippets.map((s) => s.prefix);
  assert.equal(new Set(prefixes).size, prefixes.length);
  for (const t of builtinTemplates) assert.ok(prefixes.includes(snippetPrefix(t)), t.id);
  assert.equal(snippetPrefix(builtinTemplates.find((t) => t.id === 'ciw-local-authority-children')!), 'report-ciw-children');
  assert.equal(snippetPrefix(builtinTemplates.find((t) => t.id === 'ciw-regulated-service')!), 'report-ciw-service');
  assert.equal(snippetPrefix(builtinTemplates.find((t) => t.id === 'cqc')!), 'report-cqc');
  for (const prefix of ['finding', 'area-for-improvement', 'recommendation', 'priority-action', 'quote', 'acronym', 'footnote']) {
    assert.ok(prefixes.includes(prefix), prefix);
  }
});

test('a new report has front matter naming the template, then every section heading in order', () => {
  for (const t of builtinTemplates) {
    const snippet = reportSnippet(t);
    const text = expand(snippet.body);
    const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
    assert.ok(match, `${t.id}: front matter`);
    const front = parseYaml(match[1]) as Record<string, unknown>;
    assert.equal(front.template, t.id);
    assert.equal(typeof front.service, 'string', `${t.id}: service is a string, not a YAML list`);
    assert.equal(typeof front.inspection_dates, 'string');
    assert.ok(Array.isArray(front.inspectors));

    const headings = [...text.matchAll(/^(#{1,6}) (.*)$/gm)];
    assert.equal(headings[0][1], '#', 'title first');
    const sections = headings.slice(1);
    assert.deepEqual(
      sections.map((h) => [h[1].length, h[2]]),
      t.sections.map((s) => [s.level, s.title]),
      t.id,
    );
    const compiled = compileTemplate(t);
    sections.forEach((h, i) => assert.equal(compiled.match(h[2]), i));
    assert.ok(snippet.body.at(-1) === '$0');
  }
});

test('guidance appears as [[...]] tab stops the engine recognises as placeholders', () => {
  for (const t of builtinTemplates) {
    const snippet = reportSnippet(t);
    const text = expand(snippet.body);
    const placeholders: string[] = text.match(PLACEHOLDER) ?? [];
    for (const s of t.sections) {
      if (s.id === 'judgements' && ratedSectionIds[t.id]) continue;
      assert.ok(placeholders.includes(`[[${s.guidance}]]`), `${t.id}/${s.id}`);
    }
    // Tab stops are numbered 1, 2, 3, ... in order.
    const stops = tabStops(snippet.body);
    assert.deepEqual(stops, stops.map((_, i) => i + 1), t.id);
  }
});

test('rated sections get a rating choice on the template scale; judgement tables get one per judgement', () => {
  const ciw = builtinTemplates.find((t) => t.id === 'ciw-regulated-service')!;
  const body = reportSnippet(ciw).body.join('\n');
  const line = '**Rating:** ${8|Excellent,Good,Requires improvement,Requires significant improvement|}';
  assert.ok(body.includes(line), body);
  assert.equal(body.split('**Rating:**').length - 1, ratedSectionIds['ciw-regulated-service'].length);
  assert.match(reportSnippet(ciw).description, /Environment: Only for services with accommodation/);

  const ilacs = builtinTemplates.find((t) => t.id === 'ofsted-ilacs')!;
  const text = expand(reportSnippet(ilacs).body);
  assert.match(text, /\| Judgement \| Grade \|\n\| --- \| --- \|\n\| Overall effectiveness \| Outstanding \|/);
  assert.equal((text.match(/^\| The experiences and progress/gm) ?? []).length, 3);

  const generic = builtinTemplates.find((t) => t.id === 'generic')!;
  assert.ok(!reportSnippet(generic).body.join('\n').includes('Rating'));
});

test('reportSnippet works for any template and escapes snippet syntax', () => {
  const t: Template = {
    id: 'custom',
    title: 'Custom',
    description: '',
    source: '',
    ratings: ['A|B', 'C,D'],
    sections: [{ id: 'costs', title: 'Costs in $', aliases: [], required: true, level: 2, guidance: 'Give {the} cost in $ and }' }],
  };
  const snippet = reportSnippet(t);
  assert.equal(snippet.prefix, 'report-custom');
  assert.ok(snippet.body.includes('## Costs in \\$'));
  assert.ok(snippet.body.includes('${5:[[Give {the\\} cost in \\$ and \\}]]}'), snippet.body.join('\n'));
  assert.equal(escapeSnippetText('a$b}c\\'), 'a\\$b\\}c\\\\');
  assert.equal(choice(1, ['A|B', 'C,D']), '${1|A\\|B,C\\,D|}');
  assert.ok(expand(snippet.body).includes('[[Give {the} cost in $ and }]]'));
});

test('authoring snippets', () => {
  const s = allSnippets();
  assert.deepEqual(s['Acronym definition'].body, ['${1:Long Form} (${2:LF})$0']);
  const footnote = expand(s['Evidence footnote'].body);
  assert.match(footnote, /^\[\^evidence-1\]\n\n\[\^evidence-1\]: Case file review: \[\[.*\]\]$/);
  const finding = expand(s['Finding with evidence'].body);
  assert.match(finding, /\[\^evidence-1\]\n\n\[\^evidence-1\]: /);
  assert.ok(s['Area for improvement'].body.join('\n').includes('${3|New,Reviewed,Not achieved,Achieved|}'));
  assert.ok(s['Priority action'].body.join('\n').includes('**Priority action:**'));
  assert.match(expand(s['Attributed quotation'].body), /^> “\[\[.*\]\]”\n>\n> — A person using the service$/m);
  assert.match(expand(s['Rating (CIW)'].body), /^\*\*Rating:\*\* Excellent/);
  assert.equal(expand(s['Suppress a check'].body).trim(), '<!-- inspection-reports-disable-next-line rule-id -- reason -->');
  for (const [name, snippet] of Object.entries(s)) {
    assert.ok(snippet.description, name);
    const stops = tabStops(snippet.body);
    assert.deepEqual(stops, stops.map((_, i) => i + 1), name);
  }
});
