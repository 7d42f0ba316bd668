/**
 * The region's address index in the browser: known at build time (vite.config.ts defines
 * `__QK_ADDRESSES__` from regions/<id>/static/addresses/addresses.v1.bin, or null when the city
 * has not built its data yet), downloaded once on first use, searched on the device. The request
 * carries nothing of what is typed: the whole file comes, the search runs here.
 */
import { REGION } from '../region';
import { decodeAddresses } from './format';
import { AddressSearch, type AddressHit } from './search';

export type { AddressHit } from './search';
export { AddressSearch } from './search';

export interface AddressIndexInfo {
	/** URL of addresses.v1.bin (with its build time, so a new build is fetched anew) */
	url: string;
	bytes: number;
	addresses: number;
	streets: number;
}

declare const __QK_ADDRESSES__: AddressIndexInfo | null | undefined;

/** null: the region ships no address index. */
export const ADDRESS_INDEX: AddressIndexInfo | null =
	typeof __QK_ADDRESSES__ === 'object' ? __QK_ADDRESSES__ : null;

let loading: Promise<AddressSearch> | null = null;

/** The search over the region's index, fetched on the first call (null without an index). */
export function loadAddressSearch(fetchFn: typeof fetch = fetch): Promise<AddressSearch> | null {
	if (!ADDRESS_INDEX) return null;
	loading ??= fetchFn(ADDRESS_INDEX.url)
		.then((res) => {
			if (!res.ok) throw new Error(`address index: HTTP ${res.status}`);
			return res.arrayBuffer();
		})
		.then((buf) => new AddressSearch(decodeAddresses(new Uint8Array(buf))))
		.catch((e) => {
			loading = null; // try again next time
			throw e;
		});
	return loading;
}

/** "Elbeallee 12a" (or the street alone). */
export function addressLabel(hit: AddressHit): string {
	return hit.housenumber ? `${hit.street} ${hit.housenumber}` : hit.street;
}

/** The quarter's name from region.json, or null outside the programme's areas. */
export function addressQuarterName(hit: AddressHit): string | null {
	return REGION.areas.find((a) => a.id === hit.quarter)?.name ?? null;
}
