/**
 * The voice disguise's sound processing, on plain sample arrays (no DOM, no Web Audio; the recorder
 * renders and resamples with OfflineAudioContext around it, client/src/evidence/disguise.ts).
 *
 * Pitch and formants move separately. Web Audio first plays the recording faster or slower by the
 * formant factor, which moves pitch and formants (the vocal tract's resonances) together and changes
 * the length. TD-PSOLA then puts the length back and moves the pitch alone the rest of the way: it cuts
 * the voiced sound into two-period grains around one mark per pitch period and lays them down again at
 * a closer or wider spacing, which changes the pitch heard but not the spectral envelope of each grain.
 * (Moulines & Charpentier, "Pitch-synchronous waveform processing techniques for text-to-speech
 * synthesis using diphones", Speech Communication 9, 1990.)
 */

/** How far a disguise moves the voice: factors on the fundamental and on the formants. */
export interface DisguiseSettings {
  pitch: number;
  formant: number;
}

/** The disguises offered: lower and deeper, or higher and brighter, never the person's own voice. */
export const DISGUISES = {
  lower: { pitch: 0.74, formant: 0.86 },
  higher: { pitch: 1.34, formant: 1.14 },
} as const satisfies Record<string, DisguiseSettings>;

export type DisguiseName = keyof typeof DISGUISES;

const MIN_F0 = 60;
const MAX_F0 = 500;
/** Autocorrelation above this (normalised) counts as voiced. */
const VOICED = 0.5;

/**
 * The pitch period in samples every `hop` samples, 0 where the sound is unvoiced or silent; found by
 * normalised autocorrelation on a copy halved in rate, which is plenty for speech and four times cheaper.
 */
export function pitchTrack(x: Float32Array, rate: number, hop: number): Float32Array {
  const half = new Float32Array(x.length >> 1);
  for (let i = 0; i < half.length; i++) half[i] = (x[2 * i]! + x[2 * i + 1]!) / 2;
  const r = rate / 2;
  const minLag = Math.floor(r / MAX_F0);
  const maxLag = Math.ceil(r / MIN_F0);
  const win = 2 * maxLag;
  const frames = Math.ceil(x.length / hop);
  const periods = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    if (half.length < win + maxLag + 2) break;
    const start = Math.max(0, Math.min(half.length - win - maxLag - 2, Math.floor((f * hop) / 2) - maxLag));
    let energy = 0;
    for (let i = 0; i < win; i++) energy += half[start + i]! ** 2;
    if (energy / win < 1e-6) continue;
    const scores = new Float32Array(maxLag + 2);
    let best = 0;
    for (let lag = minLag; lag <= maxLag + 1; lag++) {
      let sum = 0;
      let e2 = 0;
      for (let i = 0; i < win; i++) {
        const b = half[start + i + lag]!;
        sum += half[start + i]! * b;
        e2 += b * b;
      }
      scores[lag] = sum / Math.sqrt(energy * e2 + 1e-12);
      if (lag <= maxLag) best = Math.max(best, scores[lag]!);
    }
    // The first peak nearly as strong as the best, not the best: a multiple of the period scores as
    // high, and one an octave too low is the classic error.
    let bestLag = 0;
    for (let lag = minLag; lag <= maxLag; lag++) {
      const s = scores[lag]!;
      if (s >= 0.85 * best && s >= scores[lag - 1]! && s >= scores[lag + 1]!) {
        bestLag = lag;
        break;
      }
    }
    if (best >= VOICED) periods[f] = bestLag * 2;
  }
  return periods;
}

/**
 * TD-PSOLA: returns `x` made `timeScale` times as long with its pitch multiplied by `pitch` and its
 * spectral envelope kept. Unvoiced stretches are overlap-added at a fixed 10 ms with no pitch change.
 */
export function psola(x: Float32Array, rate: number, pitch: number, timeScale: number): Float32Array {
  const hop = Math.round(rate / 100);
  const periods = pitchTrack(x, rate, hop);
  const periodAt = (t: number) => periods[Math.min(periods.length - 1, Math.floor(t / hop))] ?? 0;
  // Analysis marks, one per period (or every 10 ms where unvoiced).
  const marks: number[] = [];
  const markPeriod: number[] = [];
  // Voiced marks sit on the pulse of each period (the largest sample about one period on), so that
  // each grain's window centres on one pulse and fades out its neighbours.
  for (let t = 0, wasVoiced = false; t < x.length; ) {
    const p = periodAt(t);
    let at = t;
    if (p > 0) {
      const from = wasVoiced ? t - Math.round(p / 4) : t;
      const to = Math.min(x.length, wasVoiced ? t + Math.round(p / 4) : t + Math.round(p));
      for (let i = Math.max(0, from); i < to; i++) if (x[i]! > x[at]!) at = i;
    }
    if (marks.length && at <= marks[marks.length - 1]!) at = t;
    marks.push(at);
    markPeriod.push(p);
    wasVoiced = p > 0;
    t = at + Math.max(1, Math.round(p || hop));
  }
  const out = new Float32Array(Math.round(x.length * timeScale));
  const weight = new Float32Array(out.length);
  let k = 0;
  for (let ts = 0; ts < out.length; ) {
    const ta = ts / timeScale;
    while (k + 1 < marks.length && Math.abs(marks[k + 1]! - ta) <= Math.abs(marks[k]! - ta)) k++;
    const voiced = markPeriod[k]! > 0;
    const p = Math.round(voiced ? markPeriod[k]! : hop);
    const centre = marks[k]!;
    for (let i = -p; i < p; i++) {
      const at = ts + i;
      const from = centre + i;
      if (at < 0 || at >= out.length || from < 0 || from >= x.length) continue;
      const w = 0.5 - 0.5 * Math.cos((Math.PI * (i + p)) / p);
      out[at]! += x[from]! * w;
      weight[at]! += w;
    }
    ts += Math.max(1, Math.round(voiced ? p / pitch : p));
  }
  for (let i = 0; i < out.length; i++) if (weight[i]! > 0.1) out[i]! /= weight[i]!;
  return out;
}

/** Scales `x` in place so that its loudest sample is at `peak`; silence stays silence. */
export function normalise(x: Float32Array, peak = 0.9): Float32Array {
  let max = 0;
  for (const v of x) max = Math.max(max, Math.abs(v));
  if (max > 1e-4) for (let i = 0; i < x.length; i++) x[i]! *= peak / max;
  return x;
}

/** Mono 16-bit PCM WAV: plain samples, no chunk that could carry a device, a name or a date. */
export function encodeWav(samples: Float32Array, rate: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) bytes[at + i] = s.charCodeAt(i);
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + samples.length * 2, true);
  ascii(8, "WAVEfmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, "data");
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]!));
    view.setInt16(44 + i * 2, Math.round(v * 32767), true);
  }
  return bytes;
}
