// Text catalogue for the fictional demo data (German first). Everything here is invented; the
// generator combines these pieces with a seeded PRNG, so the output is stable between runs.
// `{q}` is replaced with the short quarter name (Sennestadt, Sieker, Baumheide).

export const QUARTER_META = {
	sennestadt: {
		short: 'Sennestadt',
		plz: '33689',
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
		]
	},
	'sieker-mitte': {
		short: 'Sieker',
		plz: '33605',
		streets: [
			'Greifswalder Straße',
			'Stralsunder Straße',
			'Sieker Mitte',
			'Detmolder Straße',
			'Rostocker Straße',
			'Wismarer Straße',
			'Gerstenkamp',
			'Otto-Brenner-Straße'
		]
	},
	baumheide: {
		short: 'Baumheide',
		plz: '33609',
		streets: [
			'Rabenhof',
			'Donauschwabenstraße',
			'Am Wellbach',
			'Salzufler Straße',
			'Seidenstickerstraße',
			'Banater Weg',
			'Am Großen Wiel',
			'Wacholderweg'
		]
	}
};

export const SURNAMES = [
	'Becker',
	'Yılmaz',
	'Kowalski',
	'Schmidt',
	'Haddad',
	'Petrenko',
	'Meier',
	'Öztürk',
	'Wagner',
	'Nowak',
	'Koch',
	'Hoffmann',
	'Iwanowa',
	'Demir',
	'Brinkmann',
	'Kaya',
	'Schulte',
	'Lange',
	'Hassan',
	'Bondarenko',
	'Wiebe',
	'Rahimi',
	'Krüger',
	'Aydın',
	'Pohl',
	'Şahin',
	'Klassen',
	'Berger',
	'Mustafa',
	'Vogt'
];

// Language mixes (ISO 639-1), `de` always first.
export const LANGUAGE_MIXES = [
	['de'],
	['de'],
	['de', 'en'],
	['de', 'tr'],
	['de', 'ar'],
	['de', 'ru'],
	['de', 'uk', 'ru'],
	['de', 'pl'],
	['de', 'tr', 'ku'],
	['de', 'ar', 'fa'],
	['de', 'en', 'tr'],
	['de', 'en', 'ar', 'uk']
];

const PERKS = [
	'Quereinstieg möglich, wir arbeiten Sie gründlich ein.',
	'Arbeitszeiten lassen sich mit Kita- und Schulzeiten abstimmen.',
	'Ein kleines, freundliches Team mit festen Ansprechpersonen.',
	'Gut mit Bus und Stadtbahn erreichbar.',
	'Fahrtkostenzuschuss und Arbeitskleidung werden gestellt.',
	'Auch ohne Berufsabschluss – wichtig sind Zuverlässigkeit und Freude an der Arbeit.',
	'Wir unterstützen bei Deutschkursen neben der Arbeit.',
	'Eine Übernahme in ein festes Arbeitsverhältnis ist unser Ziel.'
];
export { PERKS };

export const HOW_TO_APPLY = [
	'Einfach mit Lebenslauf vorbeikommen, Mo–Fr zwischen 8 und 10 Uhr.',
	'Kurzer Anruf genügt – wir vereinbaren ein Kennenlerngespräch.',
	'Kurze E-Mail mit Lebenslauf, ein Anschreiben ist nicht nötig.',
	'Anrufen oder vorbeikommen; Unterlagen können nachgereicht werden.',
	'Bewerbung per E-Mail oder persönlich im Laden abgeben.',
	'Über das Quartiersbüro: Das Team leitet Ihre Unterlagen weiter und hilft beim Lebenslauf.',
	'Probearbeiten nach telefonischer Absprache – danach entscheiden wir gemeinsam.'
];

