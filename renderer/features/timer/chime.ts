/**
 * The chime at the end of a sequence or of a round: a sound file shipped with the app
 * (resources/sounds, made by scripts/makeChime.mjs), never fetched from the network.
 */
import chimeUrl from '../../../resources/sounds/chime.wav';

let audio: HTMLAudioElement | null = null;

export function playChime(): void {
  audio ??= new Audio(chimeUrl);
  audio.currentTime = 0;
  // A browser tab may refuse sound until the page has been clicked once; the timer's colours
  // still say that time is up.
  const playing = audio.play() as Promise<void> | undefined;
  playing?.catch(() => undefined);
}
