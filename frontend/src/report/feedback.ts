/**
 * Strengths, tips with the moments they cite (buttons that play the local recording; plain times in a read-only
 * view, which has no recording), the improvement plan.
 */
import { h } from '../dom';
import type { LocalPlayback } from './playback';
import { clock, type Advice, type PlanItem, type TimeRange } from './types';

function evidenceLine(a: Advice): HTMLElement | null {
  const e = a.evidence;
  if (!e) return null;
  return h('p', { class: 'hint evidence' }, `Measured ${e.value}${e.unit.startsWith('/') || e.unit === '%' ? '' : ' '}${e.unit}; target ${e.target}.`);
}

const momentText = (r: TimeRange) => h('span', { class: 'moment-time', 'data-start': r.start, 'data-end': r.end },
  r.end - r.start >= 1 ? `${clock(r.start)}–${clock(r.end)}` : clock(r.start));

function advice(a: Advice, i: number, kind: 'tip' | 'strength', playback: LocalPlayback | null): HTMLElement {
  const ranges = a.evidence?.timeRanges ?? [];
  return h('li', { class: kind, 'data-index': i },
    h('h3', {}, a.area),
    h('p', { class: 'message' }, a.message),
    evidenceLine(a),
    ranges.length > 0
      ? h('div', { class: 'moments', role: 'group', 'aria-label': `Moments for ${a.area}` },
        h('span', { class: 'label' }, 'Moments: '), ...ranges.map((r) => (playback ? playback.momentButton(r) : momentText(r))))
      : null);
}

export function feedbackSections(f: { strengths: Advice[]; tips: Advice[]; improvementPlan: PlanItem[] } | undefined,
                                  playback: LocalPlayback | null): HTMLElement[] {
  if (!f) return [];
  return [
    h('section', { 'aria-labelledby': 'tips-heading' }, h('h2', { id: 'tips-heading' }, 'Tips'),
      f.tips.length === 0
        ? h('p', { class: 'hint' }, 'No tips this time: nothing measured fell outside its target.')
        : h('ol', { class: 'advice', id: 'tips' }, ...f.tips.map((t, i) => advice(t, i, 'tip', playback)))),
    h('section', { 'aria-labelledby': 'strengths-heading' }, h('h2', { id: 'strengths-heading' }, 'Strengths'),
      f.strengths.length === 0
        ? h('p', { class: 'hint' }, 'No strength stood out in what was measured.')
        : h('ul', { class: 'advice', id: 'strengths' }, ...f.strengths.map((s, i) => advice(s, i, 'strength', playback)))),
    f.improvementPlan.length === 0 ? h('span', {}) : h('section', { 'aria-labelledby': 'plan-heading' },
      h('h2', { id: 'plan-heading' }, 'Your improvement plan'),
      h('ol', { class: 'plan', id: 'plan' }, ...f.improvementPlan.map((p) =>
        h('li', {}, h('strong', {}, p.focus), h('p', {}, p.exercise), h('p', { class: 'hint' }, `Target: ${p.target}`))))),
  ];
}
