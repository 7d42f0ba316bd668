import type { Cookies } from '@sveltejs/kit';
import type { AppRole, Claims } from '../db/types';
import type { Locale } from '$lib/i18n';

/**
 * The auth seam (ARCHITECTURE.md §3). Two providers implement it — Supabase Auth when
 * PUBLIC_SUPABASE_URL is set, the embedded provider otherwise — and both end in the same claims,
 * which hooks.server.ts hands to `db.as(claims)`.
 */

/** The signed-in user as the app sees it. */
export interface AuthUser {
	id: string;
	email: string;
	roles: AppRole[];
	displayName: string | null;
	claims: Claims;
}

/** What a provider needs from the request: cookies, the origin for links, the user agent. */
export interface AuthContext {
	cookies: Cookies;
	url: URL;
	userAgent?: string | null;
}

/** Why an auth step failed, as a code the forms turn into a German message. */
export type AuthFailure =
	| 'invalid_credentials'
	| 'email_not_confirmed'
	| 'invalid_link'
	| 'weak_password'
	| 'not_allowed'
	| 'provider_error';

export type AuthResult = { ok: true; user: AuthUser } | { ok: false; reason: AuthFailure };
export type AuthDone = { ok: true } | { ok: false; reason: AuthFailure };

/** The kinds of one-time link a provider sends. */
export type LinkKind = 'signup' | 'magiclink' | 'recovery' | 'invite';

export interface AuthProvider {
	readonly kind: 'embedded' | 'supabase';
	/** The user behind the request's session cookie(s), or null. Never throws for a bad cookie. */
	getUser(ctx: AuthContext): Promise<AuthUser | null>;
	/**
	 * Self-registration of a business user. Always "succeeds" for an address that exists already
	 * (a mail tells its owner), so the form does not reveal who has an account. No password yet:
	 * the owner of the address chooses it with the confirmation link (resetPassword, kind
	 * 'signup'), so registering somebody else's address first gains nothing.
	 */
	signUp(ctx: AuthContext, input: { email: string; displayName: string }): Promise<AuthDone>;
	signInWithPassword(
		ctx: AuthContext,
		input: { email: string; password: string }
	): Promise<AuthResult>;
	/** Sends a sign-in link (no account: nothing is sent, and the caller cannot tell). */
	sendSignInLink(ctx: AuthContext, email: string): Promise<AuthDone>;
	/** Verifies a one-time link and signs the user in. */
	verifyLink(ctx: AuthContext, input: { token: string; kind: LinkKind }): Promise<AuthResult>;
	requestPasswordReset(ctx: AuthContext, email: string): Promise<AuthDone>;
	/**
	 * Sets the password with a sign-up, recovery or invite link, confirms the address and signs in;
	 * every other session ends.
	 */
	resetPassword(
		ctx: AuthContext,
		input: { token: string; kind: LinkKind; password: string }
	): Promise<AuthResult>;
	signOut(ctx: AuthContext, options: { everywhere: boolean }): Promise<void>;
	/**
	 * Invites somebody by e-mail with the given roles (staff: coaches and staff; business owners:
	 * colleagues as business users). An existing account gains the roles; a new one gets a link
	 * to choose a password.
	 */
	invite(
		ctx: AuthContext,
		input: { email: string; roles: AppRole[]; invitedBy: string }
	): Promise<AuthDone>;
	/** Sends an app message (embedded: into the outbox; Supabase: see supabase.ts). */
	sendMail(mail: Mail): Promise<void>;
	/** E-mail addresses of users and the language their mails are in (German if none is known). */
	recipientsOf(userIds: string[]): Promise<Map<string, Recipient>>;
	/** Embedded only: the newest messages in the outbox (staff see them on /team/postausgang). */
	listOutbox?(limit: number): Promise<OutboxMail[]>;
}

/** Where and in which language a user's mails go. */
export interface Recipient {
	email: string;
	locale: Locale;
}

/** A message the app sends (reminders, colleague invitations); links are absolute URLs. */
export interface Mail {
	to: string;
	subject: string;
	body: string;
	link?: string;
	kind: string;
}

export interface OutboxMail extends Mail {
	id: number;
	created_at: string;
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
