/** The live protocol, version 1 (docs/protocol.md). */
import type { Limits, Report } from './api';

export const MEDIA_VIDEO = 1;
export const MEDIA_AUDIO = 2;
const HEADER_BYTES = 18;

/** One binary media message: the 18-byte big-endian header, then the payload (§3). */
export function mediaMessage(kind: number, seq: number, timestampMs: number, sampleRate: number, payload: ArrayBuffer): ArrayBuffer {
  const out = new Uint8Array(HEADER_BYTES + payload.byteLength);
  const header = new DataView(out.buffer);
  header.setUint8(0, kind);
  header.setUint8(1, 1);
  header.setUint32(2, seq >>> 0);
  header.setBigInt64(6, BigInt(Math.max(0, Math.round(timestampMs))));
  header.setUint32(14, sampleRate);
  out.set(new Uint8Array(payload), HEADER_BYTES);
  return out.buffer;
}

export type Focus = 'pace' | 'fillers' | 'eyeContact' | 'posture' | 'voice';

export type Control =
  | { type: 'start'; focus: Focus[] }
  | { type: 'question'; questionId: string }
  | { type: 'answerFinished' | 'pause' | 'resume' | 'calibrate' | 'end' };

export interface WindowMetrics {
  eyeContact: number | null;
  faceVisible: boolean | null;
  posture: number | null;
  speaking: boolean | null;
  wordsPerMinute: number | null;
  fillers: number | null;
}

export type ServerMessage =
  | { type: 'ready'; sessionId: string; fps: number; resumed: boolean; limits: Limits }
  | { type: 'window'; index: number; t: number; end: number; metrics: WindowMetrics }
  | { type: 'cue'; kind: Focus; text: string; t: number }
  | { type: 'warning'; code: string; message: string; t: number }
  | { type: 'status'; fps: number; framesReceived: number; framesAnalyzed: number; framesDropped: number; audioLagSec: number | null }
  | { type: 'answer'; index: number; questionId: string | null; start: number; end: number }
  | { type: 'report'; report: Report }
  | { type: 'error'; code: string; message: string };
