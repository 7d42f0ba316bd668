/** The roles an account can hold (public.user_role). */
export const ROLES = ['business', 'coach', 'staff'] as const;
export type AppRole = (typeof ROLES)[number];
