/** Start: pick the questions and what to be coached on. */
import { questions as fetchQuestions, type Question } from '../api';
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
      return h('li', {}, box, h('label', { for: id }, q.text));
    }));
    updateCount();
  };
  filter.addEventListener('change', fill);
  fill();

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