// Employer sectors. names: fictional. vacancies: title, working times, German level, hourly pay.
export const SECTORS = [
	{
		key: 'bakery',
		names: ['Bäckerei Hüsemann', 'Backstube Kaya', 'Landbäckerei Brinkmann'],
		desc: [
			'Handwerksbäckerei mit eigener Backstube und Verkaufscafé im {q}.',
			'Familienbetrieb seit drei Generationen: Brot, Brötchen und Kuchen aus eigener Herstellung.',
			'Bäckerei mit Frühstückscafé, beliebter Treffpunkt im Quartier.'
		],
		hours: [
			'Mo-Fr 06:00-18:00; Sa 06:00-13:00; Su 07:30-11:00',
			'Mo-Sa 06:00-18:00; Su 07:00-11:00'
		],
		vacancies: [
			{
				title: 'Verkäufer/in in der Bäckerei',
				wt: ['part_time', 'mini_job'],
				de: ['A2', 'B1'],
				pay: [14.6, 15.5]
			},
			{
				title: 'Helfer/in in der Backstube (früh)',
				wt: ['full_time', 'part_time'],
				de: ['none', 'A1', 'A2'],
				pay: [14.6, 16]
			}
		]
	},
	{
		key: 'supermarket',
		names: ['Frischemarkt {q}', 'Quartiersmarkt {q}', 'Markt & Mehr {q}'],
		desc: [
			'Lebensmittelmarkt mit Frischetheke und Lieferservice für ältere Menschen.',
			'Nahversorger im Quartier mit Obst, Gemüse und internationalen Produkten.',
			'Supermarkt mit großem Sortiment türkischer, arabischer und osteuropäischer Lebensmittel.'
		],
		hours: ['Mo-Sa 07:00-21:00', 'Mo-Sa 07:00-20:00'],
		vacancies: [
			{
				title: 'Mitarbeiter/in Warenverräumung',
				wt: ['mini_job', 'part_time'],
				de: ['none', 'A1', 'A2'],
				pay: [14.6, 15]
			},
			{
				title: 'Kassierer/in',
				wt: ['part_time', 'full_time'],
				de: ['A2', 'B1'],
				pay: [14.6, 16.5]
			},
			{
				title: 'Mitarbeiter/in Frischetheke',
				wt: ['full_time', 'part_time'],
				de: ['A2', 'B1'],
				pay: [15, 17]
			}
		]
	},
	{
		key: 'logistics',
		names: ['Senne Logistik GmbH', 'Lagerhaus Ostwestfalen GmbH'],
		desc: [
			'Kontraktlogistik für Handel und Industrie: Lager, Kommissionierung und Versand.',
			'Regionales Lager- und Umschlagzentrum mit Schichtbetrieb.'
		],
		hours: ['Mo-Fr 06:00-22:00', 'Mo-Fr 05:00-22:00; Sa 06:00-14:00'],
		vacancies: [
			{
				title: 'Lagerhelfer/in Kommissionierung',
				wt: ['full_time', 'part_time'],
				de: ['none', 'A1', 'A2'],
				pay: [15, 16.5]
			},
			{
				title: 'Staplerfahrer/in (Schein wird finanziert)',
				wt: ['full_time'],
				de: ['A2', 'B1'],
				pay: [15.5, 17.5]
			},
			{ title: 'Aushilfe Versand (Minijob)', wt: ['mini_job'], de: ['none', 'A1'], pay: [14.6, 15] }
		]
	},
	{
		key: 'carehome',
		names: ['Seniorenzentrum Am Bullerbach', 'Haus Lindenhof Pflege gGmbH'],
		desc: [
			'Stationäre Pflegeeinrichtung mit 80 Plätzen und Tagespflege.',
			'Wohn- und Pflegeheim mit Hausgemeinschaften und eigenem Küchenteam.'
		],
		hours: ['24/7'],
		vacancies: [
			{
				title: 'Pflegehelfer/in (auch ohne Ausbildung)',
				wt: ['full_time', 'part_time'],
				de: ['B1'],
				pay: [15.5, 17.5]
			},
			{
				title: 'Alltagsbegleiter/in für Seniorinnen und Senioren',
				wt: ['part_time', 'mini_job'],
				de: ['B1', 'B2'],
				pay: [15, 16.5]
			},
			{
				title: 'Küchenhilfe in der Pflegeeinrichtung',
				wt: ['part_time'],
				de: ['none', 'A2'],
				pay: [14.6, 15.5]
			}
		]
	},
	{
		key: 'homecare',
		names: ['Pflegedienst Herzenswärme', 'Ambulante Pflege {q}'],
		desc: [
			'Ambulanter Pflegedienst für Pflege, Hauswirtschaft und Betreuung zu Hause.',
			'Pflegedienst mit mehrsprachigem Team, unterwegs im ganzen Stadtbezirk.'
		],
		hours: ['Mo-Fr 08:00-16:00'],
		vacancies: [
			{
				title: 'Hauswirtschaftskraft in der ambulanten Pflege',
				wt: ['part_time', 'mini_job'],
				de: ['A2', 'B1'],
				pay: [14.6, 16]
			},
			{
				title: 'Betreuungskraft (Qualifizierung nach § 53b möglich)',
				wt: ['part_time'],
				de: ['B1'],
				pay: [15, 16.5]
			}
		]
	},
	{
		key: 'electric',
		names: ['Elektro Schröder', 'Elektrotechnik Demir'],
		desc: [
			'Elektroinstallation, Photovoltaik und Reparaturen für Privatkunden und Gewerbe.',
			'Meisterbetrieb für Elektro- und Netzwerktechnik.'
		],
		hours: ['Mo-Th 07:00-16:00; Fr 07:00-13:00'],
		vacancies: [
			{
				title: 'Helfer/in Elektroinstallation',
				wt: ['full_time'],
				de: ['A2', 'B1'],
				pay: [15, 17]
			},
			{
				title: 'Ausbildung Elektroniker/in (auch für Erwachsene)',
				wt: ['full_time'],
				de: ['B1'],
				pay: [14.6, 14.6]
			}
		]
	},
	{
		key: 'painter',
		names: ['Malerbetrieb Wessel', 'Maler & Lackierer Nowak'],
		desc: [
			'Malerarbeiten, Fassaden und Bodenbeläge – seit über 30 Jahren im Stadtteil.',
			'Maler- und Lackiererbetrieb mit acht Beschäftigten.'
		],
		hours: ['Mo-Th 07:00-16:00; Fr 07:00-13:00'],
		vacancies: [
			{ title: 'Malerhelfer/in', wt: ['full_time'], de: ['none', 'A1', 'A2'], pay: [15, 16.5] }
		]
	},
	{
		key: 'plumbing',
		names: ['Sanitär Heizung Kuhlmann', 'Haustechnik Petrov'],
		desc: [
			'Sanitär, Heizung, Klima: Installation, Wartung und Notdienst.',
			'Betrieb für Bad-Sanierung und Wärmepumpen.'
		],
		hours: ['Mo-Th 07:30-16:30; Fr 07:30-13:00'],
		vacancies: [
			{
				title: 'Helfer/in Sanitär- und Heizungsbau',
				wt: ['full_time'],
				de: ['A2', 'B1'],
				pay: [15, 17]
			}
		]
	},
	{
		key: 'carpentry',
		names: ['Tischlerei Holzwerk {q}'],
		desc: ['Tischlerei für Möbel, Innenausbau und Reparaturen.'],
		hours: ['Mo-Fr 07:00-16:00'],
		vacancies: [
			{
				title: 'Produktionshelfer/in Tischlerei',
				wt: ['full_time', 'part_time'],
				de: ['A1', 'A2'],
				pay: [15, 16.5]
			}
		]
	},
	{
		key: 'cleaning',
		names: ['Glanzwerk Gebäudereinigung', 'Clean-Team OWL', 'Reinigungsservice Yıldız'],
		desc: [
			'Gebäudereinigung für Büros, Praxen und Schulen in Bielefeld.',
			'Reinigungsfirma mit Schwerpunkt Unterhalts- und Glasreinigung.',
			'Familiengeführter Reinigungsservice mit festen Objekten im Quartier.'
		],
		hours: ['Mo-Fr 09:00-15:00', 'Mo-Fr 08:00-14:00'],
		vacancies: [
			{
				title: 'Reinigungskraft am Vormittag',
				wt: ['part_time', 'mini_job'],
				de: ['none', 'A1'],
				pay: [14.6, 15.5]
			},
			{
				title: 'Reinigungskraft abends (Büroobjekte)',
				wt: ['mini_job', 'part_time'],
				de: ['none', 'A1'],
				pay: [14.6, 15.5]
			},
			{ title: 'Vorarbeiter/in Gebäudereinigung', wt: ['full_time'], de: ['B1'], pay: [16, 18] }
		]
	},
	{
		key: 'gastro',
		names: ['Café Reichow', 'Restaurant Anatolia', 'Imbiss am Markt', 'Pizzeria Bella {q}'],
		desc: [
			'Café mit Frühstück, Mittagstisch und selbstgebackenem Kuchen.',
			'Restaurant mit anatolischer Küche, Mittagstisch und Catering.',
			'Imbiss mit Döner, Pommes und Salaten, auch zum Mitnehmen.',
			'Pizzeria mit Lieferdienst im Stadtteil.'
		],
		hours: [
			'Mo-Sa 08:00-18:00; Su 09:00-17:00',
			'Tu-Su 11:30-14:30,17:30-22:00',
			'Mo-Sa 10:00-22:00; Su 12:00-21:00'
		],
		vacancies: [
			{
				title: 'Küchenhilfe',
				wt: ['part_time', 'mini_job', 'full_time'],
				de: ['none', 'A1', 'A2'],
				pay: [14.6, 15.5]
			},
			{ title: 'Servicekraft', wt: ['mini_job', 'part_time'], de: ['A2', 'B1'], pay: [14.6, 15] },
			{
				title: 'Fahrer/in Lieferdienst (Führerschein B)',
				wt: ['mini_job', 'part_time'],
				de: ['A1', 'A2'],
				pay: [14.6, 15]
			}
		]
	},
	{
		key: 'bike',
		names: ['Radwerk {q}', 'Fahrradwerkstatt Speiche'],
		desc: [
			'Fahrradwerkstatt und Gebrauchtrad-Verkauf, auch Lastenräder.',
			'Offene Fahrradwerkstatt mit Reparaturservice und Verkauf aufbereiteter Räder.'
		],
		hours: ['Tu-Fr 10:00-18:00; Sa 10:00-14:00'],
		vacancies: [
			{
				title: 'Helfer/in Fahrradwerkstatt',
				wt: ['part_time', 'full_time'],
				de: ['A1', 'A2'],
				pay: [14.6, 16]
			}
		]
	},
	{
		key: 'hair',
		names: ['Friseursalon Schnittpunkt', 'Salon Olga'],
		desc: [
			'Friseursalon für Damen, Herren und Kinder.',
			'Kleiner Salon, Termine auch ohne Anmeldung.'
		],
		hours: ['Tu-Fr 09:00-18:00; Sa 08:00-14:00'],
		vacancies: [
			{
				title: 'Friseur/in (Wiedereinstieg willkommen)',
				wt: ['part_time'],
				de: ['A2', 'B1'],
				pay: [14.6, 16]
			}
		]
	},
	{
		key: 'kita',
		names: ['Kita Sonnenblume', 'Kindertagesstätte Regenbogen'],
		desc: [
			'Kindertagesstätte mit vier Gruppen und Familienzentrum.',
			'Kita mit Schwerpunkt Sprachförderung und mehrsprachigem Team.'
		],
		hours: ['Mo-Fr 07:00-16:30'],
		vacancies: [
			{
				title: 'Hauswirtschaftskraft in der Kita',
				wt: ['part_time'],
				de: ['A2'],
				pay: [14.6, 15.5]
			},
			{
				title: 'Alltagshelfer/in in der Kita',
				wt: ['part_time', 'mini_job'],
				de: ['B1'],
				pay: [14.6, 15.5]
			}
		]
	},
	{
		key: 'car',
		names: ['Kfz-Werkstatt Bruns'],
		desc: ['Freie Kfz-Werkstatt für alle Marken, Reifenservice und HU-Vorbereitung.'],
		hours: ['Mo-Fr 07:30-17:00'],
		vacancies: [
			{
				title: 'Reifenmonteur/in (saisonal)',
				wt: ['full_time', 'part_time'],
				de: ['A1', 'A2'],
				pay: [15, 16]
			}
		]
	},
	{
		key: 'garden',
		names: ['Grünpflege Meier & Söhne', 'Garten- und Landschaftsbau Osthoff'],
		desc: [
			'Pflege von Grünanlagen für Wohnungsgesellschaften und Privatkunden.',
			'Garten- und Landschaftsbau: Pflasterarbeiten, Baumpflege, Winterdienst.'
		],
		hours: ['Mo-Fr 07:00-16:00'],
		vacancies: [
			{
				title: 'Helfer/in Garten- und Landschaftsbau',
				wt: ['full_time'],
				de: ['none', 'A1', 'A2'],
				pay: [15, 16.5]
			},
			{ title: 'Aushilfe Winterdienst', wt: ['mini_job'], de: ['none', 'A1'], pay: [14.6, 15.5] }
		]
	},
	{
		key: 'metal',
		names: ['Metallbau Dalbke GmbH', 'Kunststofftechnik Senne GmbH'],
		desc: [
			'Metallbau und Schweißtechnik für Maschinenbau und Handwerk.',
			'Kunststoffspritzguss für die Automobil- und Möbelindustrie, 120 Beschäftigte.'
		],
		hours: ['Mo-Fr 06:00-22:00'],
		vacancies: [
			{
				title: 'Produktionshelfer/in im Schichtbetrieb',
				wt: ['full_time'],
				de: ['A1', 'A2'],
				pay: [15.5, 17.5]
			},
			{
				title: 'Maschinenbediener/in (Anlernen möglich)',
				wt: ['full_time'],
				de: ['A2', 'B1'],
				pay: [16, 18.5]
			}
		]
	},
	{
		key: 'security',
		names: ['Sicherheitsdienst Wachsam OWL'],
		desc: ['Objektschutz, Empfangsdienste und Veranstaltungsschutz.'],
		hours: ['24/7'],
		vacancies: [
			{
				title: 'Sicherheitsmitarbeiter/in (Sachkunde § 34a wird vorbereitet)',
				wt: ['full_time', 'part_time'],
				de: ['B1'],
				pay: [15, 16.5]
			}
		]
	},
	{
		key: 'tailor',
		names: ['Änderungsschneiderei Aydın'],
		desc: ['Änderungen, Reparaturen und Maßanfertigung von Kleidung.'],
		hours: ['Mo-Fr 09:30-18:00; Sa 10:00-14:00'],
		vacancies: [
			{
				title: 'Näher/in für Änderungen',
				wt: ['part_time', 'mini_job'],
				de: ['none', 'A1', 'A2'],
				pay: [14.6, 15]
			}
		]
	},
	{
		key: 'moving',
		names: ['Umzüge Hoffmann'],
		desc: ['Umzüge, Entrümpelungen und Möbelmontage in Bielefeld und Umgebung.'],
		hours: ['Mo-Fr 08:00-17:00; Sa 08:00-12:00'],
		vacancies: [
			{
				title: 'Umzugshelfer/in',
				wt: ['full_time', 'mini_job'],
				de: ['none', 'A1'],
				pay: [14.6, 15.5]
			}
		]
	}
];

