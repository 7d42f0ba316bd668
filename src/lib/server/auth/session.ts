import type { Cookies } from '@sveltejs/kit';
import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';

/**
 * The embedded provider's session cookie: a JWT (HS256, jose) naming the session row and user.
 * Signature and expiry are checked here; whether the session is still live (not signed out, not
 * revoked by "sign out everywhere") is checked against auth.sessions on every request.
 */
export const SESSION_COOKIE = 'qk_session';
export const SESSION_DAYS = 30;
const ISSUER = 'quartierkarte';

const payloadSchema = z.object({ sub: z.uuid(), sid: z.uuid() });
export type SessionToken = z.infer<typeof payloadSchema>;

export async function signSession(key: Uint8Array, token: SessionToken, expiresAt: Date) {
	return new SignJWT({ sid: token.sid })
		.setProtectedHeader({ alg: 'HS256' })
		.setSubject(token.sub)
		.setIssuer(ISSUER)
		.setIssuedAt()
		.setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
		.sign(key);
}

/** The session named by a cookie value, or null for a missing, forged or expired cookie. */
export async function readSession(
	key: Uint8Array,
	value: string | undefined
): Promise<SessionToken | null> {
	if (!value) return null;
	try {
		const { payload } = await jwtVerify(value, key, { issuer: ISSUER, algorithms: ['HS256'] });
		const parsed = payloadSchema.safeParse(payload);
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

function isLoopback(hostname: string) {
	return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Secure + http-only + SameSite=Lax; `secure` only drops for plain http on the loopback (dev, e2e). */
export function cookieOptions(url: URL, expires?: Date) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:' || !isLoopback(url.hostname),
		...(expires ? { expires } : {})
	};
}

export function setSessionCookie(cookies: Cookies, url: URL, value: string, expires: Date) {
	cookies.set(SESSION_COOKIE, value, cookieOptions(url, expires));
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, cookieOptions(url));
}
