/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { cspPlugin } from './scripts/vite-csp.ts'
import { pricingCheckPlugin } from './scripts/vite-pricing-check.ts'
import { sharedRankTables } from './scripts/vite-shared-rank-tables.ts'

export default defineConfig({
  // Relative base: the built folder works from any sub-path of a static host.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    pricingCheckPlugin(),
    cspPlugin(),
    sharedRankTables(),
    // Offline after the first visit: a service worker precaches the page, its chunks, the
    // encodings and the pricing (every file has a hashed name, so a new release replaces the
    // cache whole; outdated caches are removed). Registered from src/app/offline.ts.
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg}'],
        // The published feed (pricing/latest.json …) is for other readers; the page loads the
        // hashed copies of the same files. The open vocabularies (8–33 MB each, with their chat
        // templates) are cached when first used, below: precaching them would make every first
        // visit download 60 MB.
        globIgnores: ['pricing/**', 'assets/tokenizer-*.json', 'assets/tokenizer_config-*.json'],
        runtimeCaching: [
          {
            // Hashed names: a cached copy is never stale, and a new build asks for new names.
            urlPattern: ({ url }) => /\/assets\/tokenizer(_config)?-[\w-]+\.json$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'vocabularies', expiration: { maxEntries: 16 } },
          },
        ],
        // The o200k_base rank table is 2 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Every address of the page (its scenario is in the query) is the one index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is served from the cache as soon as it is filled, without a reload.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  // The worker is its own build: it needs the plugin too, for the one copy of each rank table.
  worker: { format: 'es', plugins: () => [sharedRankTables()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The o200k_base rank table alone is 2 MB; it loads lazily, in the worker, so it is expected.
    chunkSizeWarningLimit: 2100,
    // Keep pricing releases as files (never inlined as data: URLs) so each stays fetchable.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      // How long plugins took is a report about the machine, not the code: on a loaded CI
      // machine it fired and, with every warning an error, stopped the build.
      checks: { bundlerTimings: false },
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
    // Every core: Vitest leaves one to its main process, which mostly waits; on our two cores
    // the tests ran one file at a time (97 s, 68 s on both).
    maxWorkers: availableParallelism(),
  },
})
