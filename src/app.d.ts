import type { AuthUser } from '$lib/server/auth/provider';
import type { Claims, Session } from '$lib/server/db';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			/** The caller's claims: anon until the auth seam signs somebody in. */
			claims: Claims;
			/** The caller's database session: every query runs under `claims`. */
			db: Session;
			/** The signed-in user (either auth provider), or null. */
			user: AuthUser | null;
		}
	}
}

export {};