// Carriers (fictional social organisations) and the project itself.
export const CARRIERS = [
	{
		key: 'nachbarschaftswerk',
		name: 'Nachbarschaftswerk Sennestadt e.V.',
		desc: 'Stadtteilarbeit, Familienangebote und Beratung in Sennestadt.'
	},
	{
		key: 'familienforum',
		name: 'Familienforum Sieker e.V.',
		desc: 'Treffpunkte und Beratung für Familien und Alleinerziehende in Sieker.'
	},
	{
		key: 'bildungsinsel',
		name: 'Bildungsinsel Baumheide e.V.',
		desc: 'Lern- und Sprachangebote für Erwachsene und Jugendliche in Baumheide.'
	},
	{
		key: 'brueckenbau',
		name: 'Brückenbau Ostwestfalen gGmbH',
		desc: 'Qualifizierung und Bewerbungscoaching für Menschen auf Arbeitssuche.'
	},
	{
		key: 'migrationsdienst',
		name: 'Migrationsdienst Bielefeld-Ost e.V.',
		desc: 'Migrations- und Anerkennungsberatung in mehreren Sprachen.'
	},
	{
		key: 'schuldnerhilfe',
		name: 'Schuldner- und Sozialberatung Bielefeld e.V.',
		desc: 'Kostenlose Schuldner-, Insolvenz- und Sozialberatung.'
	},
	{
		key: 'lernwerk',
		name: 'Lernwerk Digital gGmbH',
		desc: 'Computerkurse, Online-Lernbegleitung und offene Lernräume.'
	}
];

