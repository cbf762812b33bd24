// Real names of things for planted sentences: the authority the report is about (from its title)
// and the services, teams and boards it names, so planted sentences read like the report's own.
import { pick, type ReportText } from './text';

/** The authority's name: "Dorset" from "Inspection of Dorset local authority children’s services", or the title itself. */
export function authorityName(report: ReportText): string {
  const title = report.blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const words = title ? report.text.slice(title.textStart, title.end).trim() : '';
  const m = /^Inspection of (.+?) local authority children/i.exec(words);
  const name = (m ? m[1] : words).replace(/^(?:the )?(?:london borough|metropolitan borough|borough|city|county)(?: council)? of /i, '').replace(/ (?:council|county council|city council)$/i, '');
  return name && name.length < 40 ? name : 'the local authority';
}

/** Services, teams, hubs and boards the report names with capitals: "the Family Support and Advice Line". */
export function serviceNames(report: ReportText): string[] {
  const found = new Set<string>();
  const pattern = /\b(?:[A-Z][a-z’']+ (?:(?:and|for|of) )?){1,4}(?:Team|Hub|Service|Board|Partnership|Panel|Line|Unit|Door|Point)\b/g;
  for (const m of report.text.slice(report.bodyStart).matchAll(pattern)) {
    const name = m[0].replace(/^(?:The|This|These|Our|Their|Its|A|An) /, '');
    if (/^[A-Z][a-z’']+ /.test(name)) found.add(name);
  }
  return [...found];
}

/** Groups of people a finding is about. */
export const GROUPS = ['children in care', 'care leavers', 'children in need', 'disabled children', 'young people at risk of exploitation', 'unaccompanied asylum-seeking children', 'children on child protection plans', 'families'];
export const ONE_OF = ['child in care', 'care leaver', 'child in need', 'disabled child', 'young person at risk of exploitation', 'child on a child protection plan'];
/** Work a finding is about. */
export const PROCESSES = ['assessments', 'initial child protection conferences', 'return home interviews', 'strategy discussions', 'pathway plans', 'statutory visits', 'reviews of children’s plans', 'private fostering assessments'];
export const TOPICS = ['re-referrals', 'children subject to a child protection plan', 'children entering care', 'placement moves', 'care leavers in education, employment or training', 'repeat child protection plans'];

/** A service the report names, or a generic one. */
export function aService(report: ReportText, random: () => number): string {
  const named = serviceNames(report);
  return named.length && random() < 0.7 ? `the ${pick(random, named)}` : pick(random, ['the front door', 'the early help service', 'the leaving care team', 'the fostering service', 'the disabled children’s team', 'the children in care teams']);
}
