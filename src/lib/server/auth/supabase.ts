import { createServerClient } from '@supabase/ssr';
import {
	createClient,
	type EmailOtpType,
	type SupabaseClient,
	type User
} from '@supabase/supabase-js';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import type { AppRole } from '../db/types';
import { publicOrigin } from '../http/origin';
import { claimsFor, normaliseEmail, rolesOf } from './embedded';
import { asLocale, requestLocale } from './mails';
import type {
	AuthContext,
	AuthProvider,
	AuthResult,
	AuthUser,
	LinkKind,
	Recipient
} from './provider';

/**
 * Supabase Auth behind the seam (PUBLIC_SUPABASE_URL set). Sessions live in @supabase/ssr's
 * sb-* cookies (http-only, secure, SameSite=Lax); the user's claims are rebuilt from GoTrue's user
 * so the data module gets exactly what the embedded provider gives.
 *
 * Roles are app_metadata.roles, which only the service role can write: sign-up and invitations set
 * them with the admin API (SUPABASE_SERVICE_ROLE_KEY). Mails (confirm, link, reset, invite) are
 * sent by Supabase from its templates; the templates must link to
 * `{{ .SiteURL }}/anmelden/link?token={{ .TokenHash }}&typ=magiclink` and
 * `/passwort/neu?token={{ .TokenHash }}&typ=signup|recovery|invite` (confirming a sign-up means
 * choosing the password).
 *
 * Tested with a recording fetch (supabase.test.ts); NOT verified against a live Supabase here.
 */
export interface SupabaseOptions {
	url: string;
	anonKey: string;
	serviceRoleKey?: string;
	/** Injected in tests to record the requests. */
	fetch?: typeof fetch;
}

/** Links in mails: from the configured origin (ORIGIN), never from the request's Host header. */
function linkOrigin(ctx: AuthContext) {
	return publicOrigin(ctx.url);
}

const OTP_TYPE: Record<LinkKind, EmailOtpType> = {
	signup: 'email',
	magiclink: 'email',
	recovery: 'recovery',
	invite: 'invite'
};

/**
 * A verify answer whose address was confirmed this recently, on an account our app has not marked
 * as confirmed by its owner, is the address's first confirmation (GoTrue sets email_confirmed_at
 * when the link is used; a link is valid for minutes, not hours).
 */
const FIRST_CONFIRMATION_WINDOW_MS = 10 * 60_000;

/** app_metadata flag (only the service role writes it): the owner of the address confirmed it. */
const OWNER_CONFIRMED = 'owner_confirmed';

export function isFirstConfirmation(user: User, now = Date.now()): boolean {
	if ((user.app_metadata as Record<string, unknown> | undefined)?.[OWNER_CONFIRMED] === true)
		return false;
	const at = Date.parse(user.email_confirmed_at ?? user.confirmed_at ?? '');
	return Number.isFinite(at) && now - at >= -60_000 && now - at < FIRST_CONFIRMATION_WINDOW_MS;
}

export function toAuthUser(user: User): AuthUser {
	const roles = rolesOf(user.app_metadata as { roles?: AppRole[] });
	const email = normaliseEmail(user.email ?? '');
	const displayName = (user.user_metadata?.display_name as string | undefined) ?? null;
	return {
		id: user.id,
		email,
		roles,
		displayName,
		claims: claimsFor({ id: user.id, email, roles, displayName })
	};
}

