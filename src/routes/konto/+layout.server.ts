import { publicUser } from '$lib/server/auth/layout';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({ user: publicUser(locals.user) });
