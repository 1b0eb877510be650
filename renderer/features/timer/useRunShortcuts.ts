import { useEffect, useRef } from 'react';
import type { RunControls } from './useRunControls';

/** Where keys belong to what has the focus: text being typed, a list being chosen from. */
const editable = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
/** Space activates these natively; for keyboard users, that wins. */
const activatable = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="tab"]';

function actionOf(key: string): 'toggle' | 'plus' | 'minus' | 'next' | null {
  if (key === ' ' || key === 'Spacebar') return 'toggle';
  if (key === '+') return 'plus';
  if (key === '-' || key === '−') return 'minus';
  if (key === 'n' || key === 'N') return 'next';
  return null;
}

/**
 * Run mode's keys, listed in its UI: Space starts, pauses and resumes; + and − add or take off a
 * minute; N goes to the next sequence. Never while typing, never with Ctrl, Alt or ⌘. Space
 * leaves a button reached with Tab to do its own job; a button the mouse clicked keeps the
 * focus without the user meaning to be "on" it, so Space is then the timer's. (`:focus-visible`
 * cannot tell: Chrome turns it on at the first key pressed, N included.)
 */
export function useRunShortcuts(controls: RunControls): void {
  // The controls change with every second shown; the listeners stay, and read the latest.
  const latest = useRef(controls);
  useEffect(() => {
    latest.current = controls;
  }, [controls]);

  useEffect(() => {
    let isFocusFromKeyboard = false;
    const onPointer = () => (isFocusFromKeyboard = false);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab') isFocusFromKeyboard = true;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(editable)) return;
      const action = actionOf(event.key);
      if (!action) return;
      if (action === 'toggle' && target?.closest(activatable) && isFocusFromKeyboard) return;
      event.preventDefault();
      // A key held down does it once: a timer is not a volume knob.
      if (event.repeat) return;
      const controls = latest.current;
      if (action === 'toggle') controls.toggle();
      else if (action === 'plus') controls.adjust(1);
      else if (action === 'minus') controls.adjust(-1);
      else controls.next();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, []);
}
