import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Renderer tests run in a DOM (jsdom); everything else in plain Node, as it runs for real.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/cli/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'renderer', include: ['tests/renderer/**/*.test.{ts,tsx}'], environment: 'jsdom' } },
    ],
  },
});
