// Two projects: pure and server code runs in Node, the sidebar app in jsdom.
// ESM-only dependencies (jose, react-merge-refs: .mjs) are transformed too: Jest runs tests as CommonJS.
const transform = {
  '^.+\\.(t|j)sx?$|^.+\\.mjs$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
  ],
};
const transformIgnorePatterns = ['/node_modules/(?!(jose|react-merge-refs)/)'];

export default {
  // On CI a handle left open by a failed test must not turn a red run into an hour's hang (it did
  // once): Jest exits when the tests are done and names the leak. Locally, --detectOpenHandles finds it.
  forceExit: Boolean(process.env.CI),
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/bench', '<rootDir>/build'],
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
