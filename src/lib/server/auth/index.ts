import { dev } from '$app/environment';
import { env as publicEnv } from '$env/dynamic/public';
import { env } from '$env/dynamic/private';
import { getDatabase } from '../db-instance';
import { embeddedOptionsFrom, embeddedProvider, type EmbeddedProvider } from './embedded';
import type { AuthProvider } from './provider';

export type { AuthProvider, AuthUser, AuthContext, LinkKind } from './provider';

let provider: AuthProvider | undefined;

/**
 * The process-wide auth provider: Supabase Auth when PUBLIC_SUPABASE_URL is set, otherwise the
 * embedded one. The Supabase module is imported lazily so embedded deployments never load it.
 */
export async function getAuth(): Promise<AuthProvider> {
	if (provider) return provider;
	if (publicEnv.PUBLIC_SUPABASE_URL) {
		const { supabaseProvider } = await import('./supabase');
		provider = supabaseProvider({
			url: publicEnv.PUBLIC_SUPABASE_URL,
			anonKey: publicEnv.PUBLIC_SUPABASE_ANON_KEY ?? '',
			serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY || undefined
		});
	} else {
		provider = embeddedProvider(getDatabase, embeddedOptionsFrom(env, dev));
	}
	return provider;
}

export function isEmbedded(p: AuthProvider): p is EmbeddedProvider {
	return p.kind === 'embedded';
}

/**
 * QK_BOOTSTRAP_STAFF="email:password" creates (or resets) one confirmed staff account on the
 * embedded provider at start-up: the first staff member of a fresh database, and the e2e tests'.
 */
export async function bootstrapStaff() {
	const value = env.QK_BOOTSTRAP_STAFF;
	if (!value) return;
	const auth = await getAuth();
	if (!isEmbedded(auth)) return;
	const at = value.indexOf(':');
	const email = value.slice(0, at);
	const password = value.slice(at + 1);
	if (at < 1 || password.length < 10) {
		console.warn('[auth] QK_BOOTSTRAP_STAFF must be "email:password" (password ≥ 10 characters)');
		return;
	}
	const id = await auth.ensureUser({ email, password, roles: ['staff'] });
	const db = await getDatabase();
	// The staff profile is written under the new staff member's own claims (RLS allows staff).
	await db.as({ role: 'authenticated', sub: id, email, app_metadata: { roles: ['staff'] } }).query(
		`insert into public.profiles (id, display_name, role) values ($1, 'Projektteam', 'staff')
			 on conflict (id) do nothing`,
		[id]
	);
	console.log(`[auth] staff account ${email} ready`);
}
