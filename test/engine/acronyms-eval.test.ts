import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { letterMatchable, parseBioC, score } from '../../scripts/eval-acronyms';
import { findDefinitions } from '../../server/src/engine/acronyms/detect';
import { findDefinitionsSchwartzHearst } from '../../server/src/engine/acronyms/schwartzHearst';

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?><collection><source>t</source><document><id>1</id><passage><infon key="type">title</infon><offset>0</offset><text>Care of alpha(2) cells</text></passage><passage><infon key="type">abstract</infon><offset>23</offset><text>The protein phosphatase 2A (PP2A) and &quot;green fluorescent protein (GFP)&quot; bind; CaMK (Calcium/calmodulin-dependent protein kinase) too.</text><annotation id="SF0"><infon key="ABBR">ShortForm</infon><location offset="51" length="4"/><text>PP2A</text></annotation><annotation id="LF0"><infon key="ABBR">LongForm</infon><location offset="27" length="22"/><text>protein phosphatase 2A</text></annotation><relation id="R0"><node refid="LF0" role="LongForm"/><node refid="SF0" role="ShortForm"/></relation><annotation id="SF1"><infon key="ABBR">ShortForm</infon><location offset="89" length="3"/><text>GFP</text></annotation><annotation id="LF1"><infon key="ABBR">LongForm</infon><location offset="62" length="25"/><text>green fluorescent protein</text></annotation><relation id="R1"><node refid="LF1" role="LongForm"/><node refid="SF1" role="ShortForm"/></relation></passage></document></collection>`;

test('BioC parser: passages, entities, relations', () => {
  const docs = parseBioC(SAMPLE);
  assert.equal(docs.length, 1);
  assert.equal(docs[0].passages.length, 2);
  assert.ok(docs[0].passages[1].text.includes('"green fluorescent protein (GFP)"'));
  assert.deepEqual(docs[0].passages[1].gold.map((g) => [g.sf, g.lfs[0]]), [
    ['PP2A', 'protein phosphatase 2A'],
    ['GFP', 'green fluorescent protein'],
  ]);
});

test('scoring: exact SF and LF, per unique pair', () => {
  const docs = parseBioC(SAMPLE);
  const ours = score(docs, (t) => findDefinitions(t), false);
  assert.equal(ours.gold, 2);
  assert.equal(ours.hits, 2);
  assert.equal(ours.predicted, 3); // CaMK is found too but not annotated in this sample
  // S&H take the shortest long form ("phosphatase 2A") and keep the opening quote ("\"green …").
  const sh = score(docs, findDefinitionsSchwartzHearst, false);
  assert.equal(sh.hits, 0);
  assert.deepEqual(findDefinitionsSchwartzHearst(docs[0].passages[1].text).map((d) => d.longForm).slice(0, 2), ['phosphatase 2A', '"green fluorescent protein']);
  assert.ok(letterMatchable('PP2A', 'protein phosphatase 2A'));
  assert.ok(!letterMatchable('E2', 'beta-estradiol'));
});

test('eval script: exits 0 with a message when the corpora are absent', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-acronyms.ts', '/nonexistent/corpora'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /not found/);
});
