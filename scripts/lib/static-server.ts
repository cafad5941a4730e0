/**
 * A tiny static server over a built site, on a free loopback port, for the browser tests and the bench.
 * Mirrors a plain static host: `/x/` serves `/x/index.html`, unknown paths serve `/404.html` with 404,
 * text goes gzip-compressed.
 * Every request is recorded so tests can assert nothing left the site.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	// No charset, as nginx sends `.txt` by default: text files must say UTF-8 themselves (a BOM).
	'.txt': 'text/plain',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/;

export interface StaticServer {
	url: string;
	requests: string[];
	close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | null> {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, safe);
	if (!file.startsWith(root)) return null;
	try {
		const s = await stat(file);
		if (s.isDirectory()) file = join(file, 'index.html');
		await stat(file);
		return file;
	} catch {
		return null;
	}
}

export async function serveStatic(dir = 'dist'): Promise<StaticServer> {
	const root = resolve(dir);
	const requests: string[] = [];
	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		requests.push(url.pathname);
		const file = await resolveFile(root, url.pathname);
		const status = file ? 200 : 404;
		const body = await readFile(file ?? join(root, '404.html')).catch(() => Buffer.from('Not found'));
		const type = TYPES[extname(file ?? '404.html')] ?? 'application/octet-stream';
		// Text is sent gzip-compressed when the browser accepts it, as any production static
		// host does (nginx `gzip on`); Pagefind's own files are gzip already and go as they are.
		if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			res.end(gzipSync(body));
			return;
		}
		res.writeHead(status, { 'content-type': type });
		res.end(body);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: () => new Promise((ok) => server.close(() => ok())),
	};
}
