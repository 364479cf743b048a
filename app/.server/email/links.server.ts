/**
 * The origin to put in e-mailed links: PUBLIC_URL when configured (so a forged Host header cannot
 * redirect a reset link elsewhere), else the request's own origin (development, tests).
 */
export function publicOrigin(request: Request) {
  const configured = process.env.PUBLIC_URL;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}