export const LANDLORDS = [
	{
		key: 'wohnbau',
		name: 'Wohnbau Quartier eG',
		desc: 'Wohnungsgenossenschaft mit Gewerbeeinheiten in den Quartieren.'
	},
	{
		key: 'immo',
		name: 'Immobilienverwaltung Ostwestfalen GmbH',
		desc: 'Verwaltung von Wohn- und Geschäftshäusern.'
	}
];

export const PUBLIC_BODY = {
	key: 'kommunal',
	name: 'Kommunale Beratungsstellen (Demo)',
	desc: 'Fiktive öffentliche Stelle für Sprechstunden im Quartier (Demo-Daten).'
};

export const PROJECT = {
	key: 'project',
	name: 'Quartierkarte Beschäftigungsprojekt',
	desc: 'Projekt für Beschäftigung und Teilhabe in Sennestadt, Sieker-Mitte und Baumheide. Betreibt die Quartierkarte und die Quartiersbüros.'
};

// Support services: type, title, description, org key, eligibility, documents, appointment.
export const SERVICE_TYPES = {
	jobcenter: {
		title: 'Jobcenter-Sprechstunde im Quartier {q}',
		desc: 'Mitarbeitende des Jobcenters beantworten vor Ort Fragen zu Bürgergeld, Briefen und Stellenangeboten. Ohne Termin, bitte Briefe und Ausweis mitbringen.',
		org: 'kommunal',
		eligibility: 'Menschen, die Bürgergeld beziehen oder beantragen möchten.',
		docs: ['Personalausweis oder Aufenthaltstitel', 'Aktuelle Briefe vom Jobcenter'],
		appointment: false,
		hours: ['Tu 09:00-12:00', 'Th 13:00-16:00', 'We 09:00-12:00'],
		langs: ['de', 'en', 'tr', 'ar']
	},
	debt: {
		title: 'Schuldnerberatung {q}',
		desc: 'Vertrauliche Beratung bei Schulden, Mahnungen und Kontopfändung. Wir helfen beim P-Konto und bei Ratenplänen.',
		org: 'schuldnerhilfe',
		eligibility: 'Alle Menschen mit Wohnsitz in Bielefeld, vorrangig mit geringem Einkommen.',
		docs: ['Personalausweis', 'Mahnungen und Schreiben von Gläubigern', 'Einkommensnachweise'],
		appointment: true,
		hours: ['Mo 09:00-12:00; We 14:00-17:00', 'Tu 14:00-17:00', 'Th 09:00-12:00'],
		langs: ['de', 'tr', 'ru']
	},
	migration: {
		title: 'Migrationsberatung {q}',
		desc: 'Kostenlose Beratung zu Aufenthalt, Anerkennung von Abschlüssen, Integrationskursen und Behördenpost.',
		org: 'migrationsdienst',
		eligibility: 'Zugewanderte Menschen ab 27 Jahren und ihre Familien.',
		docs: ['Pass oder Aufenthaltsdokument', 'Vorhandene Bescheide'],
		appointment: false,
		hours: ['Mo,We 09:00-12:00', 'Tu,Th 13:00-16:00', 'Fr 09:00-13:00'],
		langs: ['de', 'ar', 'tr', 'uk', 'ru', 'en']
	},
	kita: {
		title: 'Kita-Beratung für Eltern {q}',
		desc: 'Hilfe bei der Suche nach einem Kita-Platz, bei der Anmeldung im Kita-Portal und bei Fragen zu Beiträgen und Betreuungszeiten.',
		org: 'familienforum',
		eligibility: 'Eltern und Erziehungsberechtigte mit Kindern bis sechs Jahre.',
		docs: ['Geburtsurkunde des Kindes', 'Meldebescheinigung'],
		appointment: false,
		hours: ['We 09:00-11:30', 'Mo 14:00-16:00', 'Th 09:00-11:00'],
		langs: ['de', 'tr', 'ar', 'uk']
	},
	single: {
		title: 'Alleinerziehenden-Treff {q}',
		desc: 'Offener Treff für Mütter und Väter, die allein erziehen: Austausch, Frühstück, Infos zu Unterhalt, Kinderbetreuung und Arbeit. Kinderbetreuung vor Ort.',
		org: 'familienforum',
		eligibility: 'Alleinerziehende Mütter und Väter mit ihren Kindern.',
		docs: [],
		appointment: false,
		hours: ['Fr 09:00-11:30', 'Tu 15:00-17:30', 'Sa 10:00-12:00'],
		langs: ['de', 'en', 'ru']
	},
	coaching: {
		title: 'Bewerbungscoaching {q}',
		desc: 'Wir schreiben gemeinsam Lebenslauf und Bewerbung, üben Vorstellungsgespräche und suchen passende Stellen. Kostenlos.',
		org: 'brueckenbau',
		eligibility: 'Alle Menschen auf Arbeitssuche, mit oder ohne Bürgergeld.',
		docs: ['Zeugnisse und Nachweise, falls vorhanden'],
		appointment: true,
		hours: ['Mo-Th 09:00-15:00', 'Tu,Th 09:00-13:00', 'We 13:00-17:00'],
		langs: ['de', 'en', 'ar', 'fa']
	},
	languagecafe: {
		title: 'Sprachcafé {q}',
		desc: 'Deutsch üben bei Tee und Kaffee – locker, ohne Anmeldung, für alle Niveaus. Ehrenamtliche Sprachpat:innen sind dabei.',
		org: 'bildungsinsel',
		eligibility: 'Alle, die Deutsch üben möchten.',
		docs: [],
		appointment: false,
		hours: ['Th 16:00-18:00', 'We 10:00-12:00', 'Mo 17:00-19:00'],
		langs: ['de', 'en', 'ar', 'tr', 'uk', 'fa']
	},
	recognition: {
		title: 'Anerkennungsberatung für ausländische Abschlüsse',
		desc: 'Sie haben im Ausland eine Ausbildung oder ein Studium abgeschlossen? Wir prüfen, welche Anerkennung möglich ist, und helfen beim Antrag.',
		org: 'migrationsdienst',
		eligibility: 'Menschen mit ausländischem Berufs- oder Studienabschluss.',
		docs: ['Zeugnisse und Abschlussurkunden (Kopie)', 'Lebenslauf'],
		appointment: true,
		hours: ['We 09:00-13:00'],
		langs: ['de', 'en', 'ar', 'uk', 'ru']
	},
	tenancy: {
		title: 'Mieter- und Sozialberatung {q}',
		desc: 'Hilfe bei Nebenkostenabrechnungen, Wohngeld, Kinderzuschlag und Anträgen aller Art.',
		org: 'schuldnerhilfe',
		eligibility: 'Mieterinnen und Mieter im Quartier.',
		docs: ['Mietvertrag', 'Betroffene Bescheide oder Abrechnungen'],
		appointment: false,
		hours: ['Mo 14:00-17:00'],
		langs: ['de', 'tr', 'pl']
	},
	women: {
		title: 'Frauentreff und Beratung {q}',
		desc: 'Treffpunkt für Frauen mit und ohne Kinder: Beratung zu Wiedereinstieg, Teilzeitausbildung und Kinderbetreuung.',
		org: 'nachbarschaftswerk',
		eligibility: 'Frauen aus dem Quartier.',
		docs: [],
		appointment: false,
		hours: ['Tu,Th 09:30-12:00'],
		langs: ['de', 'ar', 'ku', 'tr']
	}
};

