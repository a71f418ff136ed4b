/** Overall and category scores; a score that was not measured shows "n/a", never 0. */
import type { Scores } from '../api';
import { h } from '../dom';

export const CATEGORIES: [keyof Scores, string][] = [
  ['bodyLanguage', 'Body language'],
  ['facialExpression', 'Facial expression'],
  ['vocalDelivery', 'Voice'],
  ['speechContent', 'Content'],
];

export const CATEGORY_LABELS: Record<keyof Scores, string> = { overall: 'Overall', ...Object.fromEntries(CATEGORIES) } as Record<keyof Scores, string>;

function score(key: keyof Scores, label: string, value: number | null, big = false): HTMLElement {
  const text = value == null ? 'n/a' : String(Math.round(value));
  return h('div', { class: big ? 'score overall' : 'score', 'data-score': key, 'data-value': value == null ? 'null' : String(value) },
    h('span', { class: 'score-label' }, label),
    h('span', { class: 'score-value' }, text, value == null ? null : h('span', { class: 'of' }, ' / 100')),
    value == null ? h('span', { class: 'hint' }, 'not measured') : h('meter', { min: 0, max: 100, value, 'aria-label': `${label} ${text} of 100` }));
}

export function scoresSection(id: string, scores: Scores): HTMLElement {
  return h('section', { class: 'scores', 'aria-label': 'Scores', id: 'scores', 'data-session': id },
    score('overall', 'Overall', scores.overall, true),
    ...CATEGORIES.map(([key, label]) => score(key, label, scores[key])));
}
