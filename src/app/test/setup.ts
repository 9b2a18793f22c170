import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Garden's theming reads matchMedia (color scheme) at import; jsdom has none.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

// The sidebar's code is a lazy import: a test's first render of it loads (and, on a cold Jest cache,
// transforms) the whole sidebar and the checklist engine, which can take longer than Testing Library's
// one second on a busy machine. The waits are for that load, not for a behaviour's timing.
configure({ asyncUtilTimeout: 5000 });
