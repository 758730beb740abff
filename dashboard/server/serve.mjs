#!/usr/bin/env node
// Serves the built dashboard (dist/) and a same-origin reverse proxy to the three services, with Node's own
// modules only: /api/directory/* -> directory-service, /api/agreements/* -> agreements-service,
// /api/assessment/* -> assessment-service. Unknown paths without an extension get index.html (hash routing).
// /oidc.json tells the page where to sign in (OIDC_ISSUER, OIDC_CLIENT_ID: Keycloak's realm and the dashboard's client).
import { createServer, request as httpRequest } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.env.DASHBOARD_DIST ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', 'dist'));
const port = Number(process.env.DASHBOARD_PORT ?? 8080);
const host = process.env.DASHBOARD_HOST ?? '127.0.0.1';
const upstreams = {
  directory: new URL(process.env.DIRECTORY_URL ?? 'http://localhost:8081'),
  agreements: new URL(process.env.AGREEMENTS_URL ?? 'http://localhost:8082'),
  assessment: new URL(process.env.ASSESSMENT_URL ?? 'http://localhost:8083'),
};
const oidc = {
  issuer: (process.env.OIDC_ISSUER ?? 'http://localhost:8180/realms/jembatan').replace(/\/+$/, ''),
  clientId: process.env.OIDC_CLIENT_ID ?? 'jembatan-dashboard',
};
// The page talks to the identity provider itself (discovery, the code-for-token exchange), nothing else off-origin.
const contentSecurityPolicy = `default-src 'self'; connect-src 'self' ${new URL(oidc.issuer).origin}; img-src 'self' data:; `
  + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
// Hop-by-hop headers are not forwarded (RFC 9110 section 7.6.1).
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host']);

function problem(res, status, title, detail) {
  res.writeHead(status, { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ type: 'about:blank', title, status, detail }));
}

function proxy(req, res, upstream, path) {
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (!hopByHop.has(name)) headers[name] = value;
  }
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-host'] = req.headers.host ?? `localhost:${port}`;
  const outgoing = httpRequest({ protocol: upstream.protocol, hostname: upstream.hostname, port: upstream.port, method: req.method, path, headers, timeout: 30_000 }, (answer) => {
    const forwarded = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (!hopByHop.has(name)) forwarded[name] = value;
    }
    res.writeHead(answer.statusCode ?? 502, forwarded);
    answer.pipe(res);
  });
  outgoing.on('timeout', () => outgoing.destroy(new Error('upstream timeout')));
  outgoing.on('error', (error) => {
    if (!res.headersSent) problem(res, 502, 'Service unreachable', `${upstream.host} cannot be reached (${error.message})`);
    else res.destroy();
  });
  req.pipe(outgoing);
}

function serveFile(req, res, pathname) {
  let file = normalize(join(root, decodeURIComponent(pathname)));
  if (file !== root && !file.startsWith(root + sep)) return problem(res, 404, 'Not Found');
  let stats;
  try {
    stats = statSync(file);
    if (stats.isDirectory()) {
      file = join(file, 'index.html');
      stats = statSync(file);
    }
  } catch {
    if (extname(pathname) !== '') return problem(res, 404, 'Not Found');
    file = join(root, 'index.html');
    try { stats = statSync(file); } catch { return problem(res, 503, 'Dashboard not built', 'Run npm run build in dashboard/'); }
  }
  const immutable = pathname.startsWith('/assets/');
  res.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Content-Length': stats.size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Content-Security-Policy': contentSecurityPolicy,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/api\/(directory|agreements|assessment)(\/.*)?$/.exec(url.pathname);
  if (match) return proxy(req, res, upstreams[match[1]], (match[2] ?? '/') + url.search);
  if (req.method !== 'GET' && req.method !== 'HEAD') return problem(res, 405, 'Method Not Allowed');
  if (url.pathname === '/oidc.json') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
    return res.end(req.method === 'HEAD' ? undefined : JSON.stringify(oidc));
  }
  return serveFile(req, res, url.pathname);
});
server.listen(port, host, () => console.log(`Dashboard on http://localhost:${port} (serving ${root})`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
