/** What was said, fillers and hedges highlighted (the transcript's filler flags and the report's hedge events). */
import { h } from '../dom';
import type { FullReport } from './types';

export function transcriptSection(r: FullReport): HTMLElement | null {
  const words = r.transcript?.words ?? [];
  if (words.length === 0) return null;
  const hedges = (r.events ?? []).filter((e) => e.type === 'hedge');
  const isHedge = (t: number) => hedges.some((e) => t >= e.start - 0.01 && t <= e.end + 0.01);
  const text = h('p', { class: 'transcript', id: 'transcript' });
  words.forEach((w, i) => {
    if (i > 0) text.append(' ');
    if (w.filler) text.append(h('mark', { class: 'filler', title: 'filler' }, w.word));
    else if (isHedge(w.start)) text.append(h('mark', { class: 'hedge', title: 'hedge' }, w.word));
    else text.append(w.word);
  });
  const fillers = words.filter((w) => w.filler).length;
  return h('section', { 'aria-labelledby': 'transcript-heading' },
    h('h2', { id: 'transcript-heading' }, 'Transcript'),
    h('p', { class: 'hint' }, `${words.length} words; `, h('mark', { class: 'filler' }, `${fillers} filler${fillers === 1 ? '' : 's'}`),
      ' and ', h('mark', { class: 'hedge' }, `${hedges.length} hedge${hedges.length === 1 ? '' : 's'}`), ' highlighted.'),
    text);
}
