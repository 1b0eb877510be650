// Writes resources/sounds/chime.wav: a soft two-tone chime (G5 then E5, like a doorbell's
// "ding-dong"), bell-like partials with an exponential decay, 1.8 s, 22 050 Hz, 16-bit mono.
// Made here rather than downloaded: no licence to track, nothing fetched, reproducible.
//   node scripts/makeChime.mjs
import { writeFileSync } from 'node:fs';

const rate = 22_050;
const seconds = 1.8;
const samples = new Float64Array(Math.round(rate * seconds));

/** One struck tone: a fundamental and two softer partials, a 5 ms attack, a long decay. */
function strike(startSec, frequency, gain) {
  const partials = [
    [1, 1],
    [2.01, 0.28],
    [3.0, 0.09],
  ];
  const start = Math.round(startSec * rate);
  for (let i = start; i < samples.length; i++) {
    const t = (i - start) / rate;
    const attack = Math.min(1, t / 0.005);
    const decay = Math.exp(-t * 3.2);
    let value = 0;
    for (const [ratio, weight] of partials)
      value += weight * Math.sin(2 * Math.PI * frequency * ratio * t);
    samples[i] += gain * attack * decay * value;
  }
}

strike(0, 783.99, 0.45); // G5
strike(0.42, 659.25, 0.45); // E5

// A short fade at the very end, so the file stops without a click.
const fade = Math.round(0.08 * rate);
for (let i = 0; i < fade; i++) samples[samples.length - 1 - i] *= i / fade;

const peak = Math.max(...samples.map(Math.abs));
const data = Buffer.alloc(samples.length * 2);
samples.forEach((value, i) => data.writeInt16LE(Math.round((value / peak) * 0.7 * 32767), i * 2));

const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + data.length, 4);
header.write('WAVE', 8);
header.write('fmt ', 12);
header.writeUInt32LE(16, 16); // PCM chunk size
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(rate, 24);
header.writeUInt32LE(rate * 2, 28); // byte rate
header.writeUInt16LE(2, 32); // block align
header.writeUInt16LE(16, 34); // bits per sample
header.write('data', 36);
header.writeUInt32LE(data.length, 40);

writeFileSync(
  new URL('../resources/sounds/chime.wav', import.meta.url),
  Buffer.concat([header, data]),
);
console.log(`resources/sounds/chime.wav: ${seconds} s, ${header.length + data.length} bytes`);
