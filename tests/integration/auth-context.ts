import type { Cookies } from '@sveltejs/kit';
import type { AuthContext } from '../../src/lib/server/auth/provider';

/** A cookie jar as SvelteKit's `cookies` behave within one request (set, read back, delete). */
export function cookieJar(): Cookies {
	const store = new Map<string, string>();
	return {
		get: (name: string) => store.get(name),
		getAll: () => [...store].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void store.set(name, value),
		delete: (name: string) => void store.delete(name),
		serialize: () => ''
	} as unknown as Cookies;
}

/** What an auth provider gets from a request to `url`: its cookies, address and user agent. */
export function authContext(url: string, cookies: Cookies = cookieJar()): AuthContext {
	return { cookies, url: new URL(url), userAgent: 'vitest' };
}
