/** The parts of the report (docs/report-schema.md) the report page shows; every measured value may be null. */
import type { Report } from '../api';

export interface TimeRange { start: number; end: number }

export interface Evidence {
  metric: string;
  value: number;
  unit: string;
  target: string;
  timeRanges: TimeRange[];
}

export interface Advice { area: string; message: string; evidence: Evidence | null }

export interface PlanItem { focus: string; exercise: string; target: string }

export interface Word { word: string; start: number; end: number; conf: number | null; filler: boolean }

export interface TimelineEntry {
  t: number;
  end: number;
  eyeContact?: number | null;
  wordsPerMinute?: number | null;
  pitchHz?: number | null;
  fillers?: number | null;
  filledPauses?: number | null;
}

export interface ReportEvent { type: string; start: number; end: number }

export interface AnswerSummary {
  durationSec: number;
  windows: number;
  eyeContactRatio: number | null;
  faceVisibleRatio: number | null;
  postureScore: number | null;
  speechRatio: number | null;
  wordsPerMinute: number | null;
  fillers: number | null;
  pitchMedianHz: number | null;
  loudnessDb: number | null;
}

export interface Content {
  questionId: string | null;
  questionText: string | null;
  relevanceScore: number | null;
  talkingPoints: { point: string; coverage: number; missing: string[] }[];
  star: { applies: boolean | null; found: string[]; missing: string[] } | null;
}

export interface FullReport extends Report {
  feedback?: { strengths: Advice[]; tips: Advice[]; improvementPlan: PlanItem[] };
  content?: Content | null;
  transcript?: { source: string; text: string; words: Word[] } | null;
  timeline?: TimelineEntry[];
  events?: ReportEvent[];
  answers?: { index: number; questionId: string | null; start: number; end: number; summary?: AnswerSummary }[];
}

/** m:ss of a time in seconds. */
export function clock(sec: number): string {
  const s = Math.max(0, Math.floor(sec));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
