import { createHash, randomBytes } from 'node:crypto';
import { asLocale, mailText, requestLocale } from './mails';
import type { Database } from '../db';
import { publicOrigin } from '../http/origin';
import type { AppRole, Claims, Queryable } from '../db/types';
import { hashPassword, verifyPassword } from './password';
import type {
	AuthContext,
	AuthProvider,
	AuthResult,
	AuthUser,
	LinkKind,
	Mail,
	OutboxMail
} from './provider';
import {
	SESSION_COOKIE,
	SESSION_DAYS,
	clearSessionCookie,
	readSession,
	setSessionCookie,
	signSession
} from './session';

/**
 * The embedded auth provider: users in the shim's auth.users, scrypt password hashes, one-time
 * links written to auth.outbox, sessions as jose-signed cookies backed by auth.sessions.
 *
 * This module is the auth server (the role GoTrue plays on Supabase). It is the ONLY code that
 * queries on the owner connection (`db.transport.transaction`) instead of `db.as(claims)`: the
 * auth tables are not reachable for the API roles at all, and before sign-in there are no claims.
 * It never touches app tables (public.*); everything there runs under the user's claims.
 */

interface UserRow {
	id: string;
	email: string;
	raw_app_meta_data: { roles?: AppRole[] } | null;
	raw_user_meta_data?: { display_name?: string; locale?: string } | null;
	encrypted_password: string | null;
	email_confirmed_at: string | null;
}

const LINK_TTL_HOURS: Record<LinkKind, number> = {
	signup: 24,
	magiclink: 1,
	recovery: 1,
	invite: 24 * 7
};

const LINK_PATH: Record<LinkKind, string> = {
	// Confirming a sign-up means choosing the password there (see signUp).
	signup: '/passwort/neu',
	magiclink: '/anmelden/link',
	recovery: '/passwort/neu',
	invite: '/passwort/neu'
};

export function tokenHash(token: string) {
	return createHash('sha256').update(token).digest('hex');
}

export function normaliseEmail(email: string) {
	return email.trim().toLowerCase();
}

export function rolesOf(meta: UserRow['raw_app_meta_data']): AppRole[] {
	const roles = Array.isArray(meta?.roles) ? meta.roles : [];
	return roles.filter((r): r is AppRole => r === 'business' || r === 'coach' || r === 'staff');
}

/** The same claims a Supabase access token carries for this user. */
export function claimsFor(user: {
	id: string;
	email: string;
	roles: AppRole[];
	displayName?: string | null;
}): Claims {
	return {
		role: 'authenticated',
		sub: user.id,
		email: user.email,
		app_metadata: { roles: user.roles, provider: 'email' },
		user_metadata: user.displayName ? { display_name: user.displayName } : {}
	} as Claims;
}

function toAuthUser(
	row: Pick<UserRow, 'id' | 'email' | 'raw_app_meta_data' | 'raw_user_meta_data'>
): AuthUser {
	const roles = rolesOf(row.raw_app_meta_data);
	const displayName = row.raw_user_meta_data?.display_name ?? null;
	return {
		id: row.id,
		email: row.email,
		roles,
		displayName,
		claims: claimsFor({ ...row, roles, displayName })
	};
}

export interface EmbeddedOptions {
	/** QK_SESSION_SECRET; without it a random key is kept in auth.embedded_settings. */
	secret?: string;
	/** Print each outbox message to the console (the dev server does). */
	print?: boolean;
	/** The public origin for links in mails (ORIGIN); see publicOrigin for the fallback. */
	origin?: string;
	/** Running under `vite dev`: links may use the dev server's loopback origin. */
	dev?: boolean;
}

/**
 * The options from the environment. Mails (with their sign-in links, which are secrets) reach
 * stdout only with QK_PRINT_OUTBOX=1, whatever NODE_ENV says; `npm run dev` sets it.
 */
