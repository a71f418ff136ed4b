/**
 * Timeline charts as plain SVG (smaller than a chart library for four line charts): one line per measured
 * quantity, gaps where a window measured nothing, answers shaded. Each chart has a text summary and a table of its
 * values for screen readers and keyboard users.
 */
import { h } from '../dom';
import { clock, type TimelineEntry } from './types';

const SVG = 'http://www.w3.org/2000/svg';
const W = 600;
const H = 140;
const PAD = { left: 40, right: 8, top: 10, bottom: 22 };

export interface Series {
  id: string;
  title: string;
  unit: string;
  value: (e: TimelineEntry) => number | null | undefined;
  /** fixed axis range (eye contact 0-100 %); otherwise from the data */
  range?: [number, number];
  bars?: boolean;
}

export const TIMELINE_SERIES: Series[] = [
  { id: 'eye-contact', title: 'Eye contact', unit: '%', value: (e) => (e.eyeContact == null ? null : e.eyeContact * 100), range: [0, 100] },
  { id: 'pace', title: 'Pace', unit: 'words/min', value: (e) => e.wordsPerMinute },
  { id: 'pitch', title: 'Pitch', unit: 'Hz', value: (e) => e.pitchHz },
  { id: 'fillers', title: 'Fillers', unit: 'count', value: (e) => e.fillers, bars: true },
];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const fmt = (v: number) => (Math.abs(v) >= 10 || Number.isInteger(v) ? String(Math.round(v)) : v.toFixed(1));

/** A chart of one quantity over the session, or null when no window measured it. */
export function timelineChart(s: Series, timeline: TimelineEntry[], spans: { start: number; end: number }[]): HTMLElement | null {
  const points = timeline.map((e) => ({ t: e.t, end: e.end, v: s.value(e) ?? null }));
  const measured = points.filter((p): p is { t: number; end: number; v: number } => p.v != null);
  if (measured.length === 0) return null;
  const t0 = timeline[0].t;
  const t1 = timeline[timeline.length - 1].end;
  const values = measured.map((p) => p.v);
  const [lo, hi] = s.range ?? [Math.min(0, ...values), Math.max(...values) * 1.1 || 1];
  const x = (t: number) => PAD.left + ((t - t0) / Math.max(1e-9, t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / Math.max(1e-9, hi - lo)) * (H - PAD.top - PAD.bottom);

  const titleId = `chart-${s.id}-title`;
  const descId = `chart-${s.id}-desc`;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const summary = `${s.title}: mean ${fmt(mean)} ${s.unit}, from ${fmt(Math.min(...values))} to ${fmt(Math.max(...values))}, `
    + `measured in ${measured.length} of ${points.length} seconds.`;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': titleId, 'aria-describedby': descId, class: 'chart-svg' });
  const title = svg('title', { id: titleId });
  title.textContent = `${s.title} over the session`;
  const desc = svg('desc', { id: descId });
  desc.textContent = summary;
  chart.append(title, desc);
  for (const span of spans) {
    chart.append(svg('rect', { class: 'answer-span', x: x(span.start), y: PAD.top, width: Math.max(0, x(span.end) - x(span.start)), height: H - PAD.top - PAD.bottom }));
  }
  for (const v of [lo, hi]) {
    chart.append(svg('line', { class: 'grid', x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }));
    const label = svg('text', { class: 'tick', x: PAD.left - 4, y: y(v) + 4, 'text-anchor': 'end' });
    label.textContent = fmt(v);
    chart.append(label);
  }
  for (const t of [t0, (t0 + t1) / 2, t1]) {
    const label = svg('text', { class: 'tick', x: x(t), y: H - 6, 'text-anchor': t === t0 ? 'start' : t === t1 ? 'end' : 'middle' });
    label.textContent = clock(t);
    chart.append(label);
  }
  if (s.bars) {
    for (const p of measured) {
      if (p.v > 0) chart.append(svg('rect', { class: 'bar', x: x(p.t), y: y(p.v), width: Math.max(1, x(p.end) - x(p.t) - 1), height: y(lo) - y(p.v) }));
    }
  } else {
    // a gap (an unmeasured window) starts a new segment
    let d = '';
    let pen = false;
    for (const p of points) {
      if (p.v == null) { pen = false; continue; }
      d += `${pen ? 'L' : 'M'}${x((p.t + p.end) / 2).toFixed(1)},${y(p.v).toFixed(1)}`;
      pen = true;
    }
    chart.append(svg('path', { class: 'line', d }));
  }
  return h('figure', { class: 'chart', id: `chart-${s.id}` },
    h('figcaption', {}, h('strong', {}, s.title), ` (${s.unit})`),
    chart,
    h('p', { class: 'hint chart-summary' }, summary),
    h('details', { class: 'no-print' }, h('summary', {}, `${s.title}: the values as a table`),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Time'), h('th', { scope: 'col' }, `${s.title} (${s.unit})`))),
        h('tbody', {}, ...measured.map((p) => h('tr', {}, h('td', {}, clock(p.t)), h('td', {}, fmt(p.v))))))));
}