export function supabaseProvider(options: SupabaseOptions): AuthProvider {
	// Node 20 has no global WebSocket: supabase-js needs `ws` for realtime (STACK-NOTES trap 8).
	const realtime = { transport: WebSocket as unknown as typeof globalThis.WebSocket };
	const global = options.fetch ? { fetch: options.fetch } : undefined;

	function client(ctx: AuthContext): SupabaseClient {
		return createServerClient(options.url, options.anonKey, {
			cookies: {
				getAll: () => ctx.cookies.getAll(),
				setAll: (list) => {
					for (const { name, value, options: o } of list) {
						ctx.cookies.set(name, value, { ...o, path: '/', httpOnly: true, sameSite: 'lax' });
					}
				}
			},
			realtime,
			global
		});
	}

	function admin(): SupabaseClient | null {
		if (!options.serviceRoleKey) return null;
		return createClient(options.url, options.serviceRoleKey, {
			auth: { persistSession: false, autoRefreshToken: false },
			realtime,
			global
		});
	}

	async function setRoles(id: string, roles: AppRole[]) {
		const a = admin();
		if (!a) throw new Error('SUPABASE_SERVICE_ROLE_KEY is needed to set roles');
		const { error } = await a.auth.admin.updateUserById(id, { app_metadata: { roles } });
		if (error) throw error;
	}

	/**
	 * The first confirmation of an address by a sign-in link, as the embedded provider's confirm():
	 * whatever was set on the account before goes. Anyone can call GoTrue's /signup with the public
	 * anon key and a password of their choosing for an address that is not theirs; the owner's
	 * sign-in link then confirms the account, and without this the stranger's password would still
	 * sign in. The password becomes a random one nobody knows (the owner signs in by links or sets
	 * one through "forgot password"), other sessions end, and the account is marked as confirmed by
	 * its owner so that later links change nothing. False when that could not be done.
	 */
	async function forgetBeforeConfirmation(c: SupabaseClient, user: User): Promise<boolean> {
		const a = admin();
		if (!a) return false;
		const { error } = await a.auth.admin.updateUserById(user.id, {
			password: randomBytes(32).toString('base64url'),
			app_metadata: { [OWNER_CONFIRMED]: true }
		});
		if (error) return false;
		await c.auth.signOut({ scope: 'others' });
		return true;
	}

	/** After the owner chose the password through a link: later links keep it. */
	async function markOwnerConfirmed(user: User) {
		if ((user.app_metadata as Record<string, unknown> | undefined)?.[OWNER_CONFIRMED] === true)
			return;
		const a = admin();
		if (!a) return;
		const { error } = await a.auth.admin.updateUserById(user.id, {
			app_metadata: { [OWNER_CONFIRMED]: true }
		});
		if (error) console.warn('[auth] could not mark the account as confirmed by its owner', error);
	}

	const failed = (message: string): AuthResult => {
		const reason = /invalid login credentials/i.test(message)
			? 'invalid_credentials'
			: /not confirmed/i.test(message)
				? 'email_not_confirmed'
				: /expired|invalid/i.test(message)
					? 'invalid_link'
					: /weak|password/i.test(message)
						? 'weak_password'
						: 'provider_error';
		return { ok: false, reason };
	};

	return {
		kind: 'supabase',

		async getUser(ctx) {
			// getUser() asks GoTrue, so a revoked session ("sign out everywhere") is noticed at once.
			const { data, error } = await client(ctx).auth.getUser();
			if (error || !data.user) return null;
			return toAuthUser(data.user);
		},

		async signUp(ctx, input) {
			const { data, error } = await client(ctx).auth.signUp({
				email: normaliseEmail(input.email),
				// GoTrue wants a password at sign-up; nobody knows this one. The owner of the address
				// chooses the real password when confirming (/passwort/neu?typ=signup), so whoever
				// registers an address first cannot pre-set the password its owner signs in with.
				password: randomBytes(32).toString('base64url'),
				options: {
					emailRedirectTo: new URL('/passwort/neu?typ=signup', linkOrigin(ctx)).toString(),
					// Supabase's mail templates can read it ({{ .Data.locale }}); our mails do (mails.ts).
					data: { display_name: input.displayName, locale: requestLocale() }
				}
			});
			if (error) return failed(error.message);
			// An existing address comes back without identities: do not touch its roles.
			if (data.user && (data.user.identities?.length ?? 0) > 0)
				await setRoles(data.user.id, ['business']);
			return { ok: true };
		},

		async signInWithPassword(ctx, input) {
			const { data, error } = await client(ctx).auth.signInWithPassword({
				email: normaliseEmail(input.email),
				password: input.password
			});
			if (error || !data.user) return failed(error?.message ?? '');
			return { ok: true, user: toAuthUser(data.user) };
		},

		async sendSignInLink(ctx, email) {
			const { error } = await client(ctx).auth.signInWithOtp({
				email: normaliseEmail(email),
				options: {
					shouldCreateUser: false,
					emailRedirectTo: new URL('/anmelden/link?typ=magiclink', linkOrigin(ctx)).toString()
				}
			});
			// "No such user" is not reported: the form must not reveal who has an account.
			if (error && error.status !== 400 && error.status !== 422) return failed(error.message);
			return { ok: true };
		},

		async verifyLink(ctx, input) {
			const c = client(ctx);
			const { data, error } = await c.auth.verifyOtp({
				token_hash: input.token,
				type: OTP_TYPE[input.kind]
			});
			if (error || !data.user) return { ok: false, reason: 'invalid_link' };
			if (isFirstConfirmation(data.user) && !(await forgetBeforeConfirmation(c, data.user))) {
				// Not signed in with a password someone else may know: refused, session dropped.
				await c.auth.signOut({ scope: 'local' });
				return { ok: false, reason: 'provider_error' };
			}
			return { ok: true, user: toAuthUser(data.user) };
		},

		async requestPasswordReset(ctx, email) {
			const { error } = await client(ctx).auth.resetPasswordForEmail(normaliseEmail(email), {
				redirectTo: new URL('/passwort/neu?typ=recovery', linkOrigin(ctx)).toString()
			});
			if (error && error.status !== 400 && error.status !== 422) return failed(error.message);
			return { ok: true };
		},

		async resetPassword(ctx, input) {
			const c = client(ctx);
			const verified = await c.auth.verifyOtp({
				token_hash: input.token,
				type: OTP_TYPE[input.kind]
			});
			if (verified.error || !verified.data.user) return { ok: false, reason: 'invalid_link' };
			const { data, error } = await c.auth.updateUser({ password: input.password });
			if (error || !data.user) return failed(error?.message ?? '');
			await c.auth.signOut({ scope: 'others' });
			await markOwnerConfirmed(data.user);
			return { ok: true, user: toAuthUser(data.user) };
		},

		async signOut(ctx, { everywhere }) {
			await client(ctx).auth.signOut({ scope: everywhere ? 'global' : 'local' });
		},

		async invite(ctx, input) {
			const a = admin();
			if (!a) return { ok: false, reason: 'not_allowed' };
			const { data, error } = await a.auth.admin.inviteUserByEmail(normaliseEmail(input.email), {
				redirectTo: new URL('/passwort/neu?typ=invite', linkOrigin(ctx)).toString(),
				data: { invited_by: input.invitedBy }
			});
			if (error || !data.user) return failed(error?.message ?? '');
			const roles = [
				...new Set([...rolesOf(data.user.app_metadata as { roles?: AppRole[] }), ...input.roles])
			];
			await setRoles(data.user.id, roles);
			return { ok: true };
		},

		async sendMail(mail) {
			// Supabase Auth sends only its own auth mails; app mails (reminders) need a mail service,
			// which this deployment does not have yet. The business area shows the same reminder.
			console.warn(`[mail] not sent (no mail service configured): ${mail.kind} to ${mail.to}`);
		},

		async recipientsOf(userIds) {
			const a = admin();
			const out = new Map<string, Recipient>();
			if (!a) return out;
			for (const id of userIds) {
				const { data } = await a.auth.admin.getUserById(id);
				const locale = asLocale(data.user?.user_metadata?.locale) ?? 'de';
				if (data.user?.email) out.set(id, { email: data.user.email, locale });
			}
			return out;
		}
	};
}
