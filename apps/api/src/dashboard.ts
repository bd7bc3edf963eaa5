import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where `npm run build:web` puts the dashboard (apps/web/dist), relative to this file (apps/api/src). */
export const DEFAULT_WEB_DIR = path.resolve(__dirname, '..', '..', 'web', 'dist');

/** The dashboard page may load its own scripts and styles and call this origin, nothing else. */
const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths the API's own routes answer: the dashboard's files are never looked up for them. */
const API_PATHS = /^\/(?:v1|mcp|health|metrics|docs)(?:\/|$)/;

/**
 * Serves the built single-page dashboard at `/` (the API's own origin, so no CORS): index.html and its hashed
 * assets; everything else falls through to the API's routes. Without a build, `/` says how to make one.
 */
export function serveDashboard(app: NestExpressApplication, webDir = DEFAULT_WEB_DIR): void {
  const index = path.join(webDir, 'index.html');
  const files = express.static(webDir, {
    index: 'index.html',
    fallthrough: true,
    redirect: false,
    setHeaders(res, file) {
      if (file.endsWith('.html')) {
        res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
        res.setHeader('Cache-Control', 'no-cache');
      } else if (file.includes(`${path.sep}assets${path.sep}`)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  // issue 10: without this, every API GET cost a stat() of the dashboard folder before reaching its route.
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) =>
    API_PATHS.test(req.path) ? next() : files(req, res, next),
  );
  app.use('/', (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || req.path !== '/' || fs.existsSync(index)) return next();
    res
      .status(503)
      .type('application/problem+json')
      .send({
        type: 'urn:custody:problem:DashboardNotBuilt',
        title: 'Service Unavailable',
        status: 503,
        detail: `The dashboard is not built in ${webDir}: run \`npm run build:web\` (npm start does it).`,
        code: 'DashboardNotBuilt',
      });
  });
}
