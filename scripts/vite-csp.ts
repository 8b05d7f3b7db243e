import type { Plugin } from 'vite'

/**
 * The built page's Content-Security-Policy: scripts, workers, styles, images and connections
 * from the page's own origin only. Inline style attributes are allowed (React and the charts set
 * sizes and colours through them); inline scripts are not. Images may be data: or blob: URLs,
 * which the PNG export draws with. A meta tag cannot set frame-ancestors: hosts embed the widget.
 * The development server is left alone (its hot reload runs inline scripts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

export function cspPlugin(): Plugin {
  return {
    name: 'promptmeter:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}
