/**
 * Generated assignments for the server benchmarks (issue 15): 1,000, 10,000 or 100,000 of them,
 * as a regional marketplace would hold them, from the seed's vocabulary and organisations (plus
 * more municipalities and water boards of the same regions), with varied titles full of Dutch
 * compounds ("Inkoopadviseur", "Senior beleidsmedewerker Omgevingswet", "ICT-projectleider"),
 * summaries, skills and descriptions the size a municipal CMS writes. Deterministic: the same
 * count, seed and day give the same rows.
 *
 *   node --import tsx bench/generate.ts --count=10000 [--seed=1] [--today=YYYY-MM-DD]
 *        [--out=assignments.json]
 *
 * Without `--out` it loads them through the server's importer (server/store/import.ts) into the
 * database of the environment: PostgreSQL with DATABASE_URL (and DATABASE_SCHEMA), else the
 * embedded PGlite in DATA_DIR. With `--out` it writes a JSON array for `server/import.ts`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { dutchInstant, organisations, vocabularies } from '../seed/seed.js';
import type { AssignmentInput, ContractType, WorkMode } from '../src/api/schemas.js';
import { dutchToday } from '../backend/time.js';
import type { DB } from '../server/db/schema.js';
import { importData } from '../server/store/import.js';
import { ensureVocabularies, markSeeded } from '../server/store/seed.js';

/** A small, fast, seedable generator (mulberry32): the same seed, the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Field =
  | 'inkoop'
  | 'informatievoorziening'
  | 'ruimtelijke-ordening'
  | 'sociaal-domein'
  | 'financien'
  | 'hr'
  | 'communicatie'
  | 'juridisch'
  | 'organisatieontwikkeling'
  | 'openbare-ruimte'
  | 'water'
  | 'duurzaamheid';
type Region = 'west-brabant' | 'midden-brabant' | 'noordoost-brabant' | 'zuidoost-brabant' | 'zeeland' | 'zuid-holland-zuid';

/**
 * Per field: first parts of compounds ("inkoop" + "adviseur"; a trailing space or hyphen is kept:
 * "financieel adviseur", "ICT-adviseur"), topics that follow a title, skills, and tasks.
 */
