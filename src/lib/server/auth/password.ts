import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt (node:crypto, no native dependency). Stored as
 * `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>` so the cost can rise later without breaking old hashes.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 64;

function derive(password: string, salt: Buffer, opts: { N: number; r: number; p: number }) {
	const options: ScryptOptions = { ...opts, maxmem: 128 * opts.N * opts.r * 2 };
	return new Promise<Buffer>((resolve, reject) =>
		scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) =>
			err ? reject(err) : resolve(key)
		)
	);
}

export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, COST);
	return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join(
		'$'
	);
}

/** A hash of nothing in particular: verified against when the user is unknown, to even out timing. */
let dummy: Promise<string> | undefined;

export async function verifyPassword(password: string, stored: string | null | undefined) {
	const target = stored ?? (await (dummy ??= hashPassword('not a real password')));
	const [scheme, n, r, p, salt, hash] = target.split('$');
	if (scheme !== 'scrypt' || !salt || !hash) return false;
	const expected = Buffer.from(hash, 'base64');
	const key = await derive(password, Buffer.from(salt, 'base64'), {
		N: Number(n),
		r: Number(r),
		p: Number(p)
	});
	return stored != null && key.length === expected.length && timingSafeEqual(key, expected);
}
