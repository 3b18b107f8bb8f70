import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';

/**
 * A loopback server that answers every request with one canned status and body, so the real
 * client libraries raise their real errors for Google's documented error bodies.
 */
export async function cannedServer(): Promise<{url: string; reply(status: number, body: unknown): void; close(): Promise<void>}> {
	let next: {status: number; body: unknown} = {status: 200, body: {}};
	const server: Server = createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			const text = typeof next.body === 'string' ? next.body : JSON.stringify(next.body);
			res.writeHead(next.status, {'content-type': 'application/json; charset=UTF-8'});
			res.end(text);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		reply(status, body) {
			next = {status, body};
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