const fields: Record<Field, { prefixes: string[]; topics: string[]; skills: string[]; tasks: string[] }> = {
  inkoop: {
    prefixes: ['inkoop', 'contract', 'aanbestedings', 'category', 'leveranciers'],
    topics: ['sociaal domein', 'ICT', 'facilitair', 'regionale inkoop', 'Wmo en jeugdhulp', 'GWW-werken'],
    skills: ['Aanbesteden', 'Contractmanagement', 'Aanbestedingswet', 'Leveranciersmanagement', 'Category management', 'Inkoopstrategie', 'Europese aanbestedingen'],
    tasks: [
      'Je schrijft de inkoopstrategie en stemt die af met de budgethouders.',
      'Je begeleidt Europese aanbestedingen van behoeftestelling tot gunning.',
      'Je voert leveranciersgesprekken en bewaakt de contractafspraken.',
      'Je maakt een regionale inkoopkalender met de samenwerkende gemeenten.',
    ],
  },
  informatievoorziening: {
    prefixes: ['informatie', 'privacy', 'data', 'ICT-', 'applicatie', 'zaak', 'informatiebeveiligings'],
    topics: ['zaakgericht werken', 'datagedreven werken', 'archivering', 'Common Ground', 'BIO', 'de Wet open overheid'],
    skills: ['Informatiebeheer', 'Projectmanagement', 'Zaakgericht werken', 'AVG', 'BIO', 'Data-analyse', 'Archiefwet', 'Enterprise-architectuur'],
    tasks: [
      'Je begeleidt de implementatie van het nieuwe zaaksysteem met de leverancier.',
      'Je brengt de informatiehuishouding in kaart en maakt een verbeterplan.',
      'Je adviseert over privacy en informatiebeveiliging bij nieuwe projecten.',
      'Je organiseert werksessies met teams in het Klant Contact Centrum.',
    ],
  },
  'ruimtelijke-ordening': {
    prefixes: ['omgevings', 'ruimtelijk ', 'vergunningen', 'planologisch ', 'stedenbouwkundig '],
    topics: ['Omgevingswet', 'binnenstad', 'woningbouw', 'omgevingsplan', 'gebiedsontwikkeling', 'participatie'],
    skills: ['Omgevingswet', 'Ruimtelijke ordening', 'Participatie', 'Vergunningverlening', 'Gebiedsontwikkeling', 'Stedenbouw'],
    tasks: [
      'Je zet het omgevingsplan op met de juridische en ruimtelijke collega’s.',
      'Je begeleidt initiatiefnemers van eerste idee tot vergunning.',
      'Je organiseert participatie met bewoners en ondernemers.',
      'Je schrijft raadsvoorstellen over woningbouwlocaties.',
    ],
  },
  'sociaal-domein': {
    prefixes: ['Wmo-', 'jeugd', 'participatie', 'schuldhulp', 'zorg', 'wijk'],
    topics: ['sociaal domein', 'jeugdhulp', 'Participatiewet', 'beschermd wonen', 'armoedebeleid', 'inburgering'],
    skills: ['Sociaal domein', 'Jeugdwet', 'Wmo', 'Participatiewet', 'Casemanagement', 'Gespreksvoering', 'Inburgering'],
    tasks: [
      'Je voert keukentafelgesprekken en stelt ondersteuningsplannen op.',
      'Je werkt samen met zorgaanbieders, wijkteams en het onderwijs.',
      'Je vertaalt nieuw beleid naar werkbare processen voor de consulenten.',
      'Je adviseert het college over de gevolgen voor inwoners.',
    ],
  },
  financien: {
    prefixes: ['financieel ', 'begrotings', 'subsidie', 'belasting', 'budget'],
    topics: ['planning en control', 'begroting 2027', 'jaarrekening', 'subsidies', 'treasury', 'grondexploitaties'],
    skills: ['Financiële analyse', 'Planning & control', 'BBV', 'Excel', 'Subsidiebeheer', 'Treasury', 'Grondexploitatie'],
    tasks: [
      'Je toetst de meerjarenraming op realisme.',
      'Je stelt de jaarrekening op met de controller.',
      'Je helpt de afdeling Financiën met een leesbare begroting voor raadsleden.',
      'Je beheert subsidies van aanvraag tot verantwoording.',
    ],
  },
  hr: {
    prefixes: ['HR-', 'personeels', 'recruitment', 'loopbaan', 'arbo', 'verzuim'],
    topics: ['strategische personeelsplanning', 'arbeidsmarktcommunicatie', 'verzuimbeleid', 'organisatieontwikkeling', 'leren en ontwikkelen'],
    skills: ['Strategische personeelsplanning', 'Arbeidsrecht', 'Recruitment', 'Verzuimbegeleiding', 'Coaching', 'HR-analytics'],
    tasks: [
      'Je adviseert leidinggevenden over formatie en ontwikkeling.',
      'Je zet een wervingscampagne op voor lastig vervulbare functies.',
      'Je begeleidt verzuimdossiers met de bedrijfsarts.',
      'Je vernieuwt het opleidingsaanbod met de ondernemingsraad.',
    ],
  },
  communicatie: {
    prefixes: ['communicatie', 'pers', 'online ', 'campagne', 'content'],
    topics: ['participatie', 'crisiscommunicatie', 'website', 'energietransitie', 'bestuurscommunicatie'],
    skills: ['Communicatieadvies', 'Schrijven', 'Woordvoering', 'Online communicatie', 'Taalniveau B1', 'Campagnes'],
    tasks: [
      'Je schrijft heldere teksten op taalniveau B1 voor de website.',
      'Je adviseert bestuurders en staat de pers te woord.',
      'Je maakt een communicatieplan voor een ingrijpend project.',
      'Je vernieuwt de nieuwsbrief met de redactie.',
    ],
  },
  juridisch: {
    prefixes: ['juridisch ', 'bezwaar', 'handhavings', 'privacy', 'wetgevings'],
    topics: ['bezwaar en beroep', 'Omgevingswet', 'Woo-verzoeken', 'aanbestedingsrecht', 'toezicht en handhaving'],
    skills: ['Bestuursrecht', 'Awb', 'Bezwaarbehandeling', 'Omgevingsrecht', 'Privacyrecht', 'Wet open overheid'],
    tasks: [
      'Je behandelt bezwaarschriften en bereidt hoorzittingen voor.',
      'Je handelt Woo-verzoeken binnen de termijn af.',
      'Je adviseert teams over juridische risico’s van besluiten.',
      'Je stelt verordeningen en beleidsregels op.',
    ],
  },
  organisatieontwikkeling: {
    prefixes: ['verander', 'organisatie', 'programma', 'kwaliteits', 'proces'],
    topics: ['organisatieontwikkeling', 'dienstverlening', 'lean werken', 'samenwerking in de regio', 'cultuurverandering'],
    skills: ['Verandermanagement', 'Procesoptimalisatie', 'Lean', 'Facilitatie', 'Programmamanagement', 'Stakeholdermanagement'],
    tasks: [
      'Je begeleidt teams bij het verbeteren van hun werkprocessen.',
      'Je zet een programma op met duidelijke mijlpalen.',
      'Je faciliteert werksessies met medewerkers en management.',
      'Je meet de voortgang en stuurt bij met het managementteam.',
    ],
  },
  'openbare-ruimte': {
    prefixes: ['beheer', 'groen', 'verkeers', 'riolerings', 'wegen'],
    topics: ['openbare ruimte', 'beheerplannen', 'klimaatadaptatie', 'verkeersveiligheid', 'speelvoorzieningen'],
    skills: ['Beheer openbare ruimte', 'CROW-systematiek', 'GIS', 'Verkeerskunde', 'Civiele techniek', 'Contractbeheer'],
    tasks: [
      'Je inventariseert de staat van wegen en groen in de kernen.',
      'Je stelt beheerplannen op met kwaliteitsniveaus volgens CROW.',
      'Je presenteert scenario’s aan de raadscommissie.',
      'Je begeleidt aannemers tijdens de uitvoering.',
    ],
  },
  water: {
    prefixes: ['water', 'dijk', 'waterkwaliteits', 'hydrologisch ', 'peilbeheer'],
    topics: ['waterveiligheid', 'klimaatadaptatie', 'Kaderrichtlijn Water', 'droogte', 'waterketen'],
    skills: ['Waterbeheer', 'Hydrologie', 'Kaderrichtlijn Water', 'Waterveiligheid', 'GIS', 'Vergunningverlening'],
    tasks: [
      'Je maakt een plan tegen droogte met de boeren in het gebied.',
      'Je toetst vergunningaanvragen aan de keur.',
      'Je adviseert over dijkversterking en ruimtelijke inpassing.',
      'Je werkt mee aan de maatregelen voor de Kaderrichtlijn Water.',
    ],
  },
  duurzaamheid: {
    prefixes: ['energie', 'duurzaamheids', 'klimaat', 'warmte', 'circulair '],
    topics: ['energietransitie', 'warmtetransitie', 'circulaire economie', 'zonneparken', 'isolatie van woningen'],
    skills: ['Energietransitie', 'Warmtetransitie', 'Circulaire economie', 'Subsidies', 'Projectmanagement', 'Participatie'],
    tasks: [
      'Je schrijft de transitievisie warmte mee voor de eerste wijken.',
      'Je begeleidt energiecoöperaties bij hun zonneprojecten.',
      'Je verdeelt de isolatiesubsidie onder woningeigenaren.',
      'Je verbindt de regionale energiestrategie met het eigen beleid.',
    ],
  },
};

