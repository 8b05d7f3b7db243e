/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { cspPlugin } from './scripts/vite-csp.ts'
import { pricingCheckPlugin } from './scripts/vite-pricing-check.ts'

export default defineConfig({
  // Relative base: the built folder works from any sub-path of a static host.
  base: './',
  plugins: [react(), tailwindcss(), pricingCheckPlugin(), cspPlugin()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The o200k_base rank table alone is 2 MB; it loads lazily, in the worker, so it is expected.
    chunkSizeWarningLimit: 2100,
    // Keep pricing releases as files (never inlined as data: URLs) so each stays fetchable.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      // A warning is a fault to fix, not to scroll past: the build stops on it.
      onwarn(warning) {
        throw new Error(`build warning ${warning.code ?? ''}: ${warning.message}`)
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
})
