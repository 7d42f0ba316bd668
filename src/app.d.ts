import type { AuthUser } from '$lib/server/auth/provider';
import type { Claims, Session } from '$lib/server/db';
import type { PostedForm } from '$lib/server/http/posted-form';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
			/** DATABASE_UNAVAILABLE after a form post without JavaScript: what was posted. */
			form?: PostedForm;
		}
		interface Locals {
			/** The caller's claims: anon until the auth seam signs somebody in. */
			claims: Claims;
			/** The caller's database session: every query runs under `claims`. */
			db: Session;
			/** A form post without JavaScript, kept for a 503 page (http/posted-form.ts). */
			posted?: PostedForm;
			/** The signed-in user (either auth provider), or null. */
			user: AuthUser | null;
		}
	}
}

export {};
