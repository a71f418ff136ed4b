/** Per-answer sections (the live session's answers and their summaries) and the content analysis. */
import { h } from '../dom';
import { clock, type AnswerSummary, type Content, type FullReport } from './types';

const pct = (v: number | null) => (v == null ? 'n/a' : `${Math.round(v * 100)} %`);
const num = (v: number | null, unit: string) => (v == null ? 'n/a' : `${Math.round(v)} ${unit}`);

function summaryList(s: AnswerSummary): HTMLElement {
  const rows: [string, string][] = [
    ['Length', `${Math.round(s.durationSec)} s`],
    ['Eye contact', pct(s.eyeContactRatio)],
    ['Speaking', pct(s.speechRatio)],
    ['Pace', num(s.wordsPerMinute, 'words/min')],
    ['Fillers', s.fillers == null ? 'n/a' : String(s.fillers)],
    ['Posture', num(s.postureScore, '/ 100')],
    ['Pitch', num(s.pitchMedianHz, 'Hz')],
  ];
  return h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function contentBlock(c: Content): HTMLElement {
  const star = c.star;
  return h('div', { class: 'content', id: 'content' },
    h('p', {}, 'Content relevance: ', h('strong', {}, c.relevanceScore == null ? 'n/a' : `${Math.round(c.relevanceScore)} / 100`)),
    c.talkingPoints.length > 0
      ? h('ul', {}, ...c.talkingPoints.map((p) => h('li', {}, `${p.point}: ${Math.round(p.coverage * 100)} % covered`,
        p.missing.length > 0 ? h('span', { class: 'hint' }, ` (not mentioned: ${p.missing.join(', ')})`) : null)))
      : null,
    star && star.applies !== false
      ? h('p', {}, 'STAR structure: ', star.found.length > 0 ? `found ${star.found.join(', ')}` : 'no cues found',
        star.missing.length > 0 ? `; missing ${star.missing.join(', ')}` : '', '.')
      : null);
}

export function answersSection(r: FullReport, questionText: (id: string | null) => string): HTMLElement | null {
  const answers = r.answers ?? [];
  if (answers.length === 0 && !r.content) return null;
  return h('section', { 'aria-labelledby': 'answers-heading' },
    h('h2', { id: 'answers-heading' }, 'Your answers'),
    h('ol', { id: 'answers', class: 'answers' }, ...answers.map((a) =>
      h('li', {},
        h('h3', {}, questionText(a.questionId)),
        h('p', { class: 'hint' }, `${clock(a.start)}–${clock(a.end)} (${Math.round(a.end - a.start)} s)`),
        a.summary ? summaryList(a.summary) : null))),
    r.content ? contentBlock(r.content) : null);
}
