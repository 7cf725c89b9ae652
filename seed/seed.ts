/**
 * The demo world: organisations, code lists, assignments and profiles of a West-Brabant-centred
 * flexible shell ("flexibele schil"). The mock, the reference server's first-start seeding,
 * the stories and the tests all take their data from here and see the same marketplace.
 *
 * The rows are written around 2026-11-22 ({@link seedToday}); {@link seedFor} moves every date
 * by the days between that and the day the data is seeded, so the demo never decays: a fresh
 * start next year still shows open assignments and a few that closed recently.
 *
 * Rows are compact tables expanded by small helpers below, so the data stays readable; what a
 * backend sends (`AssignmentInput`, `ProfileInput`) comes out of {@link seedAssignments} and
 * {@link seedProfiles}. Labels in the seed are Dutch; the backend relabels per `Accept-Language`.
 */
import {
  type AssignmentInput,
  type Code,
  type ContractType,
  contractTypes,
  type Organisation,
  type ProfileInput,
  type ProfileKind,
  type SessionInput,
  profileKinds,
  type Visibility,
  type WorkMode,
  workModes,
} from '../src/api/schemas.js';
import { codeLabel } from '../src/i18n/codes.js';

export type Lang = 'nl' | 'en';

/** The day the seed is written around: closing dates and availability are relative to it. */
export const seedToday = '2026-11-22';

// ---------------------------------------------------------------------------------------------
// Code lists, [nl, en]. Key order is the order clients show them in.

const fieldLabels = {
  inkoop: ['Inkoop', 'Procurement'],
  informatievoorziening: ['Informatievoorziening', 'Information management'],
  'ruimtelijke-ordening': ['Ruimtelijke ordening', 'Spatial planning'],
  'sociaal-domein': ['Sociaal domein', 'Social services'],
  financien: ['Financiën', 'Finance'],
  hr: ['HR', 'HR'],
  communicatie: ['Communicatie', 'Communications'],
  juridisch: ['Juridische zaken', 'Legal affairs'],
  organisatieontwikkeling: ['Organisatieontwikkeling', 'Organisational development'],
  'openbare-ruimte': ['Openbare ruimte', 'Public space'],
  water: ['Water', 'Water management'],
  duurzaamheid: ['Duurzaamheid en energie', 'Sustainability and energy'],
} as const satisfies Record<string, readonly [string, string]>;

const regionLabels = {
  'west-brabant': ['West-Brabant', 'West Brabant'],
  'midden-brabant': ['Midden-Brabant', 'Central Brabant'],
  'noordoost-brabant': ['Noordoost-Brabant', 'North-East Brabant'],
  'zuidoost-brabant': ['Zuidoost-Brabant', 'South-East Brabant'],
  zeeland: ['Zeeland', 'Zeeland'],
  'zuid-holland-zuid': ['Zuid-Holland Zuid', 'South Holland South'],
} as const satisfies Record<string, readonly [string, string]>;

export type FieldValue = keyof typeof fieldLabels;
export type RegionValue = keyof typeof regionLabels;

export interface Vocabularies {
  field: Code[];
  region: Code[];
  type: Code[];
  kind: Code[];
  mode: Code[];
}

/** Every code list with its labels in one language (the body of `GET /vocabularies`). */
export function vocabularies(lang: Lang): Vocabularies {
  const i = lang === 'en' ? 1 : 0;
  const codes = (table: Record<string, readonly [string, string]>): Code[] =>
    Object.entries(table).map(([value, labels]) => ({ value, label: labels[i] }));
  return {
    field: codes(fieldLabels),
    region: codes(regionLabels),
    // The closed lists' labels are the widgets' own (src/i18n/codes.ts): one wording everywhere.
    type: contractTypes.map((value) => ({ value, label: codeLabel('type', value, lang) })),
    kind: profileKinds.map((value) => ({ value, label: codeLabel('kind', value, lang) })),
    mode: workModes.map((value) => ({ value, label: codeLabel('mode', value, lang) })),
  };
}

const field = (value: FieldValue): Code => ({ value, label: fieldLabels[value][0] });
const region = (value: RegionValue): Code => ({ value, label: regionLabels[value][0] });

// ---------------------------------------------------------------------------------------------
// Organisations

export interface OrganisationSeed extends Organisation {
  kind: 'gemeente' | 'provincie' | 'waterschap' | 'netwerk';
  place: string;
  region: RegionValue;
  /** Home page; assignment URLs and description links are built from it. */
  website: string;
  /** Who answers questions about an assignment unless the assignment names someone else. */
  contact: { name: string; email: string; phone: string | null };
}

const organisationList = [
  {
    id: 'gem-steenbergen',
    name: 'Gemeente Steenbergen',
    kind: 'gemeente',
    place: 'Steenbergen',
    region: 'west-brabant',
    website: 'https://www.steenbergen.example.nl',
    contact: { name: 'Pim Kroes', email: 'p.kroes@steenbergen.example.nl', phone: '0167 543 100' },
  },
  {
    id: 'gem-bergen-op-zoom',
    name: 'Gemeente Bergen op Zoom',
    kind: 'gemeente',
    place: 'Bergen op Zoom',
    region: 'west-brabant',
    website: 'https://www.bergenopzoom.example.nl',
    contact: { name: 'Sandra Huijsmans', email: 's.huijsmans@bergenopzoom.example.nl', phone: '0164 277 000' },
  },
  {
    id: 'gem-roosendaal',
    name: 'Gemeente Roosendaal',
    kind: 'gemeente',
    place: 'Roosendaal',
    region: 'west-brabant',
    website: 'https://www.roosendaal.example.nl',
    contact: { name: 'Erik Lambregts', email: 'e.lambregts@roosendaal.example.nl', phone: null },
  },
  {
    id: 'gem-breda',
    name: 'Gemeente Breda',
    kind: 'gemeente',
    place: 'Breda',
    region: 'west-brabant',
    website: 'https://www.breda.example.nl',
    contact: { name: 'Team Flexibele Inzet', email: 'flexibele-inzet@breda.example.nl', phone: '076 529 4000' },
  },
  {
    id: 'gem-tilburg',
    name: 'Gemeente Tilburg',
    kind: 'gemeente',
    place: 'Tilburg',
    region: 'midden-brabant',
    website: 'https://www.tilburg.example.nl',
    contact: { name: 'Nadia Bakker', email: 'n.bakker@tilburg.example.nl', phone: '013 542 9000' },
  },
  {
    id: 'gem-s-hertogenbosch',
    name: "Gemeente 's-Hertogenbosch",
    kind: 'gemeente',
    place: "'s-Hertogenbosch",
    region: 'noordoost-brabant',
    website: 'https://www.s-hertogenbosch.example.nl',
    contact: { name: 'Tom van Kessel', email: 't.vankessel@s-hertogenbosch.example.nl', phone: null },
  },
  {
    id: 'gem-eindhoven',
    name: 'Gemeente Eindhoven',
    kind: 'gemeente',
    place: 'Eindhoven',
    region: 'zuidoost-brabant',
    website: 'https://www.eindhoven.example.nl',
    contact: { name: 'Lotte Aarts', email: 'l.aarts@eindhoven.example.nl', phone: '040 238 6000' },
  },
  {
    id: 'gem-middelburg',
    name: 'Gemeente Middelburg',
    kind: 'gemeente',
    place: 'Middelburg',
    region: 'zeeland',
    website: 'https://www.middelburg.example.nl',
    contact: { name: 'Kees Dekker', email: 'k.dekker@middelburg.example.nl', phone: '0118 675 000' },
  },
  {
    id: 'gem-dordrecht',
    name: 'Gemeente Dordrecht',
    kind: 'gemeente',
    place: 'Dordrecht',
    region: 'zuid-holland-zuid',
    website: 'https://www.dordrecht.example.nl',
    contact: { name: 'Jasper Bal', email: 'j.bal@dordrecht.example.nl', phone: null },
  },
  {
    id: 'prov-noord-brabant',
    name: 'Provincie Noord-Brabant',
    kind: 'provincie',
    place: "'s-Hertogenbosch",
    region: 'noordoost-brabant',
    website: 'https://www.brabant.example.nl',
    contact: { name: 'Hanna Wouters', email: 'h.wouters@brabant.example.nl', phone: '073 681 2812' },
  },
  {
    id: 'ws-brabantse-delta',
    name: 'Waterschap Brabantse Delta',
    kind: 'waterschap',
    place: 'Breda',
    region: 'west-brabant',
    website: 'https://www.brabantsedelta.example.nl',
    contact: { name: 'Rob Verbunt', email: 'r.verbunt@brabantsedelta.example.nl', phone: '076 564 1000' },
  },
  {
    id: 'ws-scheldestromen',
    name: 'Waterschap Scheldestromen',
    kind: 'waterschap',
    place: 'Middelburg',
    region: 'zeeland',
    website: 'https://www.scheldestromen.example.nl',
    contact: { name: 'Marijke de Visser', email: 'm.devisser@scheldestromen.example.nl', phone: null },
  },
  {
    id: 'net-west-brabant',
    name: 'Netwerk Publieke Professionals West-Brabant',
    kind: 'netwerk',
    place: 'Etten-Leur',
    region: 'west-brabant',
    website: 'https://www.publiekeprofessionals-wb.example.nl',
    contact: { name: 'Anouk Rijnders', email: 'info@publiekeprofessionals-wb.example.nl', phone: '076 503 2200' },
  },
] as const satisfies readonly Omit<OrganisationSeed, 'logoUrl'>[];

export type OrganisationId = (typeof organisationList)[number]['id'];

/** Every organisation that publishes in the seed. No logos: the demo runs offline. */
export const organisations: readonly OrganisationSeed[] = organisationList.map((org) => ({ ...org, logoUrl: null }));

