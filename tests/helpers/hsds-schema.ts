import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * A validator for HSDS `service` objects from the published schemas in tests/fixtures/hsds/schema
 * (see its README). Schemas of objects we neither emit nor read are registered as `false`: an
 * export that carries one of those keys fails instead of passing unchecked.
 */
const dir = 'tests/fixtures/hsds/schema';
const NOT_KEPT = [
	'schedule',
	'funding',
	'program',
	'contact',
	'cost_option',
	'required_document',
	'service_area',
	'attribute',
	'metadata',
	'accessibility',
	'organization_identifier'
];

export function hsdsServiceValidator() {
	const ajv = new Ajv({ strict: false, allErrors: true });
	addFormats.default(ajv);
	// Frictionless Data formats on tables and columns; not JSON Schema formats.
	ajv.addFormat('csv', true);
	ajv.addFormat('%Y', true);
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		ajv.addSchema(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')), file);
	}
	for (const name of NOT_KEPT) ajv.addSchema(false, `${name}.json`);
	const validate = ajv.getSchema('service.json');
	if (!validate) throw new Error('service.json not loaded');
	return (service: unknown) => {
		const ok = validate(service) as boolean;
		return { ok, errors: validate.errors ?? [] };
	};
}
