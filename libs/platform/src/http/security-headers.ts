import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Paths that answer HTML (Swagger UI, the dashboard) keep a CSP that lets their own scripts run. */
const API_PATH = /^\/(v1|mcp|health|metrics|docs\/openapi\.(json|yaml))(\/|$|\?)/;

/** Machine answers (JSON, problem+json, metrics text): nothing in them may load or frame anything. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The usual API security headers on every response (helmet: nosniff, frame DENY, no-referrer, …), and a
 * restrictive CSP on the non-HTML answers. */
export function securityHeaders(): RequestHandler {
  const common = helmet({
    contentSecurityPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  return (req, res, next) => {
    common(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (API_PATH.test(req.originalUrl)) res.setHeader('Content-Security-Policy', API_CSP);
      next();
    });
  };
}