// Learning places. tags: quarter_office, open_wlan, online_course, library, computer_room, language_course.
export const LEARNING_TYPES = {
	office: {
		title: 'Quartiersbüro {q}',
		desc: 'Anlaufstelle für alle im Quartier: Informationen, offenes WLAN, Bewerbungen drucken und Hilfe bei der Suche nach dem passenden Angebot.',
		tags: ['quarter_office', 'open_wlan', 'computer_room'],
		org: 'project',
		hours: [
			'Mo-Th 09:00-16:00; Fr 09:00-12:00',
			'Mo-Fr 09:00-15:00',
			'Mo,Tu,Th 09:00-16:00; We 12:00-18:00'
		]
	},
	computer: {
		title: 'Offener Computerraum {q}',
		desc: 'Sechs PCs mit Drucker und Scanner, Begleitung bei Online-Bewerbungen und Behördenportalen.',
		tags: ['computer_room', 'open_wlan', 'online_course'],
		org: 'lernwerk',
		hours: ['Mo,We 10:00-16:00', 'Tu,Th 13:00-18:00', 'Mo-Fr 10:00-13:00']
	},
	course: {
		title: 'Deutschkurs am Vormittag {q}',
		desc: 'Deutschkurs A1 bis B1 mit Kinderbetreuung während des Unterrichts. Einstieg jeden Monat möglich.',
		tags: ['language_course'],
		org: 'bildungsinsel',
		hours: ['Mo-Th 08:30-11:45', 'Mo-Fr 09:00-12:15', 'Tu-Fr 08:30-11:30']
	},
	library: {
		title: 'Stadtteilbücherei {q}',
		desc: 'Bücher, Zeitungen und Hörbücher in mehreren Sprachen, Computerplätze und ruhige Lernplätze.',
		tags: ['library', 'open_wlan', 'computer_room'],
		org: 'lernwerk',
		hours: ['Tu,Th 10:00-18:00; We,Fr 10:00-13:00', 'Tu-Fr 11:00-18:00; Sa 10:00-13:00']
	},
	digital: {
		title: 'Lernwerkstatt digital {q}',
		desc: 'Online-Kurse in Begleitung: Computer-Grundlagen, Deutsch mit App, Vorbereitung auf Prüfungen.',
		tags: ['online_course', 'open_wlan'],
		org: 'lernwerk',
		hours: ['We 14:00-18:00', 'Mo,Th 15:00-18:00']
	},
	wlan: {
		title: 'Offenes WLAN im Familienzentrum {q}',
		desc: 'Kostenloses WLAN und Sitzplätze zum Lernen während der Öffnungszeiten, Steckdosen zum Laden.',
		tags: ['open_wlan'],
		org: 'familienforum',
		hours: ['Mo-Fr 08:00-16:00']
	},
	studyroom: {
		title: 'Lernraum für Erwachsene {q}',
		desc: 'Ruhiger Raum zum Lernen für Führerschein, Einbürgerungstest oder Ausbildung – mit Lernbegleitung am Nachmittag.',
		tags: ['open_wlan', 'online_course'],
		org: 'brueckenbau',
		hours: ['Mo-Th 13:00-19:00']
	},
	literacy: {
		title: 'Alphabetisierungskurs {q}',
		desc: 'Lesen und Schreiben lernen in kleinen Gruppen – für Menschen mit Deutsch als Erst- oder Zweitsprache.',
		tags: ['language_course'],
		org: 'nachbarschaftswerk',
		hours: ['Tu,Th 17:00-19:00']
	},
	sewing: {
		title: 'Nähwerkstatt zum Mitmachen {q}',
		desc: 'Nähen lernen und Kleidung reparieren, Maschinen sind vorhanden. Mit Deutsch-Üben nebenbei.',
		tags: ['online_course', 'open_wlan'],
		org: 'nachbarschaftswerk',
		hours: ['We 16:00-19:00']
	},
	vhs: {
		title: 'Lernzentrum Ost – Kurse und Beratung',
		desc: 'Kursräume für Deutsch- und Berufskurse, Lernberatung und offenes WLAN im Foyer.',
		tags: ['language_course', 'open_wlan', 'online_course'],
		org: 'brueckenbau',
		hours: ['Mo-Fr 08:00-20:00']
	}
};