function organisation(id: OrganisationId): OrganisationSeed {
  const found = organisations.find((org) => org.id === id);
  if (!found) throw new Error(`Unknown organisation ${id}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Time

/** Last Sunday of a month (UTC date), where Europe/Amsterdam switches between CET and CEST. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** `'2026-10-12 09:00'` (Dutch wall-clock time) as an ISO instant with the right offset. */
export function dutchInstant(local: string): string {
  const [date, time] = local.split(' ');
  const year = Number(date.slice(0, 4));
  const summer = date >= lastSunday(year, 3) && date < lastSunday(year, 10);
  return `${date}T${time}:00${summer ? '+02:00' : '+01:00'}`;
}

// ---------------------------------------------------------------------------------------------
// Assignments

interface AssignmentRow {
  id: string;
  org: OrganisationId;
  title: string;
  field: FieldValue;
  /** Defaults to the organisation's place and region. */
  place?: string;
  region?: RegionValue;
  mode: WorkMode;
  types: ContractType[];
  hours: [min: number, max: number];
  start: string | null;
  end: string | null;
  closing: string;
  /** Dutch wall-clock time, `YYYY-MM-DD HH:mm`. */
  published: string;
  /** Euro per hour. */
  rate: [min: number | null, max: number | null, publicRate: boolean] | null;
  summary: string | null;
  /** First paragraph of the description; defaults to the summary. */
  intro?: string;
  tasks: string[];
  required: string[];
  optional: string[];
  /** Replaces the generated description entirely (CMS output as is). */
  description?: string;
  visibility?: Visibility;
  status?: 'closed';
  applyUrl?: string;
  /** Link the organisation's purchasing conditions (`requirements.conditionsUrl`). */
  conditions?: boolean;
  /** Default true. */
  cv?: boolean;
  /** Default: true for internal and `intern`/`belangeloos` work (the own manager agrees). */
  managerConsent?: boolean;
  /** `null` publishes no contact; default the organisation's. */
  contact?: { name: string; email: string | null; phone: string | null } | null;
  /** `null`: no page on the organisation's site; default `{website}/opdrachten/{id}`. */
  url?: string | null;
}

const rows: AssignmentRow[] = [
  // Gemeente Steenbergen ------------------------------------------------------------------------
  {
    id: 'a-2026-0101',
    org: 'gem-steenbergen',
    title: 'Projectleider informatievoorziening',
    field: 'informatievoorziening',
    mode: 'hybrid',
    types: ['detachering', 'inhuur'],
    hours: [16, 24],
    start: '2027-01-15',
    end: '2027-06-30',
    closing: '2026-12-20',
    published: '2026-11-20 09:00',
    rate: [75, 95, true],
    summary:
      'Steenbergen vervangt zijn zaaksysteem. Jij leidt het project van aanbesteding tot livegang en neemt collega’s mee in zaakgericht werken.',
    tasks: [
      'Je stelt het projectplan op en bewaakt planning, budget en risico’s.',
      'Je begeleidt de implementatie van het nieuwe zaaksysteem met de leverancier.',
      'Je organiseert werksessies met teams in het Klant Contact Centrum en Burgerzaken.',
    ],
    required: ['Projectmanagement', 'Informatiebeheer'],
    optional: ['Zaakgericht werken', 'Stakeholdermanagement'],
    conditions: true,
    contact: { name: 'Pim Kroes', email: 'inkoop@steenbergen.example.nl', phone: null },
  },
  {
    id: 'a-2026-0102',
    org: 'gem-steenbergen',
    title: 'Inkoopadviseur sociaal domein',
    field: 'inkoop',
    mode: 'hybrid',
    types: ['inhuur', 'interim'],
    hours: [24, 32],
    start: '2027-01-04',
    end: '2027-12-31',
    closing: '2026-12-06',
    published: '2026-11-02 10:30',
    rate: [85, 105, false],
    summary:
      'De contracten voor Wmo en jeugdhulp lopen in 2027 af. Wij zoeken een inkoopadviseur die de nieuwe inkoopstrategie samen met de regio vormgeeft.',
    tasks: [
      'Je schrijft de inkoopstrategie voor Wmo-begeleiding en jeugdhulp.',
      'Je stemt af met de zes West-Brabantse gemeenten in de regionale inkooporganisatie.',
      'Je adviseert het college over de gevolgen voor zorgaanbieders en inwoners.',
    ],
    required: ['Aanbesteden', 'Contractmanagement'],
    optional: ['Sociaal domein', 'Jeugdwet'],
    conditions: true,
  },
  {
    id: 'a-2026-0103',
    org: 'gem-steenbergen',
    title: 'Coördinator participatie binnenstad',
    field: 'ruimtelijke-ordening',
    mode: 'onsite',
    types: ['intern'],
    hours: [8, 16],
    start: '2027-01-01',
    end: '2027-04-30',
    closing: '2026-12-01',
    published: '2026-11-12 08:45',
    rate: null,
    summary:
      'Interne klus: help het team Ruimte de participatie rond de vernieuwing van de Markt te organiseren, naast je eigen functie.',
    tasks: [
      'Je plant en begeleidt drie bewonersavonden in het stadhuis.',
      'Je verwerkt de opbrengst in een participatieverslag voor de raad.',
    ],
    required: ['Participatie', 'Coördinatie'],
    optional: ['Omgevingswet'],
    visibility: 'internal',
    cv: false,
    url: 'https://intranet.steenbergen.example.nl/interne-klussen/a-2026-0103',
  },
  {
    id: 'a-2026-0104',
    org: 'gem-steenbergen',
    title: 'Meedenker begroting 2027',
    field: 'financien',
    mode: 'hybrid',
    types: ['intern'],
    hours: [4, 8],
    start: '2026-12-01',
    end: '2027-02-28',
    closing: '2026-11-29',
    published: '2026-11-16 12:00',
    rate: null,
    summary: 'Heb je feeling met cijfers? Denk een paar uur per week mee over de kadernota en de begroting 2027.',
    tasks: [
      'Je toetst de meerjarenraming op realisme.',
      'Je helpt de afdeling Financiën met een leesbare begroting voor raadsleden.',
    ],
    required: ['Financiële analyse'],
    optional: ['Excel', 'Planning & control'],
    visibility: 'internal',
    cv: false,
    url: 'https://intranet.steenbergen.example.nl/interne-klussen/a-2026-0104',
  },
  {
    id: 'a-2026-0105',
    org: 'gem-steenbergen',
    title: 'Adviseur openbare ruimte – beheerplannen',
    field: 'openbare-ruimte',
    place: 'Welberg',
    mode: 'onsite',
    types: ['detachering'],
    hours: [32, 36],
    start: '2027-02-01',
    end: '2027-12-31',
    closing: '2027-01-10',
    published: '2026-11-18 09:15',
    rate: [70, 85, true],
    summary: 'Actualiseer de beheerplannen voor wegen, groen en riolering en koppel ze aan een realistische meerjarenbegroting.',
    tasks: [
      'Je inventariseert de staat van wegen en groen in de kernen.',
      'Je stelt beheerplannen op met kwaliteitsniveaus volgens CROW.',
      'Je presenteert scenario’s aan de raadscommissie.',
    ],
    required: ['Beheer openbare ruimte', 'CROW-systematiek'],
    optional: ['GIS', 'Financiële analyse'],
  },
  {
    id: 'a-2026-0106',
    org: 'gem-steenbergen',
    title: 'Ambassadeur duurzaamheid (interne klus)',
    field: 'duurzaamheid',
    mode: 'hybrid',
    types: ['intern'],
    hours: [4, 4],
    start: '2026-11-01',
    end: '2027-06-30',
    closing: '2026-11-14',
    published: '2026-10-20 14:00',
    rate: null,
    summary: 'Help collega’s duurzamer te werken: van reizen tot inkopen. Vier uur per week naast je eigen werk.',
    tasks: ['Je zet een groep duurzaamheidsambassadeurs op.', 'Je organiseert de Week van de Duurzaamheid op het stadhuis.'],
    required: ['Verbinden', 'Duurzaamheid'],
    optional: [],
    visibility: 'internal',
    status: 'closed',
    cv: false,
    url: null,
  },

  // Gemeente Bergen op Zoom ----------------------------------------------------------------------
  {
    id: 'a-2026-0107',
    org: 'gem-bergen-op-zoom',
    title: 'Kwartiermaker Omgevingswet',
    field: 'ruimtelijke-ordening',
    mode: 'hybrid',
    types: ['interim', 'detachering'],
    hours: [32, 36],
    start: '2027-01-01',
    end: '2027-09-30',
    closing: '2026-12-13',
    published: '2026-11-05 09:00',
    rate: [95, 120, false],
    summary:
      'Het omgevingsplan moet in 2027 af. Als kwartiermaker zet je het programma neer en zorg je dat vergunningverlening en beleid samen optrekken.',
    tasks: [
      'Je richt het programma omgevingsplan in en stelt een realistische planning op.',
      'Je verbindt de teams Vergunningen, Toezicht en Handhaving en Ruimtelijke Ontwikkeling.',
      'Je adviseert de directie over capaciteit en prioriteiten.',
    ],
    required: ['Omgevingswet', 'Programmamanagement'],
    optional: ['Verandermanagement', 'Stakeholdermanagement'],
  },
  {
    id: 'a-2026-0108',
    org: 'gem-bergen-op-zoom',
    title: 'Communicatieadviseur wijkaanpak Gageldonk',
    field: 'communicatie',
    mode: 'hybrid',
    types: ['detachering', 'inhuur'],
    hours: [20, 28],
    start: '2027-01-11',
    end: '2027-07-31',
    closing: '2026-12-18',
    published: '2026-11-09 11:00',
    rate: [70, 90, true],
    summary: 'Maak de wijkaanpak zichtbaar voor bewoners: met verhalen uit de wijk, heldere brieven en een goed bezochte wijkavond.',
    tasks: [
      'Je maakt een communicatieplan voor de wijkaanpak.',
      'Je schrijft bewonersbrieven op B1-niveau.',
      'Je werkt samen met de wijkcoördinator en woningcorporatie.',
    ],
    required: ['Participatie', 'Schrijven op B1-niveau'],
    optional: ['Social media', 'Fotografie'],
    cv: false,
  },
  {
    id: 'a-2026-0109',
    org: 'gem-bergen-op-zoom',
    title: 'Juridisch adviseur bezwaar Wmo',
    field: 'juridisch',
    mode: 'remote',
    types: ['inhuur'],
    hours: [16, 24],
    start: '2027-01-04',
    end: '2027-06-30',
    closing: '2027-01-08',
    published: '2026-11-19 16:20',
    rate: [80, 95, false],
    summary: 'Werk de achterstand in Wmo-bezwaren weg: hoorzittingen voorbereiden, adviezen schrijven, beslissingen op bezwaar opstellen.',
    tasks: [
      'Je behandelt bezwaarschriften tegen Wmo-besluiten.',
      'Je bereidt hoorzittingen van de bezwaarcommissie voor.',
      'Je signaleert patronen en adviseert over betere primaire besluiten.',
    ],
    required: ['Bestuursrecht', 'Wmo'],
    optional: ['Mediation'],
    conditions: true,
  },
  {
    id: 'a-2026-0110',
    org: 'gem-bergen-op-zoom',
    title: 'Sparringpartner voor nieuwe teamleiders',
    field: 'organisatieontwikkeling',
    mode: 'onsite',
    types: ['belangeloos'],
    hours: [2, 4],
    start: '2027-01-01',
    end: '2027-12-31',
    closing: '2027-02-01',
    published: '2026-11-10 10:00',
    rate: null,
    summary: 'Ben je (ex-)manager bij een andere overheid? Wees een jaar lang klankbord voor een van onze nieuwe teamleiders.',
    tasks: ['Je voert eens per maand een gesprek met een teamleider.', 'Je deelt ervaringen uit je eigen loopbaan.'],
    required: ['Coaching', 'Leidinggeven'],
    optional: ['Intervisie'],
    cv: false,
  },
  {
    id: 'a-2026-0111',
    org: 'gem-bergen-op-zoom',
    title: 'Projectsecretaris Regio Deal West-Brabant',
    field: 'organisatieontwikkeling',
    mode: 'hybrid',
    types: ['detachering'],
    hours: [16, 20],
    start: '2026-12-01',
    end: '2027-11-30',
    closing: '2026-11-10',
    published: '2026-10-13 09:30',
    rate: [65, 80, false],
    summary: 'Ondersteun de stuurgroep van de Regio Deal: agenda’s, verslagen, voortgangsrapportages naar het Rijk.',
    tasks: ['Je bereidt stuurgroepvergaderingen voor.', 'Je bewaakt de voortgang van twaalf deelprojecten.'],
    required: ['Secretariaat', 'Rapporteren'],
    optional: ['Projectcontrol'],
    status: 'closed',
  },

  // Gemeente Roosendaal --------------------------------------------------------------------------
  {
    id: 'a-2026-0112',
    org: 'gem-roosendaal',
    title: 'Contractmanager jeugdhulp',
    field: 'sociaal-domein',
    mode: 'hybrid',
    types: ['interim', 'inhuur'],
    hours: [28, 36],
    start: '2027-01-04',
    end: '2027-12-31',
    closing: '2026-12-04',
    published: '2026-11-03 08:30',
    rate: [90, 110, true],
    summary: 'Stuur op kwaliteit en kosten van de jeugdhulpaanbieders in de regio. Jij voert de contractgesprekken en bewaakt de budgetten.',
    tasks: [
      'Je voert periodieke contractgesprekken met aanbieders.',
      'Je analyseert productie- en kostendata en signaleert afwijkingen.',
      'Je adviseert over bijsturing en sancties.',
    ],
    required: ['Contractmanagement', 'Jeugdwet', 'Financiële analyse'],
    optional: ['Onderhandelen'],
    conditions: true,
  },
  {
    id: 'a-2026-0113',
    org: 'gem-roosendaal',
    title: 'Informatiebeheerder zaakgericht werken',
    field: 'informatievoorziening',
    mode: 'hybrid',
    types: ['detachering'],
    hours: [24, 32],
    start: '2027-01-18',
    end: '2027-07-16',
    closing: '2026-12-27',
    published: '2026-11-11 13:00',
    rate: [60, 75, false],
    summary: 'Richt zaaktypen in, ruim het archief op en help teams digitaal en zaakgericht te werken volgens de Archiefwet.',
    tasks: [
      'Je richt zaaktypen en selectielijsten in.',
      'Je traint collega’s in het zaaksysteem.',
      'Je bereidt de overbrenging naar het e-depot voor.',
    ],
    required: ['Zaakgericht werken', 'Archiefwet'],
    optional: ['Informatiebeheer', 'Procesmanagement'],
  },
  {
    id: 'a-2026-0114',
    org: 'gem-roosendaal',
    title: 'HR-adviseur strategische personeelsplanning',
    field: 'hr',
    mode: 'hybrid',
    types: ['detachering', 'interim'],
    hours: [24, 28],
    start: '2027-02-01',
    end: '2027-10-31',
    closing: '2027-01-17',
    published: '2026-11-14 09:00',
    rate: [80, 95, true],
    summary: 'Breng in kaart welke mensen en vaardigheden Roosendaal over vijf jaar nodig heeft, en maak een plan om daar te komen.',
    tasks: [
      'Je maakt een analyse van de huidige en gewenste personeelsopbouw.',
      'Je ontwikkelt met afdelingshoofden een strategisch personeelsplan.',
    ],
    required: ['Strategische personeelsplanning', 'Data-analyse'],
    optional: ['Arbeidsmarktcommunicatie', 'Verandermanagement'],
    applyUrl: 'https://werkenbij.roosendaal.example.nl/vacatures/hr-adviseur-spp',
  },
  {
    id: 'a-2026-0115',
    org: 'gem-roosendaal',
    title: 'Beleidsmedewerker armoede en schulden',
    field: 'sociaal-domein',
    mode: 'onsite',
    types: ['detachering'],
    hours: [32, 36],
    start: '2027-01-01',
    end: '2027-12-31',
    closing: '2026-11-22',
    published: '2026-10-19 10:00',
    rate: [60, 72, true],
    summary: 'Schrijf het nieuwe armoedebeleid mét inwoners die het zelf meemaken, en zorg dat vroegsignalering van schulden echt werkt.',
    tasks: [
      'Je schrijft de beleidsnota armoede en schulden 2027–2030.',
      'Je organiseert gesprekken met ervaringsdeskundigen.',
      'Je evalueert de vroegsignalering met woningcorporaties en energieleveranciers.',
    ],
    required: ['Beleidsontwikkeling', 'Schuldhulpverlening'],
    optional: ['Participatie'],
  },
  {
    id: 'a-2026-0116',
    org: 'gem-roosendaal',
    title: 'Woordvoerder (tijdelijk)',
    field: 'communicatie',
    mode: 'onsite',
    types: ['interim'],
    hours: [36, 40],
    start: '2026-12-01',
    end: '2027-03-31',
    closing: '2026-11-26',
    published: '2026-11-13 15:45',
    rate: [85, 100, false],
    summary: 'Tijdelijk woordvoerder voor het college tijdens een zwangerschapsverlof. Snel schakelen, ook buiten kantoortijd.',
    tasks: ['Je staat de pers te woord namens burgemeester en wethouders.', 'Je adviseert bestuurders bij gevoelige dossiers.'],
    required: ['Woordvoering', 'Politieke sensitiviteit'],
    optional: ['Crisiscommunicatie'],
  },

  // Gemeente Breda --------------------------------------------------------------------------------
  {
    id: 'a-2026-0117',
    org: 'gem-breda',
    title: 'Senior aanbestedingsjurist',
    field: 'inkoop',
    mode: 'hybrid',
    types: ['inhuur'],
    hours: [24, 32],
    start: '2027-01-04',
    end: '2027-12-31',
    closing: '2026-12-11',
    published: '2026-11-06 09:00',
    rate: [100, 125, false],
    summary: 'Begeleid complexe Europese aanbestedingen van Breda juridisch, van marktconsultatie tot kort geding.',
    tasks: [
      'Je stelt aanbestedingsstukken en overeenkomsten op.',
      'Je beantwoordt vragen uit de nota van inlichtingen.',
      'Je voert klachten- en bezwaarprocedures.',
    ],
    required: ['Aanbestedingsrecht', 'Aanbesteden'],
    optional: ['Contractenrecht'],
    conditions: true,
    applyUrl: 'https://werkenbij.breda.example.nl/opdrachten/aanbestedingsjurist',
  },
  {
    id: 'a-2026-0118',
    org: 'gem-breda',
    title: 'Data-analist sociaal domein',
    field: 'informatievoorziening',
    mode: 'remote',
    types: ['inhuur', 'detachering'],
    hours: [24, 32],
    start: '2027-02-01',
    end: '2027-07-31',
    closing: '2027-01-15',
    published: '2026-11-17 10:10',
    rate: [80, 100, true],
    summary: 'Bouw dashboards die beleidsmakers echt gebruiken: van bijstand tot Wmo, met data uit verschillende bronnen.',
    tasks: [
      'Je bouwt dashboards in Power BI.',
      'Je koppelt gegevens uit het sociaal domein privacyvriendelijk.',
      'Je vertaalt vragen van beleidsmakers naar analyses.',
    ],
    required: ['Data-analyse', 'Power BI', 'SQL'],
    optional: ['Privacy by design', 'Sociaal domein'],
  },
  {
    id: 'a-2026-0119',
    org: 'gem-breda',
    title: 'Projectleider mobiliteit Stationskwartier',
    field: 'ruimtelijke-ordening',
    mode: 'onsite',
    types: ['interim'],
    hours: [32, 36],
    start: '2027-01-04',
    end: '2027-12-31',
    closing: '2026-12-02',
    published: '2026-11-04 14:30',
    rate: [100, 120, false],
    summary: 'Leid het project dat fietsers, bussen en voetgangers rond het station een veilige plek geeft.',
    tasks: ['Je stuurt een multidisciplinair projectteam aan.', 'Je onderhandelt met ProRail en de provincie.'],
    required: ['Projectmanagement', 'Mobiliteit'],
    optional: ['Omgevingsmanagement', 'Aanbesteden'],
    applyUrl: 'https://werkenbij.breda.example.nl/opdrachten/projectleider-stationskwartier',
  },
  {
    id: 'a-2026-0120',
    org: 'gem-breda',
    title: 'Controller grondexploitaties',
    field: 'financien',
    mode: 'hybrid',
    types: ['interim', 'detachering'],
    hours: [28, 32],
    start: '2027-03-01',
    end: '2027-12-31',
    closing: '2027-02-14',
    published: '2026-11-21 09:00',
    rate: [95, 115, false],
    summary: 'Houd grip op de grondexploitaties van Breda: herzieningen, risicoanalyses en advies aan het college.',
    tasks: ['Je herziet de grondexploitaties halfjaarlijks.', 'Je maakt risicoanalyses voor de jaarrekening.'],
    required: ['Grondexploitatie', 'Planning & control'],
    optional: ['BBV'],
  },
  {
    id: 'a-2026-0121',
    org: 'gem-breda',
    title: 'Adviseur arbeidsmarktcommunicatie',
    field: 'communicatie',
    mode: 'hybrid',
    types: ['inhuur'],
    hours: [16, 24],
    start: '2026-12-01',
    end: '2027-05-31',
    closing: '2026-11-18',
    published: '2026-10-21 11:00',
    rate: [75, 90, true],
    summary: 'Zet Breda op de kaart als werkgever met een campagne voor technische functies.',
    tasks: ['Je ontwikkelt een campagne voor technische vacatures.', 'Je werkt samen met recruiters en de afdeling Communicatie.'],
    required: ['Arbeidsmarktcommunicatie', 'Campagnes'],
    optional: ['Social media'],
    status: 'closed',
  },

  // Gemeente Tilburg ------------------------------------------------------------------------------
  {
    id: 'a-2026-0122',
    org: 'gem-tilburg',
    title: 'Programmamanager energietransitie',
    field: 'duurzaamheid',
    mode: 'hybrid',
    types: ['interim'],
    hours: [32, 36],
    start: '2027-01-04',
    end: '2027-12-31',
    closing: '2026-12-09',
    published: '2026-11-05 13:30',
    rate: [110, 135, false],
    summary: 'Geef richting aan de wijkgerichte aanpak van de warmtetransitie en breng Tilburg in 2027 drie wijken verder.',
    tasks: [
      'Je stuurt het programma warmtetransitie aan.',
      'Je onderhandelt met netbeheerder en woningcorporaties.',
      'Je rapporteert aan de wethouder en de raad.',
    ],
    required: ['Programmamanagement', 'Energietransitie'],
    optional: ['Participatie', 'Bestuurlijke sensitiviteit'],
  },
  {
    id: 'a-2026-0123',
    org: 'gem-tilburg',
    title: 'Adviseur privacy en informatieveiligheid',
    field: 'juridisch',
    mode: 'remote',
    types: ['inhuur', 'detachering'],
    hours: [16, 24],
    start: '2027-01-11',
    end: '2027-06-30',
    closing: '2027-01-22',
    published: '2026-11-18 08:00',
    rate: null,
    summary: 'Help teams met DPIA’s, verwerkersovereenkomsten en de BIO. Je bent het aanspreekpunt voor privacyvragen.',
    tasks: [
      'Je begeleidt DPIA’s bij nieuwe systemen.',
      'Je toetst verwerkersovereenkomsten.',
      'Je geeft bewustwordingssessies over informatieveiligheid.',
    ],
    required: ['AVG', 'BIO'],
    optional: ['Informatiebeveiliging', 'Juridisch advies'],
  },
  {
    id: 'a-2026-0124',
    org: 'gem-tilburg',
    title: 'Organisatieadviseur cultuurtraject',
    field: 'organisatieontwikkeling',
    mode: 'hybrid',
    types: ['detachering'],
    hours: [16, 20],
    start: '2027-04-01',
    end: '2027-12-31',
    closing: '2027-03-05',
    published: '2026-11-22 08:30',
    rate: [85, 100, true],
    summary: 'Begeleid het cultuurtraject "Samen Tilburg": van teamsessies tot een nieuw leiderschapsprofiel.',
    tasks: ['Je ontwerpt en faciliteert teamsessies.', 'Je adviseert het management over leiderschap en gedrag.'],
    required: ['Verandermanagement', 'Facilitering'],
    optional: ['Coaching', 'Organisatiekunde'],
  },
  {
    id: 'a-2026-0125',
    org: 'gem-tilburg',
    title: 'Wijkregisseur Tilburg-Noord',
    field: 'sociaal-domein',
    mode: 'onsite',
    types: ['detachering'],
    hours: [32, 36],
    start: '2027-01-04',
    end: '2027-12-31',
    closing: '2026-12-15',
    published: '2026-11-08 10:00',
    rate: [65, 78, true],
    summary: 'Breng partners in de wijk samen: van huisarts tot wijkagent. Jij zorgt dat signalen niet blijven liggen.',
    tasks: ['Je coördineert het wijknetwerk.', 'Je pakt complexe casussen op met de wijkteams.'],
    required: ['Netwerken', 'Coördinatie'],
    optional: ['Sociaal domein', 'Casusregie'],
    contact: null,
  },
  {
    id: 'a-2026-0126',
    org: 'gem-tilburg',
    title: 'Mentor voor jonge beleidsmedewerkers',
    field: 'hr',
    mode: 'remote',
    types: ['belangeloos'],
    hours: [2, 4],
    start: '2027-04-01',
    end: '2027-12-31',
    closing: '2027-03-31',
    published: '2026-11-15 09:00',
    rate: null,
    summary: 'Deel je ervaring: begeleid een traineegroep jonge beleidsmedewerkers, een uur of twee per week, online.',
    tasks: ['Je begeleidt vier trainees.', 'Je organiseert eens per kwartaal een intervisiebijeenkomst.'],
    required: ['Coaching'],
    optional: ['Beleidsontwikkeling', 'Intervisie'],
    cv: false,
  },

  // Gemeente 's-Hertogenbosch ---------------------------------------------------------------------
  {
    id: 'a-2026-0127',
    org: 'gem-s-hertogenbosch',
    title: 'Financieel adviseur sociaal domein',
    field: 'financien',
    mode: 'hybrid',
    types: ['detachering', 'inhuur'],
    hours: [24, 32],
    start: '2027-01-04',
    end: '2027-09-30',
    closing: '2026-12-23',
    published: '2026-11-10 09:30',
    rate: [80, 95, true],
    summary: 'Breng de uitgaven aan Wmo en jeugd in beeld en adviseer over maatregelen om binnen budget te blijven.',
    tasks: ['Je stelt prognoses op voor Wmo en jeugd.', 'Je adviseert budgethouders en de controller.'],
    required: ['Financiële analyse', 'Sociaal domein'],
    optional: ['Power BI', 'BBV'],
    conditions: true,
  },
  {
    id: 'a-2026-0128',
    org: 'gem-s-hertogenbosch',
    title: 'Projectleider herinrichting Dieze-kades',
    field: 'openbare-ruimte',
    mode: 'onsite',
    types: ['inhuur'],
    hours: [32, 40],
    start: '2027-02-01',
    end: '2028-01-31',
    closing: '2027-01-29',
    published: '2026-11-19 11:30',
    rate: [90, 110, false],
    summary: 'Herinrichting van de kades langs de Dieze: klimaatbestendig, groen en toegankelijk. Jij leidt het project van ontwerp tot uitvoering.',
    tasks: [],
    required: ['Projectmanagement', 'Civiele techniek'],
    optional: ['Klimaatadaptatie', 'Omgevingsmanagement'],
    conditions: true,
    // As the city's CMS delivers it: inline styles, an image, target="_blank". Clients sanitise.
    description:
      '<p style="font-family:Arial;color:#333">De kades langs de Dieze zijn aan vervanging toe. Tegelijk willen we de binnenstad <strong>koeler en groener</strong> maken.</p>' +
      '<img src="https://www.s-hertogenbosch.example.nl/media/dieze-kade.jpg" alt="De Dieze bij de Citadel">' +
      '<h3>Wat ga je doen?</h3><ul><li>Je leidt het projectteam met ontwerpers en civiel technici.</li><li>Je houdt bewoners en ondernemers op de hoogte.</li><li>Je bereidt de aanbesteding van de uitvoering voor.</li></ul>' +
      '<p>Lees meer over het <a href="https://www.s-hertogenbosch.example.nl/dieze" target="_blank">project Dieze-kades</a>.</p>',
  },
  {
    id: 'a-2026-0129',
    org: 'gem-s-hertogenbosch',
    title: 'Recruiter (tijdelijk)',
    field: 'hr',
    mode: 'hybrid',
    types: ['inhuur'],
    hours: [20, 24],
    start: '2026-12-07',
    end: '2027-05-31',
    closing: '2026-11-30',
    published: '2026-11-17 14:00',
    rate: [65, 80, true],
    summary: 'Vind de mensen voor dertig moeilijk vervulbare vacatures, van verkeerskundige tot jurist.',
    tasks: ['Je voert intakegesprekken met managers.', 'Je zoekt actief kandidaten via je netwerk en LinkedIn.'],
    required: ['Recruitment', 'Sourcing'],
    optional: ['Arbeidsmarktcommunicatie'],
    cv: false,
  },

  // Gemeente Eindhoven ----------------------------------------------------------------------------
  {
    id: 'a-2026-0130',
    org: 'gem-eindhoven',
    title: 'Scrum master digitale dienstverlening',
    field: 'informatievoorziening',
    mode: 'remote',
    types: ['inhuur', 'interim'],
    hours: [32, 40],
    start: '2027-01-04',
    end: '2027-12-31',
    closing: '2026-12-07',
    published: '2026-11-06 10:45',
    rate: [90, 110, true],
    summary: 'Begeleid twee scrumteams die de e-diensten van Eindhoven vernieuwen, van verhuizing doorgeven tot parkeervergunning.',
    tasks: [
      'Je faciliteert de scrumevents van twee teams.',
      'Je helpt de product owners met een heldere backlog.',
      'Je ruimt belemmeringen op in de lijnorganisatie.',
    ],
    required: ['Scrum', 'Agile werken'],
    optional: ['Gebruikersonderzoek', 'Common Ground'],
  },
  {
    id: 'a-2026-0131',
    org: 'gem-eindhoven',
    title: 'Beleidsadviseur klimaatadaptatie en water',
    field: 'water',
    mode: 'hybrid',
    types: ['detachering'],
    hours: [24, 32],
    start: '2027-03-01',
    end: '2027-12-31',
    closing: '2027-02-07',
    published: '2026-11-20 13:15',
    rate: [75, 90, false],
    summary: 'Maak Eindhoven klaar voor hoosbuien en droogte: met een uitvoeringsprogramma samen met waterschap De Dommel.',
    tasks: ['Je schrijft het uitvoeringsprogramma klimaatadaptatie.', 'Je adviseert projecten in de openbare ruimte.'],
    required: ['Klimaatadaptatie', 'Waterbeheer'],
    optional: ['Beleidsontwikkeling', 'GIS'],
  },
  {
    id: 'a-2026-0132',
    org: 'gem-eindhoven',
    title: 'Interim-teammanager Vergunningen',
    field: 'ruimtelijke-ordening',
    mode: 'hybrid',
    types: ['interim'],
    hours: [32, 36],
    start: '2026-12-01',
    end: '2027-05-31',
    closing: '2026-11-24',
    published: '2026-11-02 09:00',
    rate: [115, 140, false],
    summary: 'Geef leiding aan een team van 25 vergunningverleners en breng de doorlooptijden terug onder de wettelijke termijn.',
    tasks: ['Je geeft leiding aan het team Vergunningen.', 'Je verbetert werkprocessen samen met het team.'],
    required: ['Leidinggeven', 'Omgevingswet'],
    optional: ['Lean', 'Verandermanagement'],
    applyUrl: 'https://werkenbij.eindhoven.example.nl/interim/teammanager-vergunningen',
  },

  // Gemeente Middelburg ---------------------------------------------------------------------------
  {
    id: 'a-2026-0133',
    org: 'gem-middelburg',
    title: 'Adviseur communicatie en participatie kustvisie',
    field: 'communicatie',
    place: 'Middelburg',
    mode: 'hybrid',
    types: ['detachering'],
    hours: [16, 24],
    start: '2027-02-01',
    end: '2027-08-31',
    closing: '2027-01-12',
    published: '2026-11-12 10:00',
    rate: [70, 85, true],
    summary: 'Betrek Zeeuwen bij de kustvisie: van strandpaviljoen tot natuurvereniging.',
    tasks: ['Je ontwerpt het participatietraject.', 'Je maakt de opbrengst zichtbaar in begrijpelijke taal.'],
    required: ['Participatie', 'Communicatieadvies'],
    optional: ['Schrijven op B1-niveau'],
  },
  {
    id: 'a-2026-0134',
    org: 'gem-middelburg',
    title: 'Jurist omgevingsrecht',
    field: 'juridisch',
    mode: 'hybrid',
    types: ['inhuur'],
    hours: [24, 32],
    start: '2027-01-11',
    end: '2027-12-31',
    closing: '2026-12-30',
    published: '2026-11-16 09:00',
    rate: [85, 100, false],
    summary: 'Adviseer over vergunningen en handhaving onder de Omgevingswet, en sta de gemeente bij in beroepszaken.',
    tasks: ['Je toetst vergunningbesluiten juridisch.', 'Je vertegenwoordigt de gemeente bij de rechtbank.'],
    required: ['Omgevingsrecht', 'Omgevingswet', 'Procederen'],
    optional: [],
    conditions: true,
  },
  {
    id: 'a-2026-0135',
    org: 'gem-middelburg',
    title: 'Vakspecialist inkoop (tijdelijk)',
    field: 'inkoop',
    mode: 'remote',
    types: ['interim'],
    hours: [16, 24],
    start: '2027-03-01',
    end: '2027-08-31',
    closing: '2027-02-20',
    published: '2026-11-21 15:00',
    rate: [80, 95, false],
    summary: 'Vervang onze inkoopadviseur tijdens verlof: meervoudig onderhandse trajecten en contractbeheer.',
    tasks: ['Je begeleidt meervoudig onderhandse aanbestedingen.', 'Je houdt het contractregister bij.'],
    required: ['Aanbesteden'],
    optional: ['Contractmanagement', 'Duurzaam inkopen'],
    cv: false,
  },

  // Gemeente Dordrecht ----------------------------------------------------------------------------
  {
    id: 'a-2026-0136',
    org: 'gem-dordrecht',
    title: 'Projectleider waterveiligheid Eiland van Dordrecht',
    field: 'water',
    mode: 'hybrid',
    types: ['detachering'],
    hours: [24, 32],
    start: '2027-03-01',
    end: '2028-02-29',
    closing: '2027-02-03',
    published: '2026-11-13 09:00',
    rate: [85, 105, true],
    summary: 'Werk met waterschap en veiligheidsregio aan een eiland dat veilig blijft bij hoogwater, inclusief evacuatieplannen.',
    tasks: ['Je leidt het project meerlaagsveiligheid.', 'Je organiseert een oefening met hulpdiensten.'],
    required: ['Waterveiligheid', 'Projectmanagement'],
    optional: ['Crisisbeheersing'],
  },
  {
    id: 'a-2026-0137',
    org: 'gem-dordrecht',
    title: 'Beleidsadviseur wonen',
    field: 'ruimtelijke-ordening',
    mode: 'hybrid',
    types: ['detachering', 'inhuur'],
    hours: [24, 32],
    start: '2027-01-18',
    end: '2027-12-31',
    closing: '2027-01-07',
    published: '2026-11-09 14:00',
    rate: [75, 90, true],
    summary: 'Schrijf de woonvisie 2027–2035 en maak prestatieafspraken met corporaties die echt iets opleveren.',
    tasks: ['Je schrijft de woonvisie.', 'Je bereidt prestatieafspraken met drie corporaties voor.'],
    required: ['Volkshuisvesting', 'Beleidsontwikkeling'],
    optional: ['Onderhandelen', 'Data-analyse'],
  },

  // Provincie Noord-Brabant -----------------------------------------------------------------------
  {
    id: 'a-2026-0138',
    org: 'prov-noord-brabant',
    title: 'Programmasecretaris energietransitie',
    field: 'duurzaamheid',
    mode: 'hybrid',
    types: ['detachering'],
    hours: [28, 32],
    start: '2027-01-04',
    end: '2027-12-31',
    closing: '2026-12-16',
    published: '2026-11-07 09:00',
    rate: [80, 95, false],
    summary: 'Ondersteun de programmamanager bij de Regionale Energiestrategieën in Brabant: overleggen, voortgang en bestuurlijke stukken.',
    tasks: ['Je bereidt bestuurlijke overleggen voor.', 'Je bewaakt de voortgang van vier RES-regio’s.'],
    required: ['Secretariaat', 'Energietransitie'],
    optional: ['Bestuurlijke sensitiviteit'],
  },
  {
    id: 'a-2026-0139',
    org: 'prov-noord-brabant',
    title: 'Trekker interne innovatie-challenge',
    field: 'organisatieontwikkeling',
    mode: 'hybrid',
    types: ['intern'],
    hours: [8, 12],
    start: '2027-01-04',
    end: '2027-06-30',
    closing: '2026-12-12',
    published: '2026-11-11 08:00',
    rate: null,
    summary: 'Organiseer de provinciebrede innovatie-challenge: van ideeën ophalen tot pitches voor de directie.',
    tasks: ['Je zet de challenge op met een klein kernteam.', 'Je begeleidt de winnende teams bij hun experiment.'],
    required: ['Innovatie', 'Coördinatie'],
    optional: ['Design thinking', 'Facilitering'],
    visibility: 'internal',
    cv: false,
    url: 'https://intranet.brabant.example.nl/klussen/a-2026-0139',
  },
  {
    id: 'a-2026-0140',
    org: 'prov-noord-brabant',
    title: 'Meeschrijver Omgevingsverordening',
    field: 'ruimtelijke-ordening',
    mode: 'remote',
    types: ['intern'],
    hours: [4, 8],
    start: '2027-01-11',
    end: '2027-04-30',
    closing: '2027-01-05',
    published: '2026-11-19 10:00',
    rate: null,
    summary: 'Schrijf mee aan de herziening van de Omgevingsverordening: heldere regels, begrijpelijke toelichting.',
    tasks: ['Je herschrijft twee hoofdstukken met juristen en beleidsmakers.', 'Je toetst de tekst op leesbaarheid.'],
    required: ['Omgevingswet', 'Juridisch schrijven'],
    optional: ['Schrijven op B1-niveau'],
    visibility: 'internal',
    cv: false,
    url: 'https://intranet.brabant.example.nl/klussen/a-2026-0140',
  },
  {
    id: 'a-2026-0141',
    org: 'prov-noord-brabant',
    title: 'Adviseur subsidies natuur en water',
    field: 'water',
    mode: 'hybrid',
    types: ['detachering', 'inhuur'],
    hours: [24, 32],
    start: '2027-02-01',
    end: '2027-12-31',
    closing: '2027-01-26',
    published: '2026-11-14 11:00',
    rate: [85, 100, false],
    summary: 'Beoordeel subsidieaanvragen voor natuurherstel en waterberging, en help aanvragers op weg.',
    tasks: ['Je beoordeelt subsidieaanvragen.', 'Je adviseert over de subsidieregeling natuur en water.'],
    required: ['Subsidieregelingen', 'Waterbeheer'],
    optional: ['Natuurbeleid'],
    conditions: true,
  },
  {
    id: 'a-2026-0142',
    org: 'prov-noord-brabant',
    title: 'Interne auditor (roulatie)',
    field: 'financien',
    mode: 'hybrid',
    types: ['intern'],
    hours: [8, 12],
    start: '2026-12-01',
    end: '2027-05-31',
    closing: '2026-11-20',
    published: '2026-10-15 09:00',
    rate: null,
    summary: 'Doe een halfjaar mee in het auditteam en leer de provincie van een andere kant kennen.',
    tasks: ['Je voert twee interne audits uit.', 'Je schrijft de rapportage voor het auditcomité.'],
    required: ['Auditing', 'Financiële analyse'],
    optional: [],
    visibility: 'internal',
    status: 'closed',
    cv: false,
    url: null,
  },

  // Waterschap Brabantse Delta --------------------------------------------------------------------
  {
    id: 'a-2026-0143',
    org: 'ws-brabantse-delta',
    title: 'Adviseur waterkwaliteit',
    field: 'water',
    mode: 'hybrid',
    types: ['detachering'],
    hours: [32, 36],
    start: '2027-01-04',
    end: '2027-12-31',
    closing: '2026-12-19',
    published: '2026-11-08 09:00',
    rate: [75, 90, true],
    summary: 'Help de doelen van de Kaderrichtlijn Water te halen: meetgegevens duiden en maatregelen voorstellen.',
    tasks: ['Je analyseert meetgegevens van oppervlaktewater.', 'Je stelt maatregelen voor met agrariërs en gemeenten.'],
    required: ['Waterkwaliteit', 'Kaderrichtlijn Water'],
    optional: ['Data-analyse'],
  },
  {
    id: 'a-2026-0144',
    org: 'ws-brabantse-delta',
    title: 'Projectleider dijkversterking Moerdijk',
    field: 'water',
    place: 'Moerdijk',
    mode: 'onsite',
    types: ['interim', 'inhuur'],
    hours: [36, 40],
    start: '2027-03-01',
    end: '2028-12-31',
    closing: '2027-02-28',
    published: '2026-11-21 10:00',
    rate: [105, 125, false],
    summary: 'Leid de verkenning en planuitwerking van de dijkversterking langs het Hollands Diep.',
    tasks: ['Je leidt het IPM-team.', 'Je stuurt op scope, geld en tijd.', 'Je onderhoudt het contact met bewoners en boeren.'],
    required: ['Projectmanagement', 'IPM', 'Waterveiligheid'],
    optional: ['Omgevingsmanagement', 'Aanbesteden'],
    conditions: true,
  },
  {
    id: 'a-2026-0145',
    org: 'ws-brabantse-delta',
    title: 'Inkoper GWW-contracten',
    field: 'inkoop',
    mode: 'hybrid',
    types: ['inhuur'],
    hours: [24, 32],
    start: '2026-12-14',
    end: '2027-06-30',
    closing: '2026-12-05',
    published: '2026-10-28 13:00',
    rate: [85, 100, true],
    summary: 'Koop werken in de grond-, weg- en waterbouw in met UAV-gc-contracten en duurzaamheid als gunningscriterium.',
    tasks: ['Je begeleidt aanbestedingen van GWW-werken.', 'Je zet EMVI-criteria op voor duurzaamheid.'],
    required: ['Aanbesteden', 'GWW'],
    optional: ['UAV-gc', 'Duurzaam inkopen'],
    conditions: true,
  },

  // Waterschap Scheldestromen ---------------------------------------------------------------------
  {
    id: 'a-2026-0146',
    org: 'ws-scheldestromen',
    title: 'Communicatieadviseur hoogwater en crisis',
    field: 'communicatie',
    mode: 'hybrid',
    types: ['detachering'],
    hours: [16, 24],
    start: '2027-01-15',
    end: '2027-07-15',
    closing: '2027-01-19',
    published: '2026-11-03 09:00',
    rate: [70, 85, false],
    summary: 'Werk het crisiscommunicatieplan voor hoogwater bij en oefen het met de veiligheidsregio Zeeland.',
    tasks: ['Je actualiseert het crisiscommunicatieplan.', 'Je organiseert een communicatieoefening.'],
    required: ['Crisiscommunicatie'],
    optional: ['Woordvoering', 'Social media'],
  },
  {
    id: 'a-2026-0147',
    org: 'ws-scheldestromen',
    title: 'Informatieanalist assetmanagement',
    field: 'informatievoorziening',
    mode: 'remote',
    types: ['inhuur'],
    hours: [24, 32],
    start: '2027-04-01',
    end: '2027-12-31',
    closing: '2027-03-12',
    published: '2026-11-20 11:00',
    rate: null,
    summary: 'Verbeter de data over gemalen, sluizen en keringen zodat onderhoud op tijd gepland kan worden.',
    tasks: ['Je analyseert de kwaliteit van de assetdata.', 'Je richt rapportages in voor de beheerders.'],
    required: ['Informatieanalyse', 'Assetmanagement'],
    optional: ['SQL', 'GIS'],
  },

  // Netwerk Publieke Professionals West-Brabant ---------------------------------------------------
  {
    id: 'a-2026-0148',
    org: 'net-west-brabant',
    title: 'Coach voor startende zpp’ers',
    field: 'hr',
    mode: 'hybrid',
    types: ['belangeloos'],
    hours: [2, 4],
    start: '2027-01-15',
    end: '2027-12-15',
    closing: '2027-02-10',
    published: '2026-11-18 09:00',
    rate: null,
    summary: 'Help ambtenaren die de stap naar zelfstandig publiek professional zetten, met raad en een luisterend oor.',
    tasks: ['Je coacht twee tot drie startende zpp’ers.', 'Je deelt je ervaring in de netwerkbijeenkomsten.'],
    required: ['Coaching', 'Ondernemerschap'],
    optional: [],
    cv: false,
    contact: { name: 'Anouk Rijnders', email: null, phone: '076 503 2200' },
  },
  {
    id: 'a-2026-0149',
    org: 'net-west-brabant',
    title: 'Poolcoördinator flexibele schil',
    field: 'organisatieontwikkeling',
    place: 'Etten-Leur',
    mode: 'hybrid',
    types: ['detachering'],
    hours: [16, 24],
    start: '2027-01-04',
    end: '2027-12-31',
    closing: '2026-12-22',
    published: '2026-10-30 10:00',
    rate: [70, 85, true],
    summary: 'Breng vraag en aanbod in de regionale flexpool bij elkaar en help gemeenten hun tijdelijke klussen goed uit te zetten.',
    tasks: [
      'Je voert intakes met opdrachtgevers en professionals.',
      'Je koppelt opdrachten aan mensen uit de pool.',
      'Je rapporteert over gebruik en resultaten aan de deelnemende gemeenten.',
    ],
    required: ['Netwerken', 'Coördinatie'],
    optional: ['Arbeidsmarkt', 'Accountmanagement'],
  },
  {
    id: 'a-2026-0150',
    org: 'net-west-brabant',
    title: 'Regionaal inkoopadviseur samenwerkende gemeenten',
    field: 'inkoop',
    mode: 'hybrid',
    types: ['inhuur', 'detachering'],
    hours: [24, 32],
    start: '2027-02-01',
    end: '2027-12-31',
    closing: '2027-01-31',
    published: '2026-11-16 15:30',
    rate: [80, 100, true],
    summary: 'Bundel de inkoop van vijf West-Brabantse gemeenten voor ICT en facilitair, en maak er een gezamenlijke kalender van.',
    tasks: ['Je maakt een regionale inkoopkalender.', 'Je begeleidt twee gezamenlijke aanbestedingen.'],
    required: ['Aanbesteden', 'Samenwerken'],
    optional: ['Contractmanagement', 'ICT-inkoop'],
    conditions: true,
  },
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "a, b en c" */
function dutchList(items: string[], conjunction: 'en' | 'of'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A description as a municipal CMS would render it: intro, tasks, requirements, link. */
function describe(row: AssignmentRow, org: OrganisationSeed): string {
  if (row.description) return row.description;
  const parts = [`<p>${escapeHtml(row.intro ?? row.summary ?? '')}</p>`];
  if (row.tasks.length) {
    parts.push(`<h3>Wat ga je doen?</h3><ul>${row.tasks.map((task) => `<li>${escapeHtml(task)}</li>`).join('')}</ul>`);
  }
  const required = dutchList(row.required.map((skill) => `<strong>${escapeHtml(skill)}</strong>`), 'en');
  const optional = row.optional.length ? ` Kennis van ${escapeHtml(dutchList(row.optional, 'of'))} is een pré.` : '';
  parts.push(`<h3>Wat vragen we?</h3><p>Je hebt aantoonbare ervaring met ${required}.${optional}</p>`);
  const host = new URL(org.website).host;
  parts.push(`<p>Meer over werken bij ${escapeHtml(org.name)} lees je op <a href="${org.website}/werken-bij">${host}</a>.</p>`);
  return parts.join('');
}

function toAssignment(row: AssignmentRow): AssignmentInput {
  const org = organisation(row.org);
  const internal = row.visibility === 'internal';
  const forOwnPeople = internal || row.types.includes('intern') || row.types.includes('belangeloos');
  const contact = row.contact === undefined ? { ...org.contact } : row.contact;
  return {
    id: row.id,
    title: row.title,
    organisation: { id: org.id, name: org.name, logoUrl: org.logoUrl },
    summary: row.summary,
    description: describe(row, org),
    field: field(row.field),
    skills: [
      ...row.required.map((name) => ({ name, required: true })),
      ...row.optional.map((name) => ({ name, required: false })),
    ],
    location: { place: row.place ?? org.place, region: region(row.region ?? org.region), mode: row.mode },
    hoursPerWeek: { min: row.hours[0], max: row.hours[1] },
    startDate: row.start,
    endDate: row.end,
    closingDate: row.closing,
    types: [...row.types],
    rate: row.rate && { min: row.rate[0], max: row.rate[1], currency: 'EUR', unit: 'hour', publicRate: row.rate[2] },
    visibility: row.visibility ?? 'public',
    status: row.status ?? 'open',
    publishedAt: dutchInstant(row.published),
    contact,
    url: row.url === undefined ? `${org.website}/opdrachten/${row.id}` : row.url,
    applyUrl: row.applyUrl ?? null,
    requirements: {
      kvkNumber: row.types.includes('inhuur'),
      cv: row.cv ?? true,
      conditionsUrl: row.conditions ? `${org.website}/inkoopvoorwaarden` : null,
      managerConsent: row.managerConsent ?? forOwnPeople,
    },
  };
}

/** Every assignment, as a backend sends it (Dutch labels). Includes internal and closed ones. */
export const seedAssignments: AssignmentInput[] = rows.map(toAssignment);

// ---------------------------------------------------------------------------------------------
// Profiles

interface ProfileRow {
  id: string;
  name: string;
  headline: string;
  kind: ProfileKind;
  org?: OrganisationId;
  fields: FieldValue[];
  coreQualities: string[];
  skills: string[];
  /** [title, organisation, from, to]; `to` absent means "until now". */
  experience: [title: string, organisation: string, from: string, to?: string][];
  /** [hours per week, from]; null: not available / not published. */
  availability: [hoursPerWeek: number, from: string] | null;
  region: RegionValue;
  /** Euro per hour. */
  rate: [amount: number, publicRate: boolean] | null;
  bio: string | null;
  links?: { cv?: string; portfolio?: string; linkedin?: string };
  /** [email, phone]; null: the professional does not publish contact details. */
  contact: [email: string | null, phone: string | null] | null;
  visibility?: Visibility;
  /** Dutch wall-clock time, `YYYY-MM-DD HH:mm`. */
  updated: string;
}

const profileRows: ProfileRow[] = [
  // Zelfstandig publiek professionals (zpp) ------------------------------------------------------
  {
    id: 'p-0001',
    name: 'Anne-Marie Backx',
    headline: 'Projectleider en verbinder tussen gemeenten',
    kind: 'zpp',
    org: 'gem-bergen-op-zoom',
    fields: ['organisatieontwikkeling', 'informatievoorziening'],
    coreQualities: ['Verbinden', 'Ondernemend', 'Resultaatgericht'],
    skills: ['Projectmanagement', 'Informatievoorziening', 'Participatie', 'Zaakgericht werken'],
    experience: [
      ['Projectleider kunst in de binnenstad', 'Gemeente Steenbergen', '2024-03'],
      ['Teamleider Burgerzaken', 'Gemeente Bergen op Zoom', '2018-09', '2024-02'],
    ],
    availability: [16, '2027-01-01'],
    region: 'west-brabant',
    rate: [85, true],
    bio: 'Twintig jaar gemeente, waarvan zes als teamleider. Ik zet projecten neer waar meerdere gemeenten aan tafel zitten en houd iedereen aan boord.',
    links: { cv: 'https://www.example.nl/cv/p-0001.pdf' },
    contact: ['a.backx@example.nl', null],
    updated: '2026-10-01 12:00',
  },
  {
    id: 'p-0002',
    name: 'Jeroen van den Heuvel',
    headline: 'Inkoopadviseur met hart voor het sociaal domein',
    kind: 'zpp',
    fields: ['inkoop', 'sociaal-domein'],
    coreQualities: ['Analytisch', 'Betrouwbaar', 'Pragmatisch'],
    skills: ['Aanbesteden', 'Contractmanagement', 'Jeugdwet', 'Sociaal domein'],
    experience: [
      ['Inkoopadviseur jeugdhulp', 'Regio West-Brabant', '2022-01'],
      ['Contractmanager Wmo', 'Gemeente Roosendaal', '2017-04', '2021-12'],
    ],
    availability: [24, '2026-12-15'],
    region: 'west-brabant',
    rate: [92, true],
    bio: 'Ik koop zorg in alsof het voor mijn eigen moeder is: scherp op kwaliteit, eerlijk tegen aanbieders.',
    links: { linkedin: 'https://www.linkedin.com/in/jeroenvandenheuvel-example' },
    contact: ['jeroen@vdheuveladvies.example.nl', '06 1234 5678'],
    updated: '2026-11-12 09:30',
  },
  {
    id: 'p-0003',
    name: 'Fatima el Amrani',
    headline: 'Informatiemanager, pionier in zaakgericht werken',
    kind: 'zpp',
    fields: ['informatievoorziening'],
    coreQualities: ['Structurerend', 'Geduldig', 'Nieuwsgierig'],
    skills: ['Zaakgericht werken', 'Informatiebeheer', 'Archiefwet', 'Projectmanagement'],
    experience: [
      ['Informatiemanager', 'Gemeente Breda', '2020-05', '2026-06'],
      ['Adviseur documentaire informatievoorziening', 'Gemeente Tilburg', '2015-02', '2020-04'],
    ],
    availability: [32, '2026-12-01'],
    region: 'west-brabant',
    rate: [88, false],
    bio: 'Van papieren dossier naar zaaksysteem: ik heb het drie keer gedaan en weet waar het misgaat.',
    links: { cv: 'https://www.example.nl/cv/p-0003.pdf', linkedin: 'https://www.linkedin.com/in/fatima-elamrani-example' },
    contact: ['f.elamrani@example.nl', '06 2345 6789'],
    updated: '2026-11-19 16:00',
  },
  {
    id: 'p-0004',
    name: 'Sanne Verhoeven',
    headline: 'Adviseur ruimtelijke ordening en Omgevingswet',
    kind: 'zpp',
    fields: ['ruimtelijke-ordening', 'juridisch'],
    coreQualities: ['Doortastend', 'Verbinden', 'Helder'],
    skills: ['Omgevingswet', 'Omgevingsrecht', 'Participatie', 'Beleidsontwikkeling'],
    experience: [
      ['Projectleider omgevingsplan', 'Gemeente Halderberge', '2023-01'],
      ['Beleidsmedewerker ruimte', 'Gemeente Etten-Leur', '2016-09', '2022-12'],
    ],
    availability: [24, '2027-02-01'],
    region: 'west-brabant',
    rate: [95, true],
    bio: null,
    contact: ['sanne@verhoevenruimte.example.nl', null],
    updated: '2026-10-22 10:15',
  },
  {
    id: 'p-0005',
    name: 'Koen Martens',
    headline: 'Financieel adviseur, planning & control',
    kind: 'zpp',
    org: 'gem-s-hertogenbosch',
    fields: ['financien'],
    coreQualities: ['Precies', 'Kritisch', 'Rustig'],
    skills: ['Financiële analyse', 'Planning & control', 'BBV', 'Power BI'],
    experience: [['Concerncontroller', "Gemeente 's-Hertogenbosch", '2019-01']],
    availability: null,
    region: 'noordoost-brabant',
    rate: null,
    bio: 'Op dit moment volledig ingezet; volg mijn profiel voor nieuwe beschikbaarheid.',
    contact: null,
    updated: '2026-09-05 08:00',
  },
  {
    id: 'p-0006',
    name: 'Ilse de Wit',
    headline: 'Communicatieadviseur participatie en B1-taal',
    kind: 'zpp',
    fields: ['communicatie', 'sociaal-domein'],
    coreQualities: ['Empathisch', 'Creatief', 'Verbinden'],
    skills: ['Participatie', 'Schrijven op B1-niveau', 'Communicatieadvies', 'Social media'],
    experience: [
      ['Communicatieadviseur wijkaanpak', 'Gemeente Roosendaal', '2024-01'],
      ['Redacteur', 'BN DeStem', '2012-03', '2019-08'],
    ],
    availability: [20, '2026-11-15'],
    region: 'west-brabant',
    rate: [78, true],
    bio: 'Journalist geweest, nu communicatieadviseur. Ik schrijf zo dat iedereen het snapt.',
    links: { portfolio: 'https://www.ilsedewit.example.nl/' },
    contact: ['hallo@ilsedewit.example.nl', '06 3456 7890'],
    visibility: 'network',
    updated: '2026-11-02 11:45',
  },

  // Zzp'ers ----------------------------------------------------------------------------------------
  {
    id: 'p-0007',
    name: 'Bram Jansen',
    headline: 'Aanbestedingsjurist voor gemeenten en waterschappen',
    kind: 'zzp',
    fields: ['juridisch', 'inkoop'],
    coreQualities: ['Scherp', 'Oplossingsgericht', 'Betrouwbaar'],
    skills: ['Aanbestedingsrecht', 'Aanbesteden', 'Contractenrecht', 'Procederen'],
    experience: [
      ['Zelfstandig aanbestedingsjurist', 'Jansen Aanbestedingsrecht', '2019-06'],
      ['Advocaat', 'Advocatenkantoor in Breda', '2012-09', '2019-05'],
    ],
    availability: [24, '2027-01-04'],
    region: 'west-brabant',
    rate: [118, true],
    bio: 'Oud-advocaat, nu zelfstandig. Ik voorkom liever een kort geding dan dat ik er een win.',
    links: { linkedin: 'https://www.linkedin.com/in/bramjansen-example' },
    contact: ['bram@jansenaanbesteding.example.nl', '06 4567 8901'],
    updated: '2026-11-20 08:10',
  },
  {
    id: 'p-0008',
    name: 'Özlem Yıldız',
    headline: 'Data-analist en BI-specialist sociaal domein',
    kind: 'zzp',
    fields: ['informatievoorziening', 'sociaal-domein'],
    coreQualities: ['Analytisch', 'Nieuwsgierig', 'Zelfstandig'],
    skills: ['Data-analyse', 'Power BI', 'SQL', 'Privacy by design'],
    experience: [
      ['BI-specialist', 'Gemeente Eindhoven', '2023-02', '2026-08'],
      ['Data-analist', 'GGD Brabant-Zuidoost', '2019-01', '2023-01'],
    ],
    availability: [32, '2026-12-01'],
    region: 'zuidoost-brabant',
    rate: [95, true],
    bio: 'Ik maak dashboards die beleidsmakers begrijpen en die de privacyfunctionaris goedkeurt.',
    links: { portfolio: 'https://www.yildizdata.example.nl/', linkedin: 'https://www.linkedin.com/in/ozlemyildiz-example' },
    contact: ['ozlem@yildizdata.example.nl', null],
    updated: '2026-11-21 13:00',
  },
  {
    id: 'p-0009',
    name: 'Thijs de Bruijn',
    headline: 'Scrum master en agile coach',
    kind: 'zzp',
    fields: ['informatievoorziening', 'organisatieontwikkeling'],
    coreQualities: ['Energiek', 'Coachend', 'Direct'],
    skills: ['Scrum', 'Agile werken', 'Facilitering', 'Common Ground'],
    experience: [
      ['Scrum master', 'Gemeente Utrecht', '2022-04', '2026-10'],
      ['Scrum master', 'Belastingdienst', '2018-01', '2022-03'],
    ],
    availability: [36, '2026-12-01'],
    region: 'zuidoost-brabant',
    rate: [105, false],
    bio: 'Ik help overheidsteams om elke twee weken iets bruikbaars op te leveren.',
    contact: ['thijs@debruijnagile.example.nl', '06 5678 9012'],
    updated: '2026-10-30 17:20',
  },
  {
    id: 'p-0010',
    name: 'Marloes Kuijpers',
    headline: 'HR-adviseur en recruiter',
    kind: 'zzp',
    fields: ['hr'],
    coreQualities: ['Mensgericht', 'Doortastend', 'Enthousiast'],
    skills: ['Recruitment', 'Sourcing', 'Arbeidsmarktcommunicatie', 'Strategische personeelsplanning'],
    experience: [['Recruiter', 'Gemeente Tilburg', '2021-03', '2025-12']],
    availability: [24, '2026-11-23'],
    region: 'midden-brabant',
    rate: [72, true],
    bio: 'Ik vind de collega’s die niemand anders vindt.',
    links: { linkedin: 'https://www.linkedin.com/in/marloeskuijpers-example' },
    contact: ['marloes@kuijpershr.example.nl', '06 6789 0123'],
    updated: '2026-11-17 10:00',
  },
  {
    id: 'p-0011',
    name: 'Ruud van Gils',
    headline: 'Projectleider civiele techniek en openbare ruimte',
    kind: 'zzp',
    fields: ['openbare-ruimte', 'water'],
    coreQualities: ['Praktisch', 'Resultaatgericht', 'Nuchter'],
    skills: ['Projectmanagement', 'Civiele techniek', 'IPM', 'Omgevingsmanagement', 'Aanbesteden'],
    experience: [
      ['Projectleider riolering', 'Gemeente Breda', '2020-01', '2026-06'],
      ['Uitvoerder', 'Aannemersbedrijf in Oosterhout', '2010-05', '2019-12'],
    ],
    availability: [40, '2027-02-01'],
    region: 'west-brabant',
    rate: [98, true],
    bio: 'Van de bouwkeet naar het gemeentehuis: ik spreek de taal van aannemer én ambtenaar.',
    contact: ['ruud@vangilsprojecten.example.nl', '06 7890 1234'],
    updated: '2026-11-06 07:45',
  },
  {
    id: 'p-0012',
    name: 'Chantal Bastiaansen',
    headline: 'Privacyjurist en functionaris gegevensbescherming',
    kind: 'zzp',
    fields: ['juridisch', 'informatievoorziening'],
    coreQualities: ['Zorgvuldig', 'Integer', 'Helder'],
    skills: ['AVG', 'BIO', 'Juridisch advies', 'Informatiebeveiliging'],
    experience: [['Functionaris gegevensbescherming', 'Vijf gemeenten in Midden-Brabant', '2019-09']],
    availability: [16, '2027-01-11'],
    region: 'midden-brabant',
    rate: null,
    bio: null,
    contact: null,
    updated: '2026-10-14 15:30',
  },

  // Ondernemend ambtenaren -----------------------------------------------------------------------
  {
    id: 'p-0013',
    name: 'Pim Kroes',
    headline: 'Inkoper die graag over de gemeentegrens kijkt',
    kind: 'ondernemend-ambtenaar',
    org: 'gem-steenbergen',
    fields: ['inkoop'],
    coreQualities: ['Ondernemend', 'Samenwerken', 'Humor'],
    skills: ['Aanbesteden', 'Contractmanagement', 'Duurzaam inkopen'],
    experience: [['Inkoopadviseur', 'Gemeente Steenbergen', '2015-01']],
    availability: [8, '2027-01-01'],
    region: 'west-brabant',
    rate: [70, false],
    bio: 'Naast mijn baan in Steenbergen help ik graag andere gemeenten een dag per week met hun inkoop.',
    contact: ['p.kroes@steenbergen.example.nl', '0167 543 100'],
    updated: '2026-11-01 09:00',
  },
  {
    id: 'p-0014',
    name: 'Eline Smulders',
    headline: 'Beleidsmedewerker sociaal domein met oog voor inwoners',
    kind: 'ondernemend-ambtenaar',
    org: 'gem-roosendaal',
    fields: ['sociaal-domein'],
    coreQualities: ['Betrokken', 'Analytisch', 'Verbinden'],
    skills: ['Beleidsontwikkeling', 'Schuldhulpverlening', 'Participatie', 'Wmo'],
    experience: [
      ['Beleidsmedewerker armoede', 'Gemeente Roosendaal', '2020-06'],
      ['Klantmanager Werk en Inkomen', 'Gemeente Rucphen', '2016-02', '2020-05'],
    ],
    availability: [8, '2026-12-01'],
    region: 'west-brabant',
    rate: null,
    bio: 'Ik wil mijn kennis van armoedebeleid ook buiten Roosendaal inzetten.',
    contact: ['e.smulders@roosendaal.example.nl', null],
    updated: '2026-11-10 12:30',
  },
  {
    id: 'p-0015',
    name: 'Hanneke Bogers',
    headline: 'Adviseur water en natuur',
    kind: 'ondernemend-ambtenaar',
    org: 'prov-noord-brabant',
    fields: ['water', 'duurzaamheid'],
    coreQualities: ['Deskundig', 'Geduldig', 'Verbinden'],
    skills: ['Waterbeheer', 'Natuurbeleid', 'Subsidieregelingen', 'Klimaatadaptatie'],
    experience: [['Beleidsadviseur water', 'Provincie Noord-Brabant', '2017-10']],
    availability: [8, '2027-01-15'],
    region: 'noordoost-brabant',
    rate: null,
    bio: 'Beschikbaar voor interne klussen bij de provincie, met toestemming van mijn leidinggevende.',
    contact: ['h.bogers@brabant.example.nl', '073 681 2000'],
    visibility: 'internal',
    updated: '2026-11-05 14:00',
  },
  {
    id: 'p-0016',
    name: 'Mohamed Bouzian',
    headline: 'Informatieadviseur en zaaksysteemspecialist',
    kind: 'ondernemend-ambtenaar',
    org: 'gem-breda',
    fields: ['informatievoorziening'],
    coreQualities: ['Oplossingsgericht', 'Geduldig', 'Leergierig'],
    skills: ['Zaakgericht werken', 'Procesmanagement', 'Informatiebeheer', 'Common Ground'],
    experience: [['Informatieadviseur', 'Gemeente Breda', '2019-04']],
    availability: [12, '2027-01-04'],
    region: 'west-brabant',
    rate: [65, true],
    bio: 'Ik heb in Breda het zaaksysteem mee ingevoerd en help graag een kleinere gemeente op weg.',
    links: { linkedin: 'https://www.linkedin.com/in/mohamedbouzian-example' },
    contact: ['m.bouzian@breda.example.nl', null],
    updated: '2026-11-18 08:20',
  },
  {
    id: 'p-0017',
    name: 'Loes van Dongen',
    headline: 'Communicatieadviseur en schrijver',
    kind: 'ondernemend-ambtenaar',
    org: 'gem-steenbergen',
    fields: ['communicatie'],
    coreQualities: ['Creatief', 'Snel', 'Toegankelijk'],
    skills: ['Communicatieadvies', 'Schrijven op B1-niveau', 'Participatie'],
    experience: [['Communicatieadviseur', 'Gemeente Steenbergen', '2021-09']],
    availability: [4, '2026-12-01'],
    region: 'west-brabant',
    rate: null,
    bio: 'Voor interne klussen: teksten, participatieavonden, nieuwsbrieven.',
    contact: ['l.vandongen@steenbergen.example.nl', null],
    visibility: 'internal',
    updated: '2026-11-15 10:40',
  },
  {
    id: 'p-0018',
    name: 'Wouter Brouwers',
    headline: 'Hydroloog met oog voor droogte',
    kind: 'ondernemend-ambtenaar',
    org: 'ws-brabantse-delta',
    fields: ['water'],
    coreQualities: ['Analytisch', 'Rustig', 'Vakkundig'],
    skills: ['Waterbeheer', 'Waterkwaliteit', 'GIS', 'Data-analyse'],
    experience: [
      ['Hydroloog', 'Waterschap Brabantse Delta', '2016-01'],
      ['Onderzoeker', 'Deltares', '2011-09', '2015-12'],
    ],
    availability: [8, '2027-03-01'],
    region: 'west-brabant',
    rate: [75, false],
    bio: null,
    contact: ['w.brouwers@brabantsedelta.example.nl', null],
    visibility: 'network',
    updated: '2026-10-25 16:00',
  },

  // Managers ---------------------------------------------------------------------------------------
  {
    id: 'p-0019',
    name: 'Ria Oomen-van Hooijdonk',
    headline: 'Directeur sociaal domein, beschikbaar als klankbord',
    kind: 'manager',
    org: 'gem-tilburg',
    fields: ['sociaal-domein', 'organisatieontwikkeling'],
    coreQualities: ['Koersvast', 'Verbinden', 'Bestuurlijk sensitief'],
    skills: ['Leidinggeven', 'Coaching', 'Bestuurlijke sensitiviteit', 'Verandermanagement'],
    experience: [
      ['Directeur sociaal domein', 'Gemeente Tilburg', '2019-03'],
      ['Afdelingshoofd Werk en Inkomen', 'Gemeente Oosterhout', '2012-01', '2019-02'],
    ],
    availability: [4, '2027-01-01'],
    region: 'midden-brabant',
    rate: null,
    bio: 'Belangeloos beschikbaar voor sparring met collega-managers in de regio.',
    contact: ['r.oomen@tilburg.example.nl', null],
    updated: '2026-09-28 09:00',
  },
  {
    id: 'p-0020',
    name: 'Gerard Hermans',
    headline: 'Concerncontroller en auditcomité-ervaring',
    kind: 'manager',
    org: 'prov-noord-brabant',
    fields: ['financien'],
    coreQualities: ['Integer', 'Kritisch', 'Rustig'],
    skills: ['Auditing', 'Planning & control', 'Financiële analyse', 'Leidinggeven'],
    experience: [['Concerncontroller', 'Provincie Noord-Brabant', '2016-05']],
    availability: [4, '2026-12-01'],
    region: 'noordoost-brabant',
    rate: null,
    bio: 'Ik denk graag mee met financiële vraagstukken bij gemeenten in ons netwerk.',
    contact: ['g.hermans@brabant.example.nl', '073 681 2100'],
    visibility: 'network',
    updated: '2026-10-08 11:00',
  },
  {
    id: 'p-0021',
    name: 'Marieke Schuurmans',
    headline: 'Afdelingsmanager publiekszaken',
    kind: 'manager',
    org: 'gem-s-hertogenbosch',
    fields: ['organisatieontwikkeling', 'hr'],
    coreQualities: ['Mensgericht', 'Daadkrachtig', 'Open'],
    skills: ['Leidinggeven', 'Lean', 'Verandermanagement', 'Coaching'],
    experience: [['Afdelingsmanager Publiekszaken', "Gemeente 's-Hertogenbosch", '2020-02']],
    availability: [4, '2027-02-01'],
    region: 'noordoost-brabant',
    rate: null,
    bio: 'Ervaren met teams onder druk; beschikbaar voor korte adviesklussen.',
    contact: null,
    updated: '2026-11-03 13:10',
  },
  {
    id: 'p-0022',
    name: 'Frank Leijten',
    headline: 'Programmadirecteur digitalisering',
    kind: 'manager',
    org: 'gem-eindhoven',
    fields: ['informatievoorziening', 'organisatieontwikkeling'],
    coreQualities: ['Visionair', 'Ondernemend', 'Verbinden'],
    skills: ['Programmamanagement', 'Common Ground', 'Leidinggeven', 'Agile werken'],
    experience: [
      ['Programmadirecteur digitalisering', 'Gemeente Eindhoven', '2021-01'],
      ['CIO', 'Gemeente Helmond', '2015-06', '2020-12'],
    ],
    availability: [8, '2027-03-01'],
    region: 'zuidoost-brabant',
    rate: [125, false],
    bio: 'Kortlopende adviesopdrachten over digitale strategie, bij voorkeur voor kleinere gemeenten.',
    links: { linkedin: 'https://www.linkedin.com/in/frankleijten-example' },
    contact: ['f.leijten@eindhoven.example.nl', null],
    updated: '2026-11-14 18:00',
  },
  {
    id: 'p-0023',
    name: 'Joke Raaijmakers',
    headline: 'Gemeentesecretaris met Zeeuwse nuchterheid',
    kind: 'manager',
    org: 'gem-middelburg',
    fields: ['organisatieontwikkeling'],
    coreQualities: ['Nuchter', 'Verbinden', 'Koersvast'],
    skills: ['Leidinggeven', 'Bestuurlijke sensitiviteit', 'Organisatiekunde'],
    experience: [['Gemeentesecretaris', 'Gemeente Middelburg', '2018-09']],
    availability: null,
    region: 'zeeland',
    rate: null,
    bio: null,
    contact: ['j.raaijmakers@middelburg.example.nl', null],
    updated: '2026-08-19 10:00',
  },
  {
    id: 'p-0024',
    name: 'Henk de Kort',
    headline: 'Manager waterbeheer',
    kind: 'manager',
    org: 'ws-brabantse-delta',
    fields: ['water'],
    coreQualities: ['Praktisch', 'Betrouwbaar', 'Coachend'],
    skills: ['Waterveiligheid', 'Leidinggeven', 'Crisisbeheersing', 'IPM'],
    experience: [['Manager Waterbeheer', 'Waterschap Brabantse Delta', '2014-04']],
    availability: [4, '2027-01-15'],
    region: 'west-brabant',
    rate: null,
    bio: 'Beschikbaar als klankbord bij dijkversterkingen en crisisoefeningen.',
    contact: ['h.dekort@brabantsedelta.example.nl', '076 564 1100'],
    visibility: 'network',
    updated: '2026-10-29 08:30',
  },

  // Interim-professionals ------------------------------------------------------------------------
  {
    id: 'p-0025',
    name: 'Yvonne Peeters',
    headline: 'Interim-teammanager vergunningen en handhaving',
    kind: 'interim',
    fields: ['ruimtelijke-ordening'],
    coreQualities: ['Daadkrachtig', 'Mensgericht', 'Resultaatgericht'],
    skills: ['Leidinggeven', 'Omgevingswet', 'Lean', 'Verandermanagement'],
    experience: [
      ['Interim-teammanager VTH', 'Gemeente Helmond', '2025-03', '2026-10'],
      ['Interim-afdelingsmanager', 'Gemeente Oss', '2023-01', '2025-02'],
    ],
    availability: [32, '2026-12-01'],
    region: 'zuidoost-brabant',
    rate: [125, true],
    bio: 'Ik kom binnen als het schuurt en ga weg als het team het zelf kan.',
    links: { cv: 'https://www.example.nl/cv/p-0025.pdf', linkedin: 'https://www.linkedin.com/in/yvonnepeeters-example' },
    contact: ['yvonne@peetersinterim.example.nl', '06 8901 2345'],
    updated: '2026-11-20 19:00',
  },
  {
    id: 'p-0026',
    name: 'Stefan van der Linden',
    headline: 'Interim-programmamanager energietransitie',
    kind: 'interim',
    fields: ['duurzaamheid', 'ruimtelijke-ordening'],
    coreQualities: ['Strategisch', 'Verbinden', 'Doorzetter'],
    skills: ['Programmamanagement', 'Energietransitie', 'Participatie', 'Bestuurlijke sensitiviteit'],
    experience: [
      ['Programmamanager warmtetransitie', 'Gemeente Den Haag', '2023-06', '2026-11'],
      ['Projectleider RES', 'Regio Hart van Brabant', '2020-01', '2023-05'],
    ],
    availability: [36, '2027-01-04'],
    region: 'midden-brabant',
    rate: [130, false],
    bio: 'Warmtetransitie is mensenwerk: ik breng bewoners, netbeheerder en corporaties bij elkaar.',
    contact: ['stefan@vdlindenenergie.example.nl', '06 9012 3456'],
    updated: '2026-11-21 07:30',
  },
  {
    id: 'p-0027',
    name: 'Nicole Verschuren',
    headline: 'Interim-controller grondexploitaties',
    kind: 'interim',
    fields: ['financien', 'ruimtelijke-ordening'],
    coreQualities: ['Precies', 'Onafhankelijk', 'Helder'],
    skills: ['Grondexploitatie', 'Planning & control', 'BBV', 'Financiële analyse'],
    experience: [['Interim-controller', 'Diverse gemeenten', '2017-01']],
    availability: [28, '2027-03-01'],
    region: 'west-brabant',
    rate: [110, true],
    bio: null,
    links: { cv: 'https://www.example.nl/cv/p-0027.pdf' },
    contact: ['nicole@verschurencontrol.example.nl', null],
    updated: '2026-10-17 09:45',
  },
  {
    id: 'p-0028',
    name: 'Maarten Spierings',
    headline: 'Interim-manager HR',
    kind: 'interim',
    fields: ['hr', 'organisatieontwikkeling'],
    coreQualities: ['Betrokken', 'Koersvast', 'Eerlijk'],
    skills: ['Leidinggeven', 'Strategische personeelsplanning', 'Verandermanagement'],
    experience: [['Interim-manager HR', 'Gemeente Dordrecht', '2025-01', '2026-09']],
    availability: [32, '2026-11-15'],
    region: 'zuid-holland-zuid',
    rate: [115, false],
    bio: 'HR als partner van het lijnmanagement, niet als loket.',
    contact: ['maarten@spieringshr.example.nl', '06 0123 4567'],
    updated: '2026-11-08 12:00',
  },
  {
    id: 'p-0029',
    name: 'Désirée Adriaansen',
    headline: 'Kwartiermaker en veranderaar',
    kind: 'interim',
    fields: ['organisatieontwikkeling', 'ruimtelijke-ordening'],
    coreQualities: ['Pionier', 'Doortastend', 'Verbinden'],
    skills: ['Programmamanagement', 'Omgevingswet', 'Verandermanagement', 'Stakeholdermanagement'],
    experience: [
      ['Kwartiermaker Omgevingswet', 'Gemeente Goes', '2024-02', '2026-10'],
      ['Programmamanager', 'Provincie Zeeland', '2020-09', '2024-01'],
    ],
    availability: [32, '2027-01-01'],
    region: 'zeeland',
    rate: [120, true],
    bio: 'Ik bouw programma’s op vanaf nul en draag ze over als ze lopen.',
    links: { linkedin: 'https://www.linkedin.com/in/desireeadriaansen-example' },
    contact: ['desiree@adriaansen.example.nl', '06 1122 3344'],
    updated: '2026-11-11 15:15',
  },
  {
    id: 'p-0030',
    name: 'Arjen Vos',
    headline: 'Interim-woordvoerder en crisiscommunicatie',
    kind: 'interim',
    fields: ['communicatie'],
    coreQualities: ['Stressbestendig', 'Snel', 'Politiek sensitief'],
    skills: ['Woordvoering', 'Crisiscommunicatie', 'Politieke sensitiviteit', 'Social media'],
    experience: [
      ['Interim-woordvoerder', 'Gemeente Rotterdam', '2025-05', '2026-10'],
      ['Woordvoerder', 'Veiligheidsregio Midden- en West-Brabant', '2018-03', '2025-04'],
    ],
    availability: [36, '2026-11-23'],
    region: 'west-brabant',
    rate: [105, false],
    bio: 'Bereikbaar als het stormt, letterlijk en figuurlijk.',
    contact: ['arjen@voscommunicatie.example.nl', '06 2233 4455'],
    updated: '2026-11-22 07:00',
  },
];

function toProfile(row: ProfileRow): ProfileInput {
  const org = row.org ? organisation(row.org) : null;
  return {
    id: row.id,
    name: row.name,
    headline: row.headline,
    photoUrl: null,
    kind: row.kind,
    organisation: org && { id: org.id, name: org.name, logoUrl: org.logoUrl },
    fields: row.fields.map(field),
    coreQualities: [...row.coreQualities],
    skills: [...row.skills],
    experience: row.experience.map(([title, organisation, from, to]) => ({ title, organisation, from, to: to ?? null })),
    availability: row.availability && { hoursPerWeek: row.availability[0], from: row.availability[1] },
    region: region(row.region),
    rate: row.rate && { amount: row.rate[0], currency: 'EUR', unit: 'hour', publicRate: row.rate[1] },
    bio: row.bio,
    links: { cv: row.links?.cv ?? null, portfolio: row.links?.portfolio ?? null, linkedin: row.links?.linkedin ?? null },
    contact: row.contact && { email: row.contact[0], phone: row.contact[1] },
    visibility: row.visibility ?? 'public',
    updatedAt: dutchInstant(row.updated),
  };
}

/** Every profile, as a backend sends it (Dutch labels). Includes network and internal ones. */
export const seedProfiles: ProfileInput[] = profileRows.map(toProfile);

// ---------------------------------------------------------------------------------------------
// Swarm sessions ("zwermsessies"): a client's question, a date, professionals who think along

export interface SessionSeed extends SessionInput {
  /**
   * Registrations already in (fictional people), so the demo shows full sessions and waitlists;
   * when each came in is set by {@link seedFor}, before the day it seeds and before sign-up closed.
   */
  registered: { name: string; email: string; receivedAt?: string }[];
}

/** A session of {@link seedFor}: its registrations dated. */
export type DatedSessionSeed = Omit<SessionSeed, 'registered'> & { registered: { name: string; email: string; receivedAt: string }[] };

function session(row: {
  id: string;
  org: OrganisationId;
  title: string;
  question: string;
  starts: string;
  hours: number;
  place: string | null;
  online?: string;
  capacity: number;
  deadline: string;
  fields: FieldValue[];
  region?: RegionValue;
  assignmentId?: string;
  registered?: number;
  cancelled?: boolean;
}): SessionSeed {
  const org = organisation(row.org);
  const [date, time] = row.starts.split(' ');
  const [hour, minute] = time.split(':').map(Number);
  const end = `${String(hour + row.hours).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return {
    id: row.id,
    title: row.title,
    question: row.question,
    organisation: { id: org.id, name: org.name, logoUrl: null },
    startsAt: dutchInstant(row.starts),
    endsAt: dutchInstant(`${date} ${end}`),
    place: row.place,
    onlineUrl: row.online ?? null,
    capacity: row.capacity,
    seatsLeft: row.capacity,
    signUpDeadline: row.deadline,
    fields: row.fields.map(field),
    status: row.cancelled ? 'cancelled' : 'open',
    url: null,
    region: region(row.region ?? (org.region as RegionValue)),
    assignmentId: row.assignmentId ?? null,
    registered: Array.from({ length: row.registered ?? 0 }, (_, i) => ({
      name: ['Iris de Graaf', 'Mehmet Yılmaz', 'Fenna Smits', 'Joost van Dam', 'Ayla Peeters', 'Ruud Mertens', 'Sanne Visser', 'Bram Hendriks', 'Noor El Idrissi', 'Koen Jansen'][i % 10],
      email: `deelnemer${i + 1}@voorbeeld.nl`,
    })),
  };
}

/** Upcoming sessions around {@link seedToday}: open ones, a full one with a waitlist, one closed, one cancelled. */
export const seedSessions: SessionSeed[] = [
  session({
    id: 's-2026-0001',
    org: 'gem-steenbergen',
    title: 'Zwermsessie: wijkgericht werken in de kernen',
    question:
      '<p>Hoe brengen we de <strong>wijkteams</strong> dichter bij de inwoners van de kleine kernen, zonder extra formatie?</p><p>We zoeken professionals die meedenken over een aanpak voor 2027.</p>',
    starts: '2026-12-10 08:30',
    hours: 2,
    place: 'Gemeentehuis Steenbergen, Kaaiweg 2',
    capacity: 10,
    deadline: '2026-12-08',
    fields: ['sociaal-domein', 'organisatieontwikkeling'],
    registered: 6,
  }),
  session({
    id: 's-2026-0002',
    org: 'gem-bergen-op-zoom',
    title: 'Ontbijtsessie: inkoop bij kleine gemeenten samen organiseren',
    question: '<p>Drie gemeenten willen hun inkoop bundelen. Welke vorm past: een gezamenlijke afdeling, een netwerk of een flexibele pool?</p>',
    starts: '2026-12-03 07:45',
    hours: 2,
    place: 'Stadskantoor Bergen op Zoom',
    capacity: 3,
    deadline: '2026-12-01',
    fields: ['inkoop'],
    registered: 3,
  }),
  session({
    id: 's-2026-0003',
    org: 'prov-noord-brabant',
    title: 'Online zwermsessie: datagedreven werken aan natuur en water',
    question: '<ul><li>Welke data over natuurherstel en waterberging hebben we al?</li><li>Wat missen we om te zien wat onze subsidies opleveren?</li></ul>',
    starts: '2027-01-14 10:00',
    hours: 2,
    place: null,
    online: 'https://meet.example.nl/zwermsessie-data',
    capacity: 25,
    deadline: '2027-01-12',
    fields: ['water', 'informatievoorziening'],
    // Its own organisation's assignment: a session presents only those (backend/routes/sessions.ts).
    assignmentId: 'a-2026-0141',
  }),
  session({
    id: 's-2026-0004',
    org: 'gem-tilburg',
    title: 'Zwermsessie: van meldingen naar gebiedsgericht onderhoud',
    question: '<p>Onze openbare ruimte draait op meldingen. Hoe worden we voorspellend?</p>',
    starts: '2026-11-20 13:00',
    hours: 3,
    place: 'Stadswinkel Tilburg',
    capacity: 12,
    deadline: '2026-11-18',
    fields: ['openbare-ruimte'],
    registered: 9,
  }),
  session({
    id: 's-2026-0005',
    org: 'gem-breda',
    title: 'Zwermsessie: de flexibele schil van Breda',
    question: '<p>Wat maakt zelfstandige professionals enthousiast om voor een gemeente te werken?</p>',
    starts: '2027-01-21 09:00',
    hours: 2,
    place: 'Stadskantoor Breda',
    capacity: 15,
    deadline: '2027-01-19',
    fields: ['hr', 'organisatieontwikkeling'],
    registered: 2,
    cancelled: true,
  }),
  session({
    id: 's-2026-0006',
    org: 'ws-brabantse-delta',
    title: 'Zwermsessie: klimaatadaptatie met buurgemeenten',
    question: '<p>Hoe maken we afspraken over wateroverlast die over gemeentegrenzen heen gaan?</p>',
    starts: '2027-02-04 14:00',
    hours: 2,
    place: 'Waterschapshuis Breda',
    capacity: 20,
    deadline: '2027-02-01',
    fields: ['water', 'duurzaamheid'],
  }),
];

// ---------------------------------------------------------------------------------------------
// The world on a given day

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An instant moved by whole days, keeping its Dutch wall-clock time (and the right offset). */
function shiftInstant(instant: string, days: number): string {
  return dutchInstant(`${shiftDate(instant.slice(0, 10), days)} ${instant.slice(11, 16)}`);
}

export interface SeedData {
  assignments: AssignmentInput[];
  profiles: ProfileInput[];
  sessions: DatedSessionSeed[];
}

/**
 * The seed as it looks on `today` (`YYYY-MM-DD`): every date moved by the days between
 * {@link seedToday} and `today`, so closing dates, start dates, availability and publication
 * times keep their distance from today; sessions by whole weeks, so they keep their weekday.
 * Experience (year and month) is history and stays.
 */
export function seedFor(today: string): SeedData {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${seedToday}T00:00:00Z`)) / 86_400_000);
  const date = (value: string | null | undefined) => (value ? shiftDate(value, days) : (value ?? null));
  const weeks = Math.floor(days / 7) * 7;
  return {
    assignments: seedAssignments.map((a) => ({
      ...structuredClone(a),
      startDate: date(a.startDate),
      endDate: date(a.endDate),
      closingDate: shiftDate(a.closingDate, days),
      publishedAt: shiftInstant(a.publishedAt, days),
    })),
    profiles: seedProfiles.map((p) => ({
      ...structuredClone(p),
      availability: p.availability ? { ...p.availability, from: shiftDate(p.availability.from, days) } : null,
      updatedAt: shiftInstant(p.updatedAt, days),
    })),
    // Sessions move by whole weeks (the nearest ones stay at least five days ahead): a breakfast
    // session written for a Thursday stays on a Thursday, whatever day the demo is seeded.
    sessions: seedSessions.map((x) => {
      const signUpDeadline = shiftDate(x.signUpDeadline, weeks);
      // Signed up in their order, three hours apart, the last at 17:00 the day before today, or
      // the day before sign-up closed when that was earlier.
      const last = Date.parse(dutchInstant(`${shiftDate(signUpDeadline < today ? signUpDeadline : today, -1)} 17:00`));
      return {
        ...structuredClone(x),
        startsAt: shiftInstant(x.startsAt, weeks),
        endsAt: shiftInstant(x.endsAt, weeks),
        signUpDeadline,
        registered: x.registered.map((person, i, all) => ({ ...person, receivedAt: new Date(last - (all.length - 1 - i) * 3 * 3_600_000).toISOString() })),
      };
    }),
  };
}
