/// <reference types="vite/client" />

// css-bedrock's "main" is a CSS file; Vite bundles it, TypeScript only needs to know it exists.
declare module '@zendeskgarden/css-bedrock';