const roles = [
  'adviseur',
  'projectleider',
  'medewerker',
  'coördinator',
  'specialist',
  'manager',
  'consultant',
  'regisseur',
  'beleidsmedewerker',
  'beleidsadviseur',
  'programmamanager',
  'controller',
  'analist',
  'kwartiermaker',
  'trainer',
  'architect',
  'jurist',
  'toezichthouder',
];
const seniorities = ['', '', '', 'Senior ', 'Junior ', 'Ervaren ', 'Interim ', 'Strategisch '];

/** More public employers of the seed's regions, so the organisation facet has a realistic size. */
const moreOrganisations: [name: string, region: Region][] = [
  ['Gemeente Etten-Leur', 'west-brabant'],
  ['Gemeente Oosterhout', 'west-brabant'],
  ['Gemeente Moerdijk', 'west-brabant'],
  ['Gemeente Halderberge', 'west-brabant'],
  ['Gemeente Rucphen', 'west-brabant'],
  ['Gemeente Woensdrecht', 'west-brabant'],
  ['Gemeente Zundert', 'west-brabant'],
  ['Gemeente Drimmelen', 'west-brabant'],
  ['Gemeente Geertruidenberg', 'west-brabant'],
  ['Gemeente Altena', 'west-brabant'],
  ['Gemeente Tilburg', 'midden-brabant'],
  ['Gemeente Waalwijk', 'midden-brabant'],
  ['Gemeente Dongen', 'midden-brabant'],
  ['Gemeente Gilze en Rijen', 'midden-brabant'],
  ['Gemeente Hilvarenbeek', 'midden-brabant'],
  ['Gemeente Oisterwijk', 'midden-brabant'],
  ['Gemeente ’s-Hertogenbosch', 'noordoost-brabant'],
  ['Gemeente Oss', 'noordoost-brabant'],
  ['Gemeente Meierijstad', 'noordoost-brabant'],
  ['Gemeente Maashorst', 'noordoost-brabant'],
  ['Gemeente Land van Cuijk', 'noordoost-brabant'],
  ['Gemeente Helmond', 'zuidoost-brabant'],
  ['Gemeente Veldhoven', 'zuidoost-brabant'],
  ['Gemeente Best', 'zuidoost-brabant'],
  ['Gemeente Geldrop-Mierlo', 'zuidoost-brabant'],
  ['Gemeente Valkenswaard', 'zuidoost-brabant'],
  ['Gemeente Vlissingen', 'zeeland'],
  ['Gemeente Goes', 'zeeland'],
  ['Gemeente Terneuzen', 'zeeland'],
  ['Gemeente Schouwen-Duiveland', 'zeeland'],
  ['Gemeente Hulst', 'zeeland'],
  ['Gemeente Gorinchem', 'zuid-holland-zuid'],
  ['Gemeente Zwijndrecht', 'zuid-holland-zuid'],
  ['Gemeente Hoeksche Waard', 'zuid-holland-zuid'],
  ['Gemeente Papendrecht', 'zuid-holland-zuid'],
  ['Gemeente Sliedrecht', 'zuid-holland-zuid'],
  ['Waterschap Aa en Maas', 'noordoost-brabant'],
  ['Waterschap De Dommel', 'zuidoost-brabant'],
  ['Waterschap Rivierenland', 'zuid-holland-zuid'],
  ['Provincie Zeeland', 'zeeland'],
  ['Omgevingsdienst Midden- en West-Brabant', 'midden-brabant'],
  ['Veiligheidsregio Midden- en West-Brabant', 'west-brabant'],
  ['GGD West-Brabant', 'west-brabant'],
  ['Belastingsamenwerking West-Brabant', 'west-brabant'],
];

