import { z } from 'zod';
import { ROLES } from '$lib/auth/roles';
import type { Claims } from './types';

const uuid = z.uuid();

export const claimsSchema = z.object({
	role: z.enum(['anon', 'authenticated', 'service_role']),
	sub: uuid.optional(),
	email: z.email().optional(),
	app_metadata: z
		.object({ roles: z.array(z.enum(ROLES)).optional() })
		.loose()
		.optional()
});

export const ANON: Claims = Object.freeze({ role: 'anon' }) as Claims;

/** Validates claims before they reach `set local role`: the role name is spliced into SQL. */
export function parseClaims(input: unknown): Claims {
	const claims = claimsSchema.loose().parse(input) as Claims;
	if (claims.role === 'authenticated' && !claims.sub) {
		throw new Error('authenticated claims need a sub');
	}
	return claims;
}
