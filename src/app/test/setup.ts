import '@testing-library/jest-dom';

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

// react-merge-refs ships only an .mjs file, which the shared Jest transform (it matches .js/.ts) leaves
// untouched and Node 20 cannot require. Same behaviour as its 2.x source, in CommonJS.
jest.mock('react-merge-refs', () => ({
  mergeRefs:
    <T,>(refs: Array<((value: T | null) => void) | { current: T | null } | null | undefined>) =>
    (value: T | null) => {
      for (const ref of refs) {
        if (typeof ref === 'function') ref(value);
        else if (ref != null) ref.current = value;
      }
    },
}));