interface Employer {
  id: string;
  name: string;
  place: string;
  region: Region;
  website: string;
  contact: { name: string; email: string; phone: string | null };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The seed's organisations and {@link moreOrganisations}, as employers with a place and a contact. */
export function employers(): Employer[] {
  const seeded: Employer[] = organisations.map((o) => ({ id: o.id, name: o.name, place: o.place, region: o.region, website: o.website, contact: o.contact }));
  const more = moreOrganisations.map(([name, region]): Employer => {
    const place = name.replace(/^(Gemeente|Waterschap|Provincie|Omgevingsdienst|Veiligheidsregio|GGD|Belastingsamenwerking) /, '');
    const host = `${slug(place)}.example.nl`;
    return {
      id: `gen-${slug(name)}`,
      name,
      place,
      region,
      website: `https://www.${host}`,
      contact: { name: 'Team Flexibele Inzet', email: `flexibel@${host}`, phone: null },
    };
  });
  return [...seeded, ...more];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface GenerateOptions {
  count: number;
  /** Seed of the random generator (default 1). */
  seed?: number;
  /** The day the data is written around (default today in the Netherlands). */
  today?: string;
}

/** `count` assignments as a backend sends them (Dutch labels), ids `g-000001` and up. */
export function generateAssignments({ count, seed = 1, today = dutchToday() }: GenerateOptions): AssignmentInput[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const some = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < n && pool.length) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return chosen;
  };
  const orgs = employers();
  const vocabulary = vocabularies('nl');
  const fieldLabel = new Map(vocabulary.field.map((c) => [c.value, c.label]));
  const regionLabel = new Map(vocabulary.region.map((c) => [c.value, c.label]));
  const fieldNames = Object.keys(fields) as Field[];
  const types: ContractType[][] = [['inhuur'], ['detachering'], ['inhuur', 'detachering'], ['interim'], ['inhuur', 'interim'], ['intern'], ['belangeloos'], ['detachering', 'inhuur']];
  const modes: WorkMode[] = ['hybrid', 'hybrid', 'onsite', 'remote'];
  const hours: [number, number][] = [[4, 8], [8, 16], [16, 24], [24, 32], [32, 36], [36, 40]];

