/**
 * The voice disguise's sound processing (client/src/evidence/voice-dsp.ts) on a synthetic voiced
 * sound: a 160 Hz pulse train through two resonances, like a vowel. Pitch is measured by counting the
 * strongest autocorrelation lag; formants by the spectral centroid, which follows the envelope.
 */
import { describe, expect, it } from "vitest";
import { encodeWav, pitchTrack, psola } from "../../client/src/evidence/voice-dsp";

const RATE = 16000;

/** A glottal pulse train at `f0` through resonators at 700 and 1200 Hz (an /a/-like vowel). */
function vowel(f0: number, seconds: number, rate = RATE): Float32Array {
  const n = Math.round(seconds * rate);
  const x = new Float32Array(n);
  const period = rate / f0;
  for (let i = 0, next = 0; i < n; i++) {
    if (i >= next) {
      x[i] = 1;
      next += period;
    }
  }
  for (const [freq, bw] of [
    [700, 110],
    [1200, 120],
  ] as const) {
    const r = Math.exp((-Math.PI * bw) / rate);
    const a1 = 2 * r * Math.cos((2 * Math.PI * freq) / rate);
    const a2 = -r * r;
    let y1 = 0;
    let y2 = 0;
    for (let i = 0; i < n; i++) {
      const y = x[i]! + a1 * y1 + a2 * y2;
      y2 = y1;
      y1 = y;
      x[i] = y;
    }
  }
  let max = 0;
  for (const v of x) max = Math.max(max, Math.abs(v));
  for (let i = 0; i < n; i++) x[i]! /= max;
  return x;
}

function medianF0(x: Float32Array): number {
  const periods = [...pitchTrack(x, RATE, 160)].filter((p) => p > 0).sort((a, b) => a - b);
  expect(periods.length).toBeGreaterThan(10);
  return RATE / periods[periods.length >> 1]!;
}

/** Spectral centroid by a plain DFT over 0–4 kHz of the middle 4096 samples. */
function centroid(x: Float32Array): number {
  const n = 4096;
  const start = (x.length - n) >> 1;
  let num = 0;
  let den = 0;
  for (let f = 50; f <= 4000; f += 25) {
    let re = 0;
    let im = 0;
    for (let i = 0; i < n; i++) {
      const w = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n);
      re += x[start + i]! * w * Math.cos((2 * Math.PI * f * i) / RATE);
      im += x[start + i]! * w * Math.sin((2 * Math.PI * f * i) / RATE);
    }
    const mag = Math.hypot(re, im);
    num += f * mag;
    den += mag;
  }
  return num / den;
}

/** Linear resampling by `factor` (what Web Audio's playbackRate does before PSOLA in the browser). */
function playFaster(x: Float32Array, factor: number): Float32Array {
  const out = new Float32Array(Math.floor(x.length / factor));
  for (let i = 0; i < out.length; i++) {
    const at = i * factor;
    const j = Math.floor(at);
    out[i] = x[j]! + ((x[j + 1] ?? x[j]!) - x[j]!) * (at - j);
  }
  return out;
}

describe("voice disguise", () => {
  const voice = vowel(160, 1.5);

  it("finds the pitch of a voiced sound", () => {
    expect(medianF0(voice)).toBeCloseTo(160, -1);
  });

  it("moves the pitch by the factor asked and keeps the length", () => {
    const lower = psola(voice, RATE, 0.75, 1);
    expect(lower.length).toBe(voice.length);
    expect(medianF0(lower)).toBeGreaterThan(110);
    expect(medianF0(lower)).toBeLessThan(130);
    expect(medianF0(psola(voice, RATE, 1.3, 1))).toBeGreaterThan(195);
  });

  it("keeps the formants when only the pitch moves", () => {
    const before = centroid(voice);
    const after = centroid(psola(voice, RATE, 0.75, 1));
    expect(Math.abs(after - before) / before).toBeLessThan(0.12);
  });

  it("moves pitch and formants separately: played faster, then stretched back with PSOLA", () => {
    const formant = 1.2;
    const pitch = 0.8;
    const shifted = psola(playFaster(voice, formant), RATE, pitch / formant, formant);
    expect(Math.abs(shifted.length - voice.length)).toBeLessThan(3);
    expect(medianF0(shifted)).toBeGreaterThan(118);
    expect(medianF0(shifted)).toBeLessThan(138);
    expect(centroid(shifted) / centroid(voice)).toBeGreaterThan(1.1);
  });

  it("writes a plain 16-bit mono WAV", () => {
    const wav = encodeWav(new Float32Array([0, 0.5, -1, 2]), RATE);
    const view = new DataView(wav.buffer);
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe("RIFF");
    expect(view.getUint32(24, true)).toBe(RATE);
    expect(view.getUint32(40, true)).toBe(8);
    expect([1, 2, 3].map((i) => view.getInt16(44 + i * 2, true))).toEqual([16384, -32767, 32767]);
  });
});
