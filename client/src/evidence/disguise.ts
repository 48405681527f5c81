/**
 * The voice disguise in the browser: the recording is decoded and rendered offline with Web Audio
 * (OfflineAudioContext: resampled to 16 kHz mono, played faster or slower by the formant factor,
 * rumble filtered out), then its pitch is set with TD-PSOLA (./voice-dsp.ts) and it is written as a
 * plain WAV. Only the result leaves this function; the original recording stays with the caller, in
 * memory, and is never sent.
 */
import { DISGUISES, type DisguiseName, encodeWav, normalise, psola } from "./voice-dsp";

/** Speech needs no more than 8 kHz of bandwidth, and a lower rate keeps the file and the work small. */
const RATE = 16000;

/** The disguised recording as a WAV file, ready to be encrypted and sent like any other file. */
export async function disguiseRecording(recording: Blob, name: DisguiseName): Promise<Blob> {
  const { pitch, formant } = DISGUISES[name];
  const decoder = new OfflineAudioContext(1, 1, RATE);
  const decoded = await decoder.decodeAudioData(await recording.arrayBuffer());
  const length = Math.max(1, Math.ceil((decoded.duration * RATE) / formant));
  const context = new OfflineAudioContext(1, length, RATE);
  const source = context.createBufferSource();
  source.buffer = decoded;
  source.playbackRate.value = formant;
  const highpass = context.createBiquadFilter();
  highpass.type = "highpass";
  highpass.frequency.value = 70;
  source.connect(highpass).connect(context.destination);
  source.start();
  const rendered = (await context.startRendering()).getChannelData(0);
  const shifted = normalise(psola(rendered, RATE, pitch / formant, formant));
  return new Blob([encodeWav(shifted, RATE) as BlobPart], { type: "audio/wav" });
}