  const assignments: AssignmentInput[] = [];
  for (let n = 1; n <= count; n++) {
    const field = pick(fieldNames);
    const spec = fields[field];
    const org = pick(orgs);
    const role = pick(roles);
    const prefix = pick(spec.prefixes);
    // Compound, role with a topic, or both: "Inkoopadviseur", "Adviseur Omgevingswet", "Senior contractmanager ICT".
    const compound = `${prefix}${role}`;
    const style = next();
    const base = style < 0.4 ? compound : style < 0.7 ? `${role} ${pick(spec.topics)}` : `${compound} ${pick(spec.topics)}`;
    const title = `${pick(seniorities)}${base}`.replace(/^./, (c) => c.toUpperCase()) + (next() < 0.05 ? ' (tijdelijk)' : '');

    const published = addDays(today, -Math.floor(next() * 90));
    const closing = addDays(published, 14 + Math.floor(next() * 60));
    const start = addDays(closing, 7 + Math.floor(next() * 40));
    const [hoursMin, hoursMax] = pick(hours);
    const contractTypes = pick(types);
    const forOwnPeople = contractTypes.includes('intern') || contractTypes.includes('belangeloos');
    const visibilityRoll = next();
    const visibility = forOwnPeople && visibilityRoll < 0.5 ? 'internal' : visibilityRoll < 0.88 ? 'public' : visibilityRoll < 0.96 ? 'network' : 'internal';
    const skills = some(spec.skills, 2 + Math.floor(next() * 3));
    const required = skills.slice(0, 2);
    const optional = skills.slice(2);
    const rateMin = 60 + Math.floor(next() * 8) * 5;
    const summary =
      next() < 0.1
        ? null
        : `${org.name} zoekt een ${title.toLowerCase()} voor ${pick(spec.topics)}. ${capitalise(pick(spec.tasks).replace(/^Je /, 'je ').replace(/\.$/, ''))}.`;
    const tasks = some(spec.tasks, 2 + Math.floor(next() * 3));
    const host = new URL(org.website).host;
    const description = [
      `<p>${escapeHtml(summary ?? `${org.name} zoekt versterking voor ${pick(spec.topics)}.`)}</p>`,
      `<h3>Wat ga je doen?</h3><ul>${tasks.map((task) => `<li>${escapeHtml(task)}</li>`).join('')}</ul>`,
      `<h3>Wat vragen we?</h3><p>Je hebt aantoonbare ervaring met ${required.map((s) => `<strong>${escapeHtml(s)}</strong>`).join(' en ')}.${
        optional.length ? ` Kennis van ${escapeHtml(optional.join(' of '))} is een pré.` : ''
      }</p>`,
      `<h3>Wat bieden we?</h3><p>Een opdracht van ${hoursMin} tot ${hoursMax} uur per week in een organisatie die midden in de samenleving staat, met collega’s die graag kennis delen.</p>`,
      `<p>Meer over werken bij ${escapeHtml(org.name)} lees je op <a href="${org.website}/werken-bij">${host}</a>.</p>`,
    ].join('');
    const id = `g-${String(n).padStart(6, '0')}`;
    assignments.push({
      id,
      title,
      organisation: { id: org.id, name: org.name, logoUrl: null },
      summary,
      description,
      field: { value: field, label: fieldLabel.get(field) ?? field },
      skills: [...required.map((name) => ({ name, required: true })), ...optional.map((name) => ({ name, required: false }))],
      location: { place: org.place, region: { value: org.region, label: regionLabel.get(org.region) ?? org.region }, mode: pick(modes) },
      hoursPerWeek: { min: hoursMin, max: hoursMax },
      startDate: start,
      endDate: next() < 0.2 ? null : addDays(start, 60 + Math.floor(next() * 300)),
      closingDate: closing,
      types: contractTypes,
      rate: forOwnPeople || next() < 0.25 ? null : { min: rateMin, max: rateMin + 20, currency: 'EUR', unit: 'hour', publicRate: next() < 0.5 },
      visibility,
      status: next() < 0.03 ? 'closed' : 'open',
      publishedAt: dutchInstant(`${published} ${String(8 + Math.floor(next() * 9)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`),
      contact: { ...org.contact },
      url: `${org.website}/opdrachten/${id}`,
      applyUrl: null,
      requirements: {
        kvkNumber: contractTypes.includes('inhuur'),
        cv: !forOwnPeople,
        conditionsUrl: next() < 0.5 ? `${org.website}/inkoopvoorwaarden` : null,
        managerConsent: forOwnPeople,
      },
    });
  }
  return assignments;
}

