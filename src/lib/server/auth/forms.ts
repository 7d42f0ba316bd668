import { m } from '$lib/i18n';
import type { AppRole } from '../db/types';
import type { AuthFailure } from './provider';

export function failureMessage(reason: AuthFailure): string {
	switch (reason) {
		case 'invalid_credentials':
			return m.auth_invalid_credentials();
		case 'email_not_confirmed':
			return m.auth_email_not_confirmed();
		case 'invalid_link':
			return m.auth_invalid_link();
		case 'weak_password':
			return m.auth_weak_password();
		case 'not_allowed':
			return m.auth_not_allowed();
		default:
			return m.auth_provider_error();
	}
}

/** Where a freshly signed-in user starts. */
export function homeFor(roles: AppRole[]) {
	if (roles.includes('staff')) return '/moderation';
	if (roles.includes('business')) return '/betrieb';
	if (roles.includes('coach')) return '/beratung';
	return '/';
}