// Public spaces per quarter: title, description, tags, opening hours.
export const PUBLIC_SPACES = {
	sennestadt: [
		{
			title: 'Reichowplatz',
			desc: 'Zentraler Platz am Sennestadthaus mit Wochenmarkt, Bänken und Brunnen.',
			tags: ['square', 'market'],
			hours: '24/7'
		},
		{
			title: 'Grünzug am Bullerbach',
			desc: 'Parkanlage mit Teich, Spazierwegen und Liegewiesen mitten in Sennestadt.',
			tags: ['park'],
			hours: '24/7'
		},
		{
			title: 'Spielplatz Travestraße',
			desc: 'Großer Spielplatz mit Kletterturm, Sandkasten und Schaukeln, teilweise überdacht.',
			tags: ['playground'],
			hours: 'Mo-Su 08:00-20:00'
		},
		{
			title: 'Bolzplatz am Sportzentrum',
			desc: 'Frei zugänglicher Bolzplatz mit Kunstrasen und Basketballkorb.',
			tags: ['sports_field'],
			hours: 'Mo-Su 08:00-22:00'
		},
		{
			title: 'Bewegungsparcours Vennhofallee',
			desc: 'Outdoor-Fitnessgeräte für Erwachsene, kostenlos nutzbar.',
			tags: ['sports_field', 'park'],
			hours: '24/7'
		}
	],
	'sieker-mitte': [
		{
			title: 'Quartiersplatz Sieker Mitte',
			desc: 'Platz mit Sitzstufen, Bäumen und Veranstaltungsfläche im Zentrum von Sieker.',
			tags: ['square'],
			hours: '24/7'
		},
		{
			title: 'Spielplatz Greifswalder Straße',
			desc: 'Spielplatz für Kleinkinder und Grundschulkinder mit Wasserspiel (Mai–September).',
			tags: ['playground'],
			hours: 'Mo-Su 08:00-20:00'
		},
		{
			title: 'Bolzplatz Stralsunder Straße',
			desc: 'Eingezäunter Bolzplatz, abends beleuchtet.',
			tags: ['sports_field'],
			hours: 'Mo-Su 09:00-21:00'
		},
		{
			title: 'Grünzug Sieker',
			desc: 'Grünverbindung mit Fuß- und Radweg, Bänken und Obstwiese.',
			tags: ['park'],
			hours: '24/7'
		},
		{
			title: 'Gemeinschaftsgarten Sieker',
			desc: 'Hochbeete zum Mitgärtnern, Treffen samstags ab 10 Uhr.',
			tags: ['park', 'garden'],
			hours: 'Sa 10:00-14:00'
		}
	],
	baumheide: [
		{
			title: 'Marktplatz Baumheide',
			desc: 'Platz am Einkaufszentrum mit Wochenmarkt und Stadtbahn-Haltestelle.',
			tags: ['square', 'market'],
			hours: '24/7'
		},
		{
			title: 'Spielplatz Rabenhof',
			desc: 'Spielplatz mit Seilbahn, Rutsche und schattigen Sitzplätzen.',
			tags: ['playground'],
			hours: 'Mo-Su 08:00-20:00'
		},
		{
			title: 'Grünzug am Wellbach',
			desc: 'Spazierweg entlang des Wellbachs mit Wiesen und Spielpunkten.',
			tags: ['park'],
			hours: '24/7'
		},
		{
			title: 'Sportplatz Donauschwabenstraße',
			desc: 'Rasenplatz und Laufbahn, außerhalb der Vereinszeiten frei nutzbar.',
			tags: ['sports_field'],
			hours: 'Mo-Fr 08:00-16:00'
		},
		{
			title: 'Jugendplatz Am Großen Wiel',
			desc: 'Treffpunkt mit Skate-Elementen, Tischtennisplatten und Unterstand.',
			tags: ['sports_field', 'youth'],
			hours: 'Mo-Su 08:00-22:00'
		}
	]
};

export const SPACE_TEMPLATES = [
	{
		type: 'shop',
		title: 'Leerstehendes Ladenlokal an der {street}',
		desc: 'Ladenlokal im Erdgeschoss mit großer Schaufensterfront, Teeküche und WC.',
		area: [45, 140],
		uses: 'Einzelhandel, Café, Dienstleistung, Nachbarschaftsladen'
	},
	{
		type: 'shop',
		title: 'Ladenfläche zur Zwischennutzung',
		desc: 'Ehemaliger Kiosk, renoviert, sofort nutzbar. Ideal für Pop-up-Projekte und Gründungen aus dem Quartier.',
		area: [25, 60],
		uses: 'Pop-up-Laden, Reparaturcafé, Ausstellung, Gründungsideen aus dem Quartier'
	},
	{
		type: 'shop',
		title: 'Gewerbeeinheit im Nahversorgungszentrum',
		desc: 'Fläche neben Bäckerei und Apotheke, barrierefreier Zugang, Lagerraum im Keller.',
		area: [60, 180],
		uses: 'Einzelhandel, Gastronomie, Praxis'
	},
	{
		type: 'office',
		title: 'Büroraum im Erdgeschoss',
		desc: 'Heller Büroraum mit Internetanschluss, teilbar in zwei Arbeitsplätze.',
		area: [18, 45],
		uses: 'Beratung, Büro, Coworking'
	},
	{
		type: 'office',
		title: 'Praxis- und Büroetage',
		desc: 'Drei Räume mit Empfangsbereich, Aufzug vorhanden.',
		area: [70, 130],
		uses: 'Praxis, Beratungsstelle, Büro'
	},
	{
		type: 'room',
		title: 'Gruppenraum für Kurse und Treffen',
		desc: 'Möblierter Gruppenraum mit Küche, stundenweise oder regelmäßig nutzbar.',
		area: [35, 80],
		uses: 'Sprachkurse, Elterntreffs, Vereinsarbeit'
	},
	{
		type: 'room',
		title: 'Gemeinschaftsraum zur kostenlosen Zwischennutzung',
		desc: 'Raum in einem Wohnhaus der Genossenschaft, Nutzung für nachbarschaftliche Zwecke kostenlos.',
		area: [40, 70],
		uses: 'Nachbarschaftstreff, Hausaufgabenhilfe, Kurse'
	},
	{
		type: 'workshop',
		title: 'Werkstattraum im Hinterhof',
		desc: 'Ebenerdiger Werkstattraum mit Starkstrom und Rolltor.',
		area: [50, 120],
		uses: 'Handwerk, Fahrradwerkstatt, Lager'
	},
	{
		type: 'other',
		title: 'Freifläche für Marktstand oder Food-Truck',
		desc: 'Befestigte Fläche mit Stromanschluss, tageweise nutzbar.',
		area: [20, 60],
		uses: 'Marktstand, Food-Truck, Aktionen'
	}
];