/**
 * Loads `count` generated assignments through the server's importer (validated, one
 * transaction, upserted by id), marks the database seeded and refreshes the planner's statistics.
 */
export async function loadGenerated(db: Kysely<DB>, options: GenerateOptions): Promise<number> {
  await ensureVocabularies(db);
  const assignments = generateAssignments(options);
  // The importer writes everything in one transaction; 10,000 at a time keeps its memory flat.
  for (let i = 0; i < assignments.length; i += 10_000) await importData(db, { assignments: assignments.slice(i, i + 10_000) });
  await markSeeded(db, `bench/generate.ts (${options.count})`);
  await sql`analyze`.execute(db);
  return assignments.length;
}

async function main(argv: string[]): Promise<void> {
  const args = Object.fromEntries(argv.map((arg) => arg.replace(/^--/, '').split('=') as [string, string]));
  const count = Number(args.count ?? 1000);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer; got "${args.count}"`);
  const options: GenerateOptions = { count, seed: Number(args.seed ?? 1), today: args.today ?? dutchToday() };
  if (args.out) {
    await writeFile(args.out, JSON.stringify(generateAssignments(options)));
    process.stdout.write(`${JSON.stringify({ event: 'generate.written', file: args.out, count })}\n`);
    return;
  }
  const { openDatabase } = await import('../server/db/database.js');
  const env = process.env;
  const database = await openDatabase(
    env.DATABASE_URL ? { url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA || undefined } : { dataDir: path.join(env.DATA_DIR || '.data', 'pglite') },
  );
  try {
    const started = performance.now();
    await loadGenerated(database.db, options);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    process.stdout.write(`${JSON.stringify({ event: 'generate.loaded', database: database.kind, count, seconds })}\n`);
  } finally {
    await database.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main(process.argv.slice(2));