export function embeddedOptionsFrom(
	env: Record<string, string | undefined>,
	dev: boolean
): EmbeddedOptions {
	return {
		secret: env.QK_SESSION_SECRET || undefined,
		print: env.QK_PRINT_OUTBOX === '1',
		origin: env.ORIGIN || env.QK_PUBLIC_ORIGIN || undefined,
		dev
	};
}

export function embeddedProvider(getDb: () => Promise<Database>, options: EmbeddedOptions = {}) {
	let keyPromise: Promise<Uint8Array> | undefined;

	/** Owner connection: see the module comment for why this is the one allowed bypass. */
	async function owner<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
		const db = await getDb();
		// A database that did not answer becomes the app's 503 (db-instance.ts), as in sessions.
		return db.transport.transaction(fn).catch((e) => db.mapError(e));
	}

	function key() {
		keyPromise ??= (async () => {
			if (options.secret && options.secret.length >= 32)
				return new TextEncoder().encode(options.secret);
			const value = await owner(async (q) => {
				await q.query(
					`insert into auth.embedded_settings (key, value) values ('session_secret', $1)
					 on conflict (key) do nothing`,
					[randomBytes(48).toString('base64url')]
				);
				const [row] = await q.query<{ value: string }>(
					`select value from auth.embedded_settings where key = 'session_secret'`
				);
				return row.value;
			});
			return new TextEncoder().encode(value);
		})();
		// A database that did not answer is asked again next time (not remembered as a failure).
		keyPromise.catch(() => (keyPromise = undefined));
		return keyPromise;
	}

	/** Links in mails: from the configured origin, never from the request's Host header. */
	function linkOrigin(ctx: AuthContext) {
		return publicOrigin(ctx.url, { ...process.env, ORIGIN: options.origin }, options.dev);
	}

	async function mail(q: Queryable, m: Mail) {
		await q.query(
			'insert into auth.outbox (to_email, subject, body, link, kind) values ($1, $2, $3, $4, $5)',
			[m.to, m.subject, m.body, m.link ?? null, m.kind]
		);
		if (options.print) {
			console.log(`[outbox] to ${m.to}: ${m.subject}${m.link ? `\n[outbox]   ${m.link}` : ''}`);
		}
	}

	async function issueLink(q: Queryable, origin: string, userId: string, kind: LinkKind) {
		const token = randomBytes(32).toString('base64url');
		await q.query(
			`insert into auth.one_time_tokens (user_id, kind, token_hash, expires_at)
			 values ($1, $2, $3, now() + make_interval(hours => $4))`,
			[userId, kind, tokenHash(token), LINK_TTL_HOURS[kind]]
		);
		const url = new URL(LINK_PATH[kind], origin);
		url.searchParams.set('token', token);
		url.searchParams.set('typ', kind);
		return url.toString();
	}

	async function findUser(q: Queryable, email: string) {
		const [row] = await q.query<UserRow>(
			`select id, email, raw_app_meta_data, raw_user_meta_data, encrypted_password, email_confirmed_at::text
			   from auth.users where email = $1`,
			[normaliseEmail(email)]
		);
		return row;
	}

	/**
	 * Whatever was set on an account before its address was confirmed goes: the password (set by
	 * whoever registered the address, perhaps not its owner), every session and every open link.
	 */
	async function forget(q: Queryable, userId: string) {
		await q.query(
			`update auth.users set encrypted_password = null, updated_at = now()
			  where id = $1 and email_confirmed_at is null`,
			[userId]
		);
		await q.query(
			'update auth.sessions set revoked_at = now() where user_id = $1 and revoked_at is null',
			[userId]
		);
		await q.query(
			'update auth.one_time_tokens set used_at = now() where user_id = $1 and used_at is null',
			[userId]
		);
	}

	/** Marks the address confirmed; the first confirmation first forgets what came before it. */
	async function confirm(q: Queryable, userId: string): Promise<UserRow> {
		const [before] = await q.query<{ email_confirmed_at: string | null }>(
			'select email_confirmed_at::text from auth.users where id = $1 for update',
			[userId]
		);
		if (before && !before.email_confirmed_at) await forget(q, userId);
		const [user] = await q.query<UserRow>(
			`update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
			  where id = $1 returning id, email, raw_app_meta_data, raw_user_meta_data, encrypted_password, email_confirmed_at::text`,
			[userId]
		);
		return user;
	}

	/**
	 * `signingKey` is read before the caller's owner transaction: key() may need its own, and the
	 * embedded database (PGlite, one connection) would wait for the outer one for ever.
	 */
	async function startSession(
		ctx: AuthContext,
		q: Queryable,
		user: UserRow,
		signingKey: Uint8Array
	): Promise<AuthUser> {
		const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000);
		const [session] = await q.query<{ id: string }>(
			`insert into auth.sessions (user_id, expires_at, user_agent) values ($1, $2, $3) returning id`,
			[user.id, expires.toISOString(), ctx.userAgent?.slice(0, 300) ?? null]
		);
		// The language the user signs in with is the one their mails are written in (mails.ts).
		await q.query(
			`update auth.users set last_sign_in_at = now(),
			        raw_user_meta_data = coalesce(raw_user_meta_data, '{}') || jsonb_build_object('locale', $2::text)
			  where id = $1`,
			[user.id, requestLocale()]
		);
		const jwt = await signSession(signingKey, { sub: user.id, sid: session.id }, expires);
		setSessionCookie(ctx.cookies, ctx.url, jwt, expires);
		return toAuthUser(user);
	}

	async function consume(q: Queryable, token: string, kinds: LinkKind[]) {
		const [row] = await q.query<{ user_id: string }>(
			`update auth.one_time_tokens set used_at = now()
			  where token_hash = $1 and kind = any ($2::text[]) and used_at is null and expires_at > now()
			  returning user_id`,
			[tokenHash(token), kinds]
		);
		return row?.user_id;
	}

	const provider: AuthProvider & {
		ensureUser(input: { email: string; password: string; roles: AppRole[] }): Promise<string>;
		listOutbox(limit: number): Promise<OutboxMail[]>;
	} = {
		kind: 'embedded',

		async getUser(ctx) {
			// No cookie, no database: an anonymous request works while the database is away.
			const cookie = ctx.cookies.get(SESSION_COOKIE);
			if (!cookie) return null;
			const token = await readSession(await key(), cookie);
			if (!token) return null;
			const [row] = await owner((q) =>
				q.query<UserRow>(
					`select u.id, u.email, u.raw_app_meta_data, u.raw_user_meta_data
					   from auth.sessions s join auth.users u on u.id = s.user_id
					  where s.id = $1 and s.user_id = $2 and s.revoked_at is null and s.expires_at > now()
					    and u.email_confirmed_at is not null`,
					[token.sid, token.sub]
				)
			);
			return row ? toAuthUser(row) : null;
		},

		async signUp(ctx, input) {
			const email = normaliseEmail(input.email);
			await owner(async (q) => {
				const existing = await findUser(q, email);
				if (existing?.email_confirmed_at) {
					const link = await issueLink(q, linkOrigin(ctx), existing.id, 'magiclink');
					// To the account's owner, who may not be the one filling in the form: in their language.
					const locale = asLocale(existing.raw_user_meta_data?.locale) ?? requestLocale();
					await mail(q, { to: email, ...mailText.existing(locale, link), link, kind: 'existing' });
					return;
				}
				// No password before the address is confirmed: whoever registers an address first
				// must not be able to pre-set the password its owner would then sign in with. The
				// sign-up link leads to choosing the password (resetPassword with kind 'signup').
				const id =
					existing?.id ??
					(
						await q.query<{ id: string }>(
							`insert into auth.users (email, encrypted_password, raw_app_meta_data, raw_user_meta_data)
							 values ($1, null, $2::jsonb, $3::jsonb) returning id`,
							[
								email,
								JSON.stringify({ provider: 'email', roles: ['business'] }),
								JSON.stringify({ display_name: input.displayName, locale: requestLocale() })
							]
						)
					)[0].id;
				const link = await issueLink(q, linkOrigin(ctx), id, 'signup');
				await mail(q, {
					to: email,
					...mailText.signup(requestLocale(), link),
					link,
					kind: 'signup'
				});
			});
			return { ok: true };
		},

		async signInWithPassword(ctx, input) {
			const user = await owner((q) => findUser(q, input.email));
			const good = await verifyPassword(input.password, user?.encrypted_password);
			// An unconfirmed account never signs in with a password, whoever set it; the answer is
			// the same as for a wrong password so the form does not reveal the address exists.
			if (!user || !good || !user.email_confirmed_at)
				return { ok: false, reason: 'invalid_credentials' };
			const signingKey = await key();
			return owner(async (q): Promise<AuthResult> => ({
				ok: true,
				user: await startSession(ctx, q, user, signingKey)
			}));
		},

		async sendSignInLink(ctx, email) {
			await owner(async (q) => {
				const user = await findUser(q, email);
				if (!user) return;
				const link = await issueLink(q, linkOrigin(ctx), user.id, 'magiclink');
				await mail(q, {
					to: user.email,
					...mailText.magiclink(requestLocale(), link),
					link,
					kind: 'magiclink'
				});
			});
			return { ok: true };
		},

		async verifyLink(ctx, input) {
			if (input.kind !== 'signup' && input.kind !== 'magiclink')
				return { ok: false, reason: 'invalid_link' };
			const signingKey = await key();
			return owner(async (q): Promise<AuthResult> => {
				// A sign-up link and a sign-in link both prove control of the mailbox.
				const userId = await consume(q, input.token, ['signup', 'magiclink']);
				if (!userId) return { ok: false, reason: 'invalid_link' };
				const user = await confirm(q, userId);
				return { ok: true, user: await startSession(ctx, q, user, signingKey) };
			});
		},

		async requestPasswordReset(ctx, email) {
			await owner(async (q) => {
				const user = await findUser(q, email);
				if (!user) return;
				const link = await issueLink(q, linkOrigin(ctx), user.id, 'recovery');
				await mail(q, {
					to: user.email,
					...mailText.recovery(requestLocale(), link),
					link,
					kind: 'recovery'
				});
			});
			return { ok: true };
		},

		async resetPassword(ctx, input) {
			const hash = await hashPassword(input.password);
			const signingKey = await key();
			return owner(async (q): Promise<AuthResult> => {
				const userId = await consume(q, input.token, ['recovery', 'invite', 'signup']);
				if (!userId) return { ok: false, reason: 'invalid_link' };
				await confirm(q, userId);
				const [user] = await q.query<UserRow>(
					`update auth.users
					    set encrypted_password = $2, email_confirmed_at = coalesce(email_confirmed_at, now()),
					        updated_at = now()
					  where id = $1 returning id, email, raw_app_meta_data, raw_user_meta_data, encrypted_password, email_confirmed_at::text`,
					[userId, hash]
				);
				// A new password ends every other session (the old password may have leaked).
				await q.query(
					'update auth.sessions set revoked_at = now() where user_id = $1 and revoked_at is null',
					[userId]
				);
				await q.query(
					`update auth.one_time_tokens set used_at = now() where user_id = $1 and used_at is null`,
					[userId]
				);
				return { ok: true, user: await startSession(ctx, q, user, signingKey) };
			});
		},

		async signOut(ctx, { everywhere }) {
			const token = await readSession(await key(), ctx.cookies.get(SESSION_COOKIE));
			if (token) {
				await owner((q) =>
					everywhere
						? q.query(
								'update auth.sessions set revoked_at = now() where user_id = $1 and revoked_at is null',
								[token.sub]
							)
						: q.query('update auth.sessions set revoked_at = now() where id = $1', [token.sid])
				);
			}
			clearSessionCookie(ctx.cookies, ctx.url);
		},

		async invite(ctx, input) {
			const email = normaliseEmail(input.email);
			// Nobody has read an invitation yet: it is in the inviter's language (German below).
			const locale = requestLocale();
			await owner(async (q) => {
				const existing = await findUser(q, email);
				if (existing && !existing.email_confirmed_at) {
					// Nobody has proved control of this address yet: whoever registered it may not be its
					// owner. Drop what they set (password, sessions, links) and let the owner choose a
					// password through the invitation; only then do the roles count.
					await forget(q, existing.id);
					const roles = [...new Set([...rolesOf(existing.raw_app_meta_data), ...input.roles])];
					await q.query(
						`update auth.users set raw_app_meta_data = raw_app_meta_data || jsonb_build_object('roles', $2::jsonb),
						        invited_by = $3, updated_at = now() where id = $1`,
						[existing.id, JSON.stringify(roles), input.invitedBy]
					);
					const link = await issueLink(q, linkOrigin(ctx), existing.id, 'invite');
					await mail(q, {
						to: email,
						...mailText.invite(locale, link, input.roles),
						link,
						kind: 'invite'
					});
					return;
				}
				if (existing) {
					const roles = [...new Set([...rolesOf(existing.raw_app_meta_data), ...input.roles])];
					await q.query(
						`update auth.users set raw_app_meta_data = raw_app_meta_data || jsonb_build_object('roles', $2::jsonb),
						        updated_at = now() where id = $1`,
						[existing.id, JSON.stringify(roles)]
					);
					const link = await issueLink(q, linkOrigin(ctx), existing.id, 'magiclink');
					await mail(q, {
						to: email,
						...mailText.roleAdded(
							asLocale(existing.raw_user_meta_data?.locale) ?? locale,
							link,
							input.roles
						),
						link,
						kind: 'role_added'
					});
					return;
				}
				const [user] = await q.query<{ id: string }>(
					`insert into auth.users (email, raw_app_meta_data, invited_by) values ($1, $2::jsonb, $3) returning id`,
					[email, JSON.stringify({ provider: 'email', roles: input.roles }), input.invitedBy]
				);
				const link = await issueLink(q, linkOrigin(ctx), user.id, 'invite');
				await mail(q, {
					to: email,
					...mailText.invite(locale, link, input.roles),
					link,
					kind: 'invite'
				});
			});
			return { ok: true };
		},

		async sendMail(m) {
			await owner((q) => mail(q, m));
		},

		async recipientsOf(userIds) {
			if (userIds.length === 0) return new Map();
			const rows = await owner((q) =>
				q.query<{ id: string; email: string; locale: string | null }>(
					`select id, email, raw_user_meta_data->>'locale' as locale
					   from auth.users where id = any ($1::uuid[])`,
					[userIds]
				)
			);
			return new Map(
				rows.map((r) => [r.id, { email: r.email, locale: asLocale(r.locale) ?? 'de' }])
			);
		},

		async listOutbox(limit) {
			return owner((q) =>
				q.query<OutboxMail>(
					`select id, to_email as "to", subject, body, link, kind, created_at::text
					   from auth.outbox order by id desc limit $1`,
					[limit]
				)
			);
		},

		/**
		 * Creates (or updates the roles and password of) a confirmed account: the first staff member
		 * on a fresh database (QK_BOOTSTRAP_STAFF), never reachable from a form.
		 */
		async ensureUser(input) {
			const email = normaliseEmail(input.email);
			const hash = await hashPassword(input.password);
			return owner(async (q) => {
				const [row] = await q.query<{ id: string }>(
					`insert into auth.users (email, encrypted_password, raw_app_meta_data, email_confirmed_at)
					 values ($1, $2, $3::jsonb, now())
					 on conflict (email) do update
					   set raw_app_meta_data = auth.users.raw_app_meta_data || excluded.raw_app_meta_data,
					       encrypted_password = excluded.encrypted_password,
					       email_confirmed_at = coalesce(auth.users.email_confirmed_at, now())
					 returning id`,
					[email, hash, JSON.stringify({ provider: 'email', roles: input.roles })]
				);
				return row.id;
			});
		}
	};
	return provider;
}

export type EmbeddedProvider = ReturnType<typeof embeddedProvider>;
