import { z } from 'zod';
import { m } from '$lib/i18n';
import { safeRedirect } from '$lib/safe-redirect';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

const email = z
	.string({ error: () => m.auth_email_invalid() })
	.trim()
	.toLowerCase()
	.max(254, { error: () => m.auth_email_too_long() })
	.refine((v) => z.email().safeParse(v).success, { error: () => m.auth_email_invalid() });
const password = z
	.string()
	.min(PASSWORD_MIN, { error: () => m.auth_password_too_short({ min: PASSWORD_MIN }) })
	.max(PASSWORD_MAX, { error: () => m.auth_password_too_long({ max: PASSWORD_MAX }) });
const honeypot = { fax: z.string().max(200).default('') };

export const signInSchema = z.object({
	email,
	// Sign-in accepts any length up to the maximum: old passwords may predate today's minimum.
	password: z
		.string()
		.max(PASSWORD_MAX, { error: () => m.auth_password_too_long({ max: PASSWORD_MAX }) })
		.default(''),
	weiter: z.string().max(500).default('')
});

export const linkRequestSchema = z.object({
	email,
	...honeypot,
	weiter: z.string().max(500).default('')
});

export const signUpSchema = z.object({
	display_name: z
		.string()
		.trim()
		.min(1, { error: () => m.auth_name_required() })
		.max(120, { error: () => m.auth_name_too_long() })
		.refine((v) => !/[<>]/.test(v), { error: () => m.auth_name_no_brackets() }),
	email,
	...honeypot
});

export const newPasswordSchema = z
	.object({
		token: z.string().min(20).max(200),
		typ: z.enum(['signup', 'recovery', 'invite']),
		password,
		password_repeat: z.string().max(PASSWORD_MAX)
	})
	.refine((v) => v.password === v.password_repeat, {
		path: ['password_repeat'],
		error: () => m.auth_passwords_differ()
	});

/** A post-sign-in target inside this site only (no open redirect). */
export function safeNext(value: string | null | undefined, fallback: string) {
	return safeRedirect(value, fallback);
}
