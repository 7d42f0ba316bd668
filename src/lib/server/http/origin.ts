/**
 * The site's public origin for links that leave the request (sign-in links, invitations,
 * reminders). Never the request's Host header: that is whatever the client sent, and a reset link
 * built from it would point at the sender's server.
 *
 * ORIGIN (adapter-node's setting) or QK_PUBLIC_ORIGIN wins. Without either, the dev server's own
 * loopback origin is used (requests to `vite dev` on 127.0.0.1/localhost), otherwise
 * http://localhost:<PORT> with a warning once: a link that works only on the server itself, never
 * one that points elsewhere.
 */
let warned = false;

function isLoopback(hostname: string) {
	return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

export function publicOrigin(
	requestUrl: URL | undefined,
	env: Record<string, string | undefined> = process.env,
	dev = false
): string {
	const configured = env.ORIGIN || env.QK_PUBLIC_ORIGIN;
	if (configured) {
		try {
			return new URL(configured).origin;
		} catch {
			// fall through to the local origin below
		}
	}
	if (dev && requestUrl && isLoopback(requestUrl.hostname)) return requestUrl.origin;
	const fallback = `http://localhost:${env.PORT || (dev ? '5173' : '3000')}`;
	if (!warned && !dev) {
		warned = true;
		console.warn(
			`[links] ORIGIN is not set: links in mails point to ${fallback}. Set ORIGIN to the public address (README).`
		);
	}
	return fallback;
}
