import type { AppRole } from '../db/types';
import type { AuthUser } from './provider';

/** Which role each protected area needs. Guarded in hooks.server.ts, before any load runs. */
const AREAS: { prefix: string; roles: AppRole[] }[] = [
	{ prefix: '/betrieb', roles: ['business'] },
	{ prefix: '/moderation', roles: ['staff'] },
	{ prefix: '/team', roles: ['staff'] },
	{ prefix: '/konto', roles: ['business', 'coach', 'staff'] }
];

export function guardFor(pathname: string, user: AuthUser | null): 'ok' | 'sign-in' | 'forbidden' {
	const area = AREAS.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`));
	if (!area) return 'ok';
	if (!user) return 'sign-in';
	return area.roles.some((r) => user.roles.includes(r)) ? 'ok' : 'forbidden';
}
