/**
 * Bielefeld as the seed sees it: the three programme quarters, the open-data files and the
 * attribution of the shipped layers. (When regions/<name>/ folders exist, this object is read
 * from regions/bielefeld/ instead.)
 */
import type { SeedRegion } from './region.ts';

const DRAWN_SOURCE =
	'Näherung, gezeichnet nach quartiersbuero-sieker.de / quartiersmanagement-baumheide.de; keine amtliche Grenze';
const STADTBEZIRKE_URL = 'https://open-data.bielefeld.de/dataset/stadtbezirke';

export const bielefeld: SeedRegion = {
	id: 'bielefeld',
	city: { name: 'Bielefeld', ags: '05711000' },
	timeZone: 'Europe/Berlin',
	files: {
		districts: 'bielefeld/bielefeld-stadtbezirke/stadtbezirke_wgs84.geojson',
		outline: 'bielefeld/bielefeld-stadtbezirke/bielefeld_city_outline_wgs84.geojson',
		stops: 'bielefeld/bielefeld-stops-db/bielefeld_stops_db-hafas-stations.geojson',
		schools: 'bielefeld/bielefeld-schools/schulen_bielefeld.geojson'
	},
	// The same box as programmeBbox in regions/bielefeld/region.json.
	bbox: [8.5, 51.91, 8.66, 52.08],
	quarters: [
		{
			id: 'sennestadt',
			name: 'Sennestadt',
			short: 'Sennestadt',
			postcode: '33689',
			streets: [
				'Elbeallee',
				'Travestraße',
				'Reichowplatz',
				'Vennhofallee',
				'Rheinallee',
				'Donauallee',
				'Sennestadtring',
				'Lämershagener Straße',
				'Werraweg',
				'Fuggerstraße'
			],
			center: [8.5859, 51.9456],
			boundary: { district: 'Sennestadt' },
			source:
				'Stadtbezirk Sennestadt (Stand 2018): © Stadt Bielefeld, Amt für Geoinformation und Kataster, open-data.bielefeld.de (CC BY 4.0)',
			centralStop: 'Sennestadt Sennestadthaus',
			stopsNearCentre: { withinM: 3000, halfWeightM: 700 },
			surroundings: { postcode: '33659', streets: ['Paderborner Straße', 'Senner Hellweg'] }
		},
		{
			id: 'sieker-mitte',
			name: 'Sieker-Mitte',
			short: 'Sieker',
			postcode: '33605',
			streets: [
				'Greifswalder Straße',
				'Stralsunder Straße',
				'Sieker Mitte',
				'Detmolder Straße',
				'Rostocker Straße',
				'Wismarer Straße',
				'Gerstenkamp',
				'Otto-Brenner-Straße'
			],
			center: [8.5668, 52.0064],
			// ~197 ha east of Otto-Brenner-Straße around Stralsunder/Greifswalder Straße
			boundary: {
				drawn: {
					offsetsM: [
						[-560, 780],
						[-120, 700],
						[300, 640],
						[620, 430],
						[700, 60],
						[600, -330],
						[330, -620],
						[-80, -700],
						[-460, -560],
						[-640, -220],
						[-700, 160],
						[-720, 520]
					],
					areaHa: 197
				}
			},
			source: DRAWN_SOURCE,
			centralStop: 'Sieker Greifswalder Straße',
			surroundings: { postcode: '33604', streets: ['Detmolder Straße', 'Otto-Brenner-Straße'] }
		},
		{
			id: 'baumheide',
			name: 'Baumheide',
			short: 'Baumheide',
			postcode: '33609',
			streets: [
				'Rabenhof',
				'Donauschwabenstraße',
				'Am Wellbach',
				'Salzufler Straße',
				'Seidenstickerstraße',
				'Banater Weg',
				'Am Großen Wiel',
				'Wacholderweg'
			],
			center: [8.5938, 52.0465],
			boundary: {
				drawn: {
					offsetsM: [
						[-330, 860],
						[230, 830],
						[560, 560],
						[660, 170],
						[580, -240],
						[400, -610],
						[90, -870],
						[-260, -830],
						[-520, -520],
						[-640, -120],
						[-620, 300],
						[-560, 640]
					],
					areaHa: 200
				}
			},
			source: DRAWN_SOURCE,
			centralStop: 'Heepen Baumheide',
			surroundings: { postcode: '33719', streets: ['Salzufler Straße', 'Heeper Straße'] }
		}
	],
	stopPlacePrefixes: [
		'Sennestadt',
		'Heepen',
		'Milse',
		'Stieghorst',
		'Sieker',
		'Dalbke',
		'Eckardtsheim',
		'Heideblümchen'
	],
	stopStreetNames: ['Rabenhof', 'Sieker Mitte'],
	squares: ['Reichowplatz', 'Sieker Mitte'],
	attribution: [
		{
			layer: 'city-outline',
			text: 'Stadtgrenze (aus den Stadtbezirken abgeleitet): © Stadt Bielefeld, Amt für Geoinformation und Kataster, open-data.bielefeld.de',
			licence: 'CC BY 4.0',
			url: STADTBEZIRKE_URL
		},
		{
			layer: 'stadtbezirke',
			text: 'Stadtbezirke: © Stadt Bielefeld, Amt für Geoinformation und Kataster, open-data.bielefeld.de',
			licence: 'CC BY 4.0',
			url: STADTBEZIRKE_URL
		},
		{
			layer: 'quarters',
			text: 'Quartiere: Sennestadt = Stadtbezirk (© Stadt Bielefeld, CC BY 4.0); Sieker-Mitte und Baumheide = gezeichnete Näherung, keine amtliche Grenze',
			licence: 'CC BY 4.0',
			url: STADTBEZIRKE_URL
		},
		{
			layer: 'stops',
			text: 'Haltestellen: © DB InfraGO (CC BY 4.0); © OpenStreetMap-Mitwirkende (ODbL)',
			licence: 'ODbL-1.0',
			url: 'https://github.com/derhuerst/db-hafas-stations'
		},
		{
			layer: 'schools',
			text: 'Schulen: © Ministerium für Schule und Bildung NRW',
			licence: 'dl-de/by-2-0',
			url: 'https://www.schulministerium.nrw/open-data'
		}
	],
	seedNotice: [
		'Quarter boundary of Sennestadt: © Stadt Bielefeld, Amt für Geoinformation und Kataster',
		'(CC BY 4.0); Sieker-Mitte and Baumheide are drawn approximations. Locations are placed near',
		'public-transport stops (© DB InfraGO CC BY 4.0, © OpenStreetMap contributors ODbL).',
		'See DATA-LICENSES.md.'
	]
};
