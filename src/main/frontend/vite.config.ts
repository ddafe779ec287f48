/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'

// Built by Maven (generate-resources) into the jar's static resources; served by Spring Boot.
export default defineConfig({
  plugins: [
    vue(),
    VitePWA({
      registerType: 'autoUpdate',
      // the service worker caches the shell only; data always comes from /api
      workbox: {
        globPatterns: ['index.html', 'assets/index-*.{js,css}', 'icon*.{svg,png}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/engine-rest/, /^\/camunda\//, /^\/actuator\//, /^\/oauth2\//, /^\/login\/oauth2\//, /^\/swagger-ui/, /^\/v3\//, /^\/sso\//],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
      manifest: {
        name: 'Crossflow 协同流',
        short_name: 'Crossflow',
        description: 'Cross-company project collaboration',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f6feb',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
    }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // frappe-gantt exports its CSS only under the "style" condition
      'frappe-gantt-css': fileURLToPath(new URL('./node_modules/frappe-gantt/dist/frappe-gantt.css', import.meta.url)),
    },
  },
  build: {
    outDir: '../../../target/classes/static',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 2048,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/login': { target: 'http://localhost:8080', bypass: (req) => (req.method === 'GET' ? req.url : undefined) },
      '/logout': 'http://localhost:8080',
      '/oauth2': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.spec.ts'],
  },
})
