import type { AuthUser } from '$lib/server/auth/provider';
import type { Claims, Session } from '$lib/server/db';
import type { UploadTooLarge } from '$lib/server/http/body-limit';
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
			/**
			 * A form above FORM_BODY_LIMIT: its text came through, its files were dropped
			 * (http/body-limit.ts). A route that takes files answers with the form and a message.
			 */
			uploadTooLarge?: UploadTooLarge;
			/** The signed-in user (either auth provider), or null. */
			user: AuthUser | null;
		}
	}
}

export {};
