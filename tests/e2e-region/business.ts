import { request as newRequest, type Browser } from '@playwright/test';
import { businessWithOrganisation, signInRequest, staffEmail, staffPassword } from '../e2e/helpers';
import { musterstadtAddresses } from '../../scripts/data-build/testing/musterstadt';

/** One of Musterstadt's addresses (scripts/data-build/testing/musterstadt.ts). */
export function musterstadtAddress(street: string, housenumber: string) {
	const a = musterstadtAddresses().find(
		(x) => x.street === street && x.housenumber === housenumber
	);
	if (!a) throw new Error(`no address ${street} ${housenumber} in Musterstadt`);
	return a;
}

/**
 * A business account through the real sign-up (tests/e2e/helpers.ts: link from staff's outbox) with
 * one organisation at a Musterstadt address, and a German browser context signed in as it.
 */
export async function musterstadtBusiness(browser: Browser, baseURL: string, tag: string) {
	const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
	// Form posts from outside a page need the origin (SvelteKit's CSRF check).
	const headers = { origin: new URL(baseURL).origin, accept: 'text/html' };
	const staff = await newRequest.newContext({ baseURL, extraHTTPHeaders: headers });
	const business = await newRequest.newContext({ baseURL, extraHTTPHeaders: headers });
	await signInRequest(staff, staffEmail, staffPassword);
	const home = musterstadtAddress('Lindenallee', '18');
	const orgId = await businessWithOrganisation(business, staff, {
		email: `${tag}-${run}@example.test`,
		displayName: `Musterbetrieb ${tag}`,
		password: 'muster-passwort-12345',
		organisation: `Musterbetrieb ${tag} ${run}`,
		location: { address: 'Lindenallee 18', lat: home.lat, lon: home.lon }
	});
	const storageState = await business.storageState();
	await staff.dispose();
	await business.dispose();
	const context = await browser.newContext({ baseURL, locale: 'de-DE', storageState });
	return { context, orgId, run, storageState };
}
