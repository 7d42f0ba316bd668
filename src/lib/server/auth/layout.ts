/** What the area layouts show of the signed-in user (never the claims). */
export function publicUser(user: App.Locals['user']) {
	return user ? { email: user.email, roles: user.roles, displayName: user.displayName } : null;
}
