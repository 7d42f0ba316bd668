/**
 * A pin further than this from where its address text lies is probably wrong: the business form
 * warns on the device (AddressPin.svelte) and the server shows it to the moderator
 * ($lib/server/business/location.ts) by the same figure.
 */
export const PIN_ADDRESS_MAX_METRES = 300;
