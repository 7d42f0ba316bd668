import { authText as t } from '$lib/auth/messages';
import type { AppRole } from '../db/types';
import type { AuthFailure } from './provider';

export function failureMessage(reason: AuthFailure): string {
	switch (reason) {
		case 'invalid_credentials':
			return t.invalidCredentials;
		case 'email_not_confirmed':
			return t.emailNotConfirmed;
		case 'invalid_link':
			return t.invalidLink;
		case 'weak_password':
			return t.weakPassword;
		case 'not_allowed':
			return t.notAllowed;
		default:
			return t.providerError;
	}
}

/** Where a freshly signed-in user starts. */
export function homeFor(roles: AppRole[]) {
	if (roles.includes('staff')) return '/moderation';
	if (roles.includes('business')) return '/betrieb';
	return '/';
}
