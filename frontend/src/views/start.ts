/** Start: pick the questions and what to be coached on. */
import { matchQuestions, questions as fetchQuestions, type Question } from '../api';
import { h, show } from '../dom';
import type { Focus } from '../protocol';
import { navigate } from '../router';
import { app, FOCUS_LABELS } from '../state';

const CATEGORY_LABELS: Record<string, string> = { behavioral: 'Behavioural', general: 'General' };

export function startPage(root: HTMLElement): void {
  const status = h('p', { role: 'status' }, 'Loading the questions…');
  show(root, h('h1', {}, 'Practise an interview'),
    h('p', { class: 'lead' }, 'Answer a few questions in front of your camera. A cue now and then helps while you speak; a report follows at the end. Your video never leaves this computer: the server keeps only measurements.'),
    status);
  fetchQuestions().then((all) => render(root, all), (e: Error) => {
    status.className = 'alert';
    status.replaceChildren(e.message, ' ', h('button', { type: 'button', onclick: () => startPage(root) }, 'Try again'));
  });
}

function render(root: HTMLElement, all: Question[]): void {
  const chosen = new Set(app.plan?.questions.map((q) => q.id) ?? all.slice(0, 2).map((q) => q.id));
  const categories = [...new Set(all.map((q) => q.category))];
  const list = h('ul', { class: 'choices', id: 'question-list' });
  const filter = h('select', { id: 'category' },
    h('option', { value: '' }, 'All questions'),
    ...categories.map((c) => h('option', { value: c }, CATEGORY_LABELS[c] ?? c.replace(/^role-/, 'Role: '))));
  const count = h('p', { class: 'hint', 'aria-live': 'polite' });
  // concepts of each question that the pasted job description mentions (after "Order by this job")
  const matchedBy = new Map<string, string[]>();
  const jobText = h('textarea', { id: 'job-description', rows: 4, maxlength: 20000,
    placeholder: 'Paste the job advert here (optional)' }) as HTMLTextAreaElement;
  const jobStatus = h('p', { class: 'hint', role: 'status' });
  const orderByJob = h('button', { type: 'button', id: 'order-by-job' }, 'Put its questions first');
  const error = h('p', { class: 'alert', role: 'alert', hidden: true });

  const updateCount = () => {
    count.textContent = `${chosen.size} question${chosen.size === 1 ? '' : 's'} chosen`;
  };
  const fill = () => {
    list.replaceChildren(...all.filter((q) => !filter.value || q.category === filter.value).map((q) => {
      const id = `q-${q.id}`;
      const box = h('input', { type: 'checkbox', id, value: q.id, checked: chosen.has(q.id),
        onchange: (e: Event) => {
          if ((e.target as HTMLInputElement).checked) chosen.add(q.id); else chosen.delete(q.id);
          updateCount();
        } });
      const matched = matchedBy.get(q.id) ?? [];
      return h('li', {}, box, h('label', { for: id }, q.text,
        matched.length > 0 ? h('span', { class: 'hint' }, ` — in the job: ${matched.join(', ')}`) : ''));
    }));
    updateCount();
  };
  filter.addEventListener('change', fill);
  fill();
  orderByJob.addEventListener('click', () => {
    if (!jobText.value.trim()) {
      jobStatus.textContent = 'Paste a job description first.';
      return;
    }
    orderByJob.disabled = true;
    jobStatus.textContent = 'Matching…';
    matchQuestions(jobText.value).then((ranked) => {
      matchedBy.clear();
      ranked.forEach((m) => matchedBy.set(m.question.id, m.matched));
      const order = new Map(ranked.map((m, i) => [m.question.id, i]));
      all.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      const top = ranked.filter((m) => m.relevance > 0);
      if (top.length > 0) {
        chosen.clear();
        top.slice(0, 2).forEach((m) => chosen.add(m.question.id));
      }
      jobStatus.textContent = top.length === 0
        ? 'No question of the bank matches this text; the order is unchanged.'
        : `${top.length} question${top.length === 1 ? '' : 's'} match this job; the best two are chosen.`;
      filter.value = '';
      fill();
    }, (e: Error) => {
      jobStatus.textContent = e.message;
    }).finally(() => { orderByJob.disabled = false; });
  });

  const focusBoxes = (Object.keys(FOCUS_LABELS) as Focus[]).map((f) =>
    h('li', {}, h('input', { type: 'checkbox', id: `focus-${f}`, name: 'focus', value: f, checked: app.plan?.focus.includes(f) ?? true }),
      h('label', { for: `focus-${f}` }, FOCUS_LABELS[f])));
  const camera = h('input', { type: 'checkbox', id: 'use-camera', checked: app.plan?.camera ?? true });

  const form = h('form', {
    onsubmit: (e: Event) => {
      e.preventDefault();
      const picked = all.filter((q) => chosen.has(q.id));
      if (picked.length === 0) {
        error.textContent = 'Choose at least one question.';
        error.hidden = false;
        return;
      }
      const focus = focusBoxes.map((li) => li.querySelector('input')!).filter((b) => b.checked).map((b) => b.value as Focus);
      app.plan = { questions: picked, focus, camera: camera.checked };
      navigate('/check');
    },
  },
  h('fieldset', {}, h('legend', {}, 'Job description'),
    h('label', { for: 'job-description' }, 'Paste the job description to put the questions it asks about first'),
    jobText, orderByJob, jobStatus),
  h('fieldset', {}, h('legend', {}, 'Questions'),
    h('label', { for: 'category', class: 'inline' }, 'Show '), filter, count, list),
  h('fieldset', {}, h('legend', {}, 'Coach me on'), h('ul', { class: 'choices compact' }, ...focusBoxes)),
  h('fieldset', {}, h('legend', {}, 'Camera'),
    h('div', { class: 'choice' }, camera, h('label', { for: 'use-camera' }, 'Use my camera (untick to practise voice and content only)'))),
  error,
  h('button', { type: 'submit', class: 'primary' }, 'Check camera and microphone'));
  root.querySelector('[role=status]')?.remove();
  root.append(form);
}
