/** What the pages share within one visit: the plan chosen on Start, the live session, the report. */
import type { Question, Report } from './api';
import type { Focus } from './protocol';
import type { LiveSession } from './session';

export interface Plan {
  questions: Question[];
  focus: Focus[];
  camera: boolean;
}

export const app: {
  plan: Plan | null;
  stream: MediaStream | null;
  session: LiveSession | null;
  reports: Map<string, Report>;
} = { plan: null, stream: null, session: null, reports: new Map() };

export const FOCUS_LABELS: Record<Focus, string> = {
  pace: 'Speaking pace',
  fillers: 'Filler words',
  eyeContact: 'Eye contact',
  posture: 'Posture',
  voice: 'Voice',
};
