// Two projects: pure and server code runs in Node, the sidebar app in jsdom.
// ESM-only dependencies are transformed too, since Jest runs the tests as CommonJS.
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
  ],
};
const transformIgnorePatterns = ['/node_modules/(?!(jose|react-merge-refs)/)'];

export default {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/bench'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/src/app/'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'app',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src/app'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/src/app/test/setup.ts'],
      transform,
      transformIgnorePatterns,
    },
  ],
};