// Translations (en/tr/ar/ru/uk) for some service and learning types.
export const TRANSLATIONS = {
	jobcenter: {
		en: [
			'Jobcenter drop-in hours in {q}',
			'Jobcenter staff answer questions about benefits, letters and job offers on site. No appointment needed; please bring your letters.'
		],
		tr: [
			'{q} mahallesinde Jobcenter danışma saati',
			'Jobcenter çalışanları yardım ödemeleri, mektuplar ve iş teklifleri hakkındaki sorularınızı yerinde yanıtlar. Randevu gerekmez; lütfen mektuplarınızı getirin.'
		],
		ar: [
			'ساعات استشارة مركز العمل (Jobcenter) في {q}',
			'يجيب موظفو مركز العمل على أسئلتك حول الإعانات والرسائل وعروض العمل في الحي. لا حاجة إلى موعد؛ أحضر رسائلك معك.'
		],
		ru: [
			'Консультации Jobcenter в районе {q}',
			'Сотрудники Jobcenter отвечают на вопросы о пособиях, письмах и вакансиях прямо в районе. Запись не нужна, возьмите с собой письма.'
		],
		uk: [
			'Консультації Jobcenter у районі {q}',
			'Працівники Jobcenter відповідають на запитання про виплати, листи та вакансії прямо в районі. Запис не потрібен, візьміть із собою листи.'
		]
	},
	migration: {
		en: [
			'Migration advice {q}',
			'Free advice on residence, recognition of qualifications, integration courses and letters from authorities.'
		],
		tr: [
			'Göçmen danışmanlığı {q}',
			'Oturum, diploma denkliği, uyum kursları ve resmi yazışmalar hakkında ücretsiz danışmanlık.'
		],
		ar: [
			'استشارة الهجرة في {q}',
			'استشارة مجانية حول الإقامة والاعتراف بالشهادات ودورات الاندماج ورسائل الدوائر الرسمية.'
		],
		ru: [
			'Консультация для мигрантов {q}',
			'Бесплатные консультации по вопросам пребывания, признания дипломов, интеграционных курсов и писем из ведомств.'
		],
		uk: [
			'Консультація для мігрантів {q}',
			'Безкоштовні консультації щодо перебування, визнання дипломів, інтеграційних курсів і листів від установ.'
		]
	},
	languagecafe: {
		en: [
			'Language café {q}',
			'Practise German over tea and coffee in a relaxed atmosphere. All levels welcome, no registration needed.'
		],
		tr: [
			'Dil kafesi {q}',
			'Çay ve kahve eşliğinde rahat bir ortamda Almanca pratik yapın. Her seviyeye açık, kayıt gerekmez.'
		],
		ar: [
			'مقهى اللغة {q}',
			'تدرّب على اللغة الألمانية مع الشاي والقهوة في جو مريح. جميع المستويات مرحّب بها، ولا حاجة إلى التسجيل.'
		],
		ru: [
			'Языковое кафе {q}',
			'Практикуйте немецкий за чаем и кофе в непринуждённой обстановке. Приглашаются все уровни, регистрация не нужна.'
		],
		uk: [
			'Мовне кафе {q}',
			'Практикуйте німецьку за чаєм і кавою в невимушеній атмосфері. Запрошуємо всі рівні, реєстрація не потрібна.'
		]
	},
	coaching: {
		en: [
			'Job application coaching {q}',
			'We help you write your CV and application, practise interviews and find suitable jobs. Free of charge.'
		],
		tr: [
			'Başvuru koçluğu {q}',
			'Özgeçmiş ve başvuru yazmanıza, iş görüşmesine hazırlanmanıza ve uygun iş bulmanıza yardımcı oluyoruz. Ücretsizdir.'
		],
		ar: [
			'تدريب على طلبات العمل {q}',
			'نساعدك في كتابة السيرة الذاتية وطلب العمل، والتدرّب على المقابلات، وإيجاد وظائف مناسبة. مجانًا.'
		],
		ru: [
			'Помощь с резюме и поиском работы {q}',
			'Поможем составить резюме и заявление, подготовиться к собеседованию и найти подходящую работу. Бесплатно.'
		],
		uk: [
			'Допомога з резюме та пошуком роботи {q}',
			'Допоможемо скласти резюме та заяву, підготуватися до співбесіди й знайти відповідну роботу. Безкоштовно.'
		]
	},
	kita: {
		en: [
			'Childcare advice for parents {q}',
			"Help with finding a daycare place, registering on the city's Kita portal and questions about fees and hours."
		],
		tr: [
			'Ebeveynler için kreş danışmanlığı {q}',
			'Kreş yeri bulma, belediyenin kreş portalına kayıt ve ücretler ile bakım saatleri konusunda yardım.'
		],
		ar: [
			'استشارة رياض الأطفال للآباء {q}',
			'مساعدة في إيجاد مكان في روضة الأطفال، والتسجيل في بوابة الروضات التابعة للمدينة، والأسئلة حول الرسوم وأوقات الرعاية.'
		],
		ru: [
			'Консультация по детским садам {q}',
			'Помощь в поиске места в детском саду, регистрации на городском портале и по вопросам оплаты и часов присмотра.'
		],
		uk: [
			'Консультація щодо дитячих садків {q}',
			'Допомога в пошуку місця в дитячому садку, реєстрації на міському порталі та з питань оплати й годин догляду.'
		]
	},
	office: {
		en: [
			'Neighbourhood office {q}',
			'Contact point for everyone in the neighbourhood: information, free Wi-Fi, printing applications and help finding the right service.'
		],
		tr: [
			'Mahalle ofisi {q}',
			'Mahalledeki herkes için başvuru noktası: bilgi, ücretsiz Wi-Fi, başvuru çıktısı ve doğru hizmeti bulmada yardım.'
		],
		ar: [
			'مكتب الحي {q}',
			'نقطة تواصل لجميع سكان الحي: معلومات، وإنترنت لاسلكي مجاني، وطباعة طلبات العمل، ومساعدة في إيجاد الخدمة المناسبة.'
		],
		ru: [
			'Районный офис {q}',
			'Место встречи для всех жителей района: информация, бесплатный Wi-Fi, печать заявлений и помощь в поиске нужной службы.'
		],
		uk: [
			'Районний офіс {q}',
			'Місце зустрічі для всіх мешканців району: інформація, безкоштовний Wi-Fi, друк заяв і допомога в пошуку потрібної служби.'
		]
	},
	course: {
		en: [
			'Morning German course {q}',
			'German course from A1 to B1 with childcare during lessons. You can start every month.'
		],
		tr: [
			'Sabah Almanca kursu {q}',
			'Ders sırasında çocuk bakımı olan A1–B1 seviyelerinde Almanca kursu. Her ay başlanabilir.'
		],
		ar: [
			'دورة لغة ألمانية صباحية {q}',
			'دورة لغة ألمانية من المستوى A1 إلى B1 مع رعاية الأطفال أثناء الدروس. يمكن الالتحاق كل شهر.'
		],
		ru: [
			'Утренний курс немецкого {q}',
			'Курс немецкого языка уровней A1–B1 с присмотром за детьми во время занятий. Начать можно каждый месяц.'
		],
		uk: [
			'Ранковий курс німецької {q}',
			'Курс німецької мови рівнів A1–B1 з доглядом за дітьми під час занять. Почати можна щомісяця.'
		]
	}
};

