/** Symbols drawn on small buttons; the buttons carry their name for screen readers (aria-label). */
export const symbols = { remove: '×', minus: '−', plus: '+', left: '←', right: '→' } as const;