// Easy German (Leichte Sprache) per type.
export const EASY_GERMAN = {
	jobcenter:
		'Hier ist das Jobcenter im Stadtteil. Sie können Fragen stellen. Zum Beispiel zu Geld vom Jobcenter. Oder zu Briefen. Sie brauchen keinen Termin. Bringen Sie Ihre Briefe mit.',
	debt: 'Sie haben Schulden? Hier bekommen Sie Hilfe. Die Beratung kostet nichts. Niemand sonst erfährt davon. Bitte rufen Sie vorher an. Dann bekommen Sie einen Termin.',
	single:
		'Sie sind allein mit Ihrem Kind? Hier treffen sich Mütter und Väter. Sie können reden und Fragen stellen. Ihre Kinder können mitkommen. Es kostet nichts.',
	office:
		'Das ist das Quartiers-Büro. Hier bekommen alle im Stadtteil Hilfe. Sie können hier ins Internet. Sie können Bewerbungen drucken. Das kostet nichts.',
	computer:
		'Hier gibt es Computer. Sie können ins Internet gehen. Sie können Bewerbungen schreiben. Jemand hilft Ihnen dabei. Es kostet nichts.',
	library:
		'Das ist eine Bücherei. Hier gibt es Bücher in vielen Sprachen. Es gibt auch Computer und Internet. Sie können hier in Ruhe lernen.',
	cleaning:
		'Wir suchen Menschen zum Putzen. Sie brauchen keine Ausbildung. Sie brauchen nur wenig Deutsch. Rufen Sie einfach an.',
	simplejob:
		'Wir suchen Helferinnen und Helfer. Sie brauchen keine Ausbildung. Wir zeigen Ihnen die Arbeit. Sie können einfach vorbeikommen.'
};

export const EVENTS = [
	{
		type: 'workshop',
		title: 'Workshop: Lebenslauf und Bewerbungsfoto',
		desc: 'Gemeinsam den Lebenslauf überarbeiten; eine Fotografin macht kostenlose Bewerbungsfotos.',
		start: '2026-12-02T10:00',
		dur: 3,
		org: 'brueckenbau',
		quarter: 'sieker-mitte',
		reg: true
	},
	{
		type: 'company_visit',
		title: 'Betriebsbesichtigung: Ein Morgen in der Backstube',
		desc: 'Wie entsteht unser Brot? Rundgang durch die Backstube mit Fragen zu Jobs und Ausbildung.',
		start: '2026-12-09T07:00',
		dur: 2,
		sector: 'bakery',
		reg: true
	},
	{
		type: 'workshop',
		title: 'Digital bewerben mit dem Smartphone',
		desc: 'Bewerbungen per Handy schreiben und verschicken, Jobportale nutzen, Unterlagen scannen.',
		start: '2027-01-14T14:00',
		dur: 3,
		org: 'lernwerk',
		quarter: 'baumheide',
		reg: true
	},
	{
		type: 'company_visit',
		title: 'Blick hinter die Kulissen im Logistiklager',
		desc: 'Führung durch Lager und Versand, Gespräch mit Beschäftigten über Schichtarbeit.',
		start: '2027-01-13T09:30',
		dur: 2,
		sector: 'logistics',
		reg: true
	},
	{
		type: 'job_fair',
		title: 'Mini-Jobbörse Sieker: Arbeit in Teilzeit',
		desc: 'Zehn Betriebe aus dem Quartier stellen Teilzeit- und Minijobs vor, Bewerbungsmappe-Check vor Ort.',
		start: '2027-01-20T10:00',
		dur: 4,
		org: 'project',
		quarter: 'sieker-mitte',
		reg: false
	},
	{
		type: 'internship',
		title: 'Schnupperpraktikum Gebäudereinigung (3 Tage)',
		desc: 'Drei Tage mitarbeiten und ausprobieren, ob der Beruf passt. Arbeitskleidung wird gestellt.',
		start: '2027-01-25T08:00',
		dur: 6,
		sector: 'cleaning',
		reg: true
	},
	{
		type: 'info',
		title: 'Infoabend: Anerkennung ausländischer Abschlüsse',
		desc: 'Wie läuft die Anerkennung ab, was kostet sie, wer hilft? Mit Dolmetschung Arabisch und Ukrainisch.',
		start: '2027-01-28T17:30',
		dur: 2,
		org: 'migrationsdienst',
		quarter: 'baumheide',
		reg: false
	},
	{
		type: 'company_visit',
		title: 'Offene Tür in der Pflege',
		desc: 'Kennenlernen der Arbeit in der Pflege und Hauswirtschaft, Gespräche mit Pflegehelfer:innen.',
		start: '2027-02-03T14:00',
		dur: 2,
		sector: 'carehome',
		reg: false
	},
	{
		type: 'workshop',
		title: 'Arbeit und Kinderbetreuung vereinbaren – Workshop für Alleinerziehende',
		desc: 'Teilzeitausbildung, Randzeitenbetreuung und Rechte im Job. Kinderbetreuung während des Workshops.',
		start: '2027-02-11T09:30',
		dur: 2.5,
		org: 'familienforum',
		quarter: 'sieker-mitte',
		reg: true
	},
	{
		type: 'job_fair',
		title: 'Jobbörse im Quartier Sennestadt',
		desc: 'Betriebe aus Sennestadt und Umgebung suchen Mitarbeitende – ohne Anmeldung, Lebenslauf mitbringen.',
		start: '2027-02-17T10:00',
		dur: 4,
		org: 'project',
		quarter: 'sennestadt',
		reg: false
	},
	{
		type: 'internship',
		title: 'Probearbeiten in der Küche',
		desc: 'Einen Tag in der Küche mitarbeiten; bei Interesse folgt ein Gespräch über eine Teilzeitstelle.',
		start: '2027-02-22T10:00',
		dur: 5,
		sector: 'gastro',
		reg: true
	},
	{
		type: 'company_visit',
		title: 'Werkstattbesuch: Fahrräder reparieren',
		desc: 'Zuschauen, mitschrauben und erfahren, wie man in der Fahrradwerkstatt arbeitet.',
		start: '2027-03-03T15:00',
		dur: 2,
		sector: 'bike',
		reg: false
	},
	{
		type: 'job_fair',
		title: 'Ausbildungs- und Jobmesse Baumheide',
		desc: 'Ausbildung, Umschulung und Jobs: Betriebe, Jobcenter-Sprechstunde und Beratung an einem Ort.',
		start: '2027-03-10T11:00',
		dur: 4,
		org: 'project',
		quarter: 'baumheide',
		reg: false
	},
	{
		type: 'internship',
		title: 'Praktikumswoche im Handwerk: Malern und Lackieren',
		desc: 'Eine Woche im Malerbetrieb mitarbeiten, mit Aussicht auf eine Helferstelle.',
		start: '2027-03-15T07:30',
		dur: 8,
		sector: 'painter',
		reg: true
	},
	{
		type: 'info',
		title: 'Infoveranstaltung: Leerstand nutzen – Ideen für Ladenlokale',
		desc: 'Wie bekomme ich einen leeren Laden zur Zwischennutzung? Vorstellung freier Räume und Förderung.',
		start: '2027-03-18T18:00',
		dur: 2,
		org: 'project',
		quarter: 'sennestadt',
		reg: false
	}
];
