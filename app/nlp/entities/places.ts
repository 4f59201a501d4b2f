/*
|--------------------------------------------------------------------------
| Places
|--------------------------------------------------------------------------
|
| A location is only read where its shape says so: "City, ST" with a US state
| or Canadian province, "City, Country" with a known country, "City ST 94588",
| or a city next to a postal code ("Paris 75011"). A lone capitalised word is a
| city only when it is one of the large cities listed below, written as a segment
| of its own ("Shanghai", "Indeed | Lagos"): guessing wrong is worse than leaving
| it empty, so names that are also words, people or software (Mobile, Reading,
| Nice, Phoenix, Victoria) are left out.
|
*/
import type { Location } from '../types.js'
import { companyScore, titleScore } from './vocabulary.js'

export const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
  ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia',
}

const CA_PROVINCES: Record<string, string> = {
  AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia', NT: 'Northwest Territories', NU: 'Nunavut', ON: 'Ontario', PE: 'Prince Edward Island',
  QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
}

/** Country names and common short forms → ISO 3166-1 alpha-2. */
export const COUNTRIES: Record<string, string> = {
  'united states': 'US', 'united states of america': 'US', usa: 'US', 'u.s.a.': 'US', us: 'US', 'u.s.': 'US',
  'united kingdom': 'GB', uk: 'GB', 'u.k.': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'great britain': 'GB',
  canada: 'CA', mexico: 'MX', méxico: 'MX', brazil: 'BR', brasil: 'BR', argentina: 'AR', chile: 'CL', colombia: 'CO',
  peru: 'PE', perú: 'PE', germany: 'DE', deutschland: 'DE', france: 'FR', spain: 'ES', españa: 'ES', italy: 'IT',
  italia: 'IT', portugal: 'PT', netherlands: 'NL', 'the netherlands': 'NL', nederland: 'NL', belgium: 'BE',
  switzerland: 'CH', schweiz: 'CH', suisse: 'CH', austria: 'AT', österreich: 'AT', ireland: 'IE', denmark: 'DK',
  sweden: 'SE', norway: 'NO', finland: 'FI', iceland: 'IS', poland: 'PL', polska: 'PL', 'czech republic': 'CZ',
  czechia: 'CZ', slovakia: 'SK', hungary: 'HU', romania: 'RO', bulgaria: 'BG', greece: 'GR', croatia: 'HR',
  serbia: 'RS', slovenia: 'SI', ukraine: 'UA', russia: 'RU', estonia: 'EE', latvia: 'LV', lithuania: 'LT',
  turkey: 'TR', türkiye: 'TR', turkiye: 'TR', israel: 'IL', egypt: 'EG', morocco: 'MA', tunisia: 'TN',
  nigeria: 'NG', kenya: 'KE', ghana: 'GH', 'south africa': 'ZA', ethiopia: 'ET', 'united arab emirates': 'AE',
  uae: 'AE', 'saudi arabia': 'SA', qatar: 'QA', jordan: 'JO', lebanon: 'LB', iran: 'IR', pakistan: 'PK',
  india: 'IN', bangladesh: 'BD', 'sri lanka': 'LK', nepal: 'NP', china: 'CN', "people's republic of china": 'CN',
  'hong kong': 'HK', taiwan: 'TW', japan: 'JP', 'south korea': 'KR', korea: 'KR', singapore: 'SG', malaysia: 'MY',
  indonesia: 'ID', philippines: 'PH', vietnam: 'VN', 'viet nam': 'VN', thailand: 'TH', australia: 'AU',
  'new zealand': 'NZ', luxembourg: 'LU', cyprus: 'CY', malta: 'MT',
}

/** Large cities résumés name without a country, with their country (ISO 3166-1 alpha-2). */
export const MAJOR_CITIES: Record<string, string> = {
  // Asia and Oceania
  Shanghai: 'CN', Beijing: 'CN', Shenzhen: 'CN', Guangzhou: 'CN', Hangzhou: 'CN', Chengdu: 'CN', Wuhan: 'CN', Nanjing: 'CN',
  Tokyo: 'JP', Osaka: 'JP', Kyoto: 'JP', Yokohama: 'JP', Seoul: 'KR', Busan: 'KR', Taipei: 'TW', Singapore: 'SG',
  Bangkok: 'TH', Jakarta: 'ID', Manila: 'PH', Hanoi: 'VN', 'Ho Chi Minh City': 'VN', 'Kuala Lumpur': 'MY',
  Bengaluru: 'IN', Bangalore: 'IN', Mumbai: 'IN', Delhi: 'IN', 'New Delhi': 'IN', Hyderabad: 'IN', Chennai: 'IN',
  Pune: 'IN', Kolkata: 'IN', Ahmedabad: 'IN', Noida: 'IN', Gurgaon: 'IN', Gurugram: 'IN', Karachi: 'PK', Lahore: 'PK',
  Islamabad: 'PK', Dhaka: 'BD', Colombo: 'LK', Kathmandu: 'NP', Dubai: 'AE', 'Abu Dhabi': 'AE', Doha: 'QA',
  Riyadh: 'SA', Jeddah: 'SA', 'Tel Aviv': 'IL', Jerusalem: 'IL', Istanbul: 'TR', Ankara: 'TR', Tehran: 'IR',
  Sydney: 'AU', Melbourne: 'AU', Brisbane: 'AU', Perth: 'AU', Adelaide: 'AU', Auckland: 'NZ', Wellington: 'NZ',
  // Europe
  London: 'GB', Manchester: 'GB', Birmingham: 'GB', Edinburgh: 'GB', Glasgow: 'GB', Bristol: 'GB', Leeds: 'GB',
  Dublin: 'IE', Paris: 'FR', Lyon: 'FR', Marseille: 'FR', Toulouse: 'FR', Berlin: 'DE', Munich: 'DE', München: 'DE',
  Hamburg: 'DE', Frankfurt: 'DE', Cologne: 'DE', Köln: 'DE', Stuttgart: 'DE', Düsseldorf: 'DE', Vienna: 'AT', Wien: 'AT',
  Zurich: 'CH', Zürich: 'CH', Geneva: 'CH', Genève: 'CH', Amsterdam: 'NL', Rotterdam: 'NL', Utrecht: 'NL',
  Eindhoven: 'NL', Brussels: 'BE', Antwerp: 'BE', Luxembourg: 'LU', Madrid: 'ES', Barcelona: 'ES', Valencia: 'ES',
  Seville: 'ES', Lisbon: 'PT', Lisboa: 'PT', Porto: 'PT', Rome: 'IT', Roma: 'IT', Milan: 'IT', Milano: 'IT',
  Turin: 'IT', Torino: 'IT', Copenhagen: 'DK', Stockholm: 'SE', Gothenburg: 'SE', Oslo: 'NO', Helsinki: 'FI',
  Reykjavik: 'IS', Warsaw: 'PL', Warszawa: 'PL', Krakow: 'PL', Kraków: 'PL', Wroclaw: 'PL', Wrocław: 'PL',
  Gdansk: 'PL', Gdańsk: 'PL', Prague: 'CZ', Praha: 'CZ', Brno: 'CZ', Budapest: 'HU', Bucharest: 'RO', Cluj: 'RO',
  'Cluj-Napoca': 'RO', Sofia: 'BG', Athens: 'GR', Belgrade: 'RS', Zagreb: 'HR', Ljubljana: 'SI', Bratislava: 'SK',
  Kyiv: 'UA', Kiev: 'UA', Kharkiv: 'UA', Lviv: 'UA', Minsk: 'BY', Moscow: 'RU', 'Saint Petersburg': 'RU',
  Tallinn: 'EE', Riga: 'LV', Vilnius: 'LT',
  // Africa
  Lagos: 'NG', Abuja: 'NG', Nairobi: 'KE', Accra: 'GH', Kumasi: 'GH', Cairo: 'EG', Casablanca: 'MA', Tunis: 'TN',
  Johannesburg: 'ZA', 'Cape Town': 'ZA', Durban: 'ZA', Kigali: 'RW', Kampala: 'UG', 'Addis Ababa': 'ET',
  // The Americas
  Toronto: 'CA', Montreal: 'CA', Montréal: 'CA', Vancouver: 'CA', Ottawa: 'CA', Calgary: 'CA', 'New York City': 'US',
  'San Francisco': 'US', 'Los Angeles': 'US', Chicago: 'US', Seattle: 'US', Boston: 'US', Austin: 'US', Dallas: 'US',
  Houston: 'US', Atlanta: 'US', Miami: 'US', Denver: 'US', Philadelphia: 'US', 'San Diego': 'US', 'San Jose': 'US',
  Pittsburgh: 'US', Minneapolis: 'US', Detroit: 'US', Nashville: 'US', Baltimore: 'US', 'Mexico City': 'MX',
  'Ciudad de México': 'MX', Guadalajara: 'MX', Monterrey: 'MX', Bogotá: 'CO', Bogota: 'CO', Medellín: 'CO', Medellin: 'CO',
  Lima: 'PE', Santiago: 'CL', 'Buenos Aires': 'AR', Montevideo: 'UY', 'São Paulo': 'BR', 'Sao Paulo': 'BR',
  'Rio de Janeiro': 'BR', 'Belo Horizonte': 'BR', Curitiba: 'BR', 'Porto Alegre': 'BR',
}

const STATE_CODES = Object.keys(US_STATES).join('|')
const PROVINCE_CODES = Object.keys(CA_PROVINCES).join('|')
const STATE_NAMES = Object.values(US_STATES).join('|')
// Written forms of each country: "Germany", "GERMANY"; short forms ("UK", "USA") only in capitals so "us" stays a word.
// Spelled out instead of using the `i` flag, which would also let \p{Lu} in CITY match lower case.
const COUNTRY_NAMES = Object.keys(COUNTRIES)
  .flatMap((name) => {
    const upper = name.toUpperCase()
    if (name.replace(/[^a-z]/g, '').length <= 3) return [upper]
    const title = name.replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
    return [title, upper]
  })
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.]/g, '\\.'))
  .join('|')

/** One to four capitalised words: "San Francisco", "Saint-Denis", "Frankfurt am Main", "Washington D.C.". */
const CITY = `(?:\\p{Lu}[\\p{L}'’.-]*)(?:[ -](?:(?:am|an|der|de|la|le|del|sur|upon|on)|\\p{Lu}[\\p{L}'’.-]*)){0,3}`
const END = `(?![\\p{L}\\p{N}-])`

const US_OR_CA = new RegExp(
  `(?<![\\p{L}])(?<city>${CITY}),\\s*(?<region>${STATE_CODES}|${PROVINCE_CODES}|${STATE_NAMES})${END}(?:\\s+(?<zip>\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d))?(?:,?\\s*(?<country>USA|US|United States|Canada)${END})?`,
  'gu'
)
const CITY_COUNTRY = new RegExp(
  `(?<![\\p{L}])(?<city>${CITY}),\\s*(?:(?<region>${CITY}),\\s*)?(?<country>${COUNTRY_NAMES})${END}`,
  'gu'
)
const POSTAL_CITY = new RegExp(`^(?:(?<zip1>\\d{4,5})\\s+(?<city1>${CITY})|(?<city2>${CITY})\\s+(?<zip2>\\d{4,5}))(?:,\\s*(?<country>${COUNTRY_NAMES}))?$`, 'u')
const COUNTRY_ONLY = new RegExp(`^(?<country>${COUNTRY_NAMES})$`, 'u')
// "Israel, Rishon Lezion": country first, as some CVs write it.
const COUNTRY_CITY = new RegExp(`^(?<country>${COUNTRY_NAMES}),\\s*(?<city>${CITY})$`, 'u')
const WORK_MODE = /^(?:remote|hybrid|on-?site|fully remote|remote \(.*\))$/i

// Words that start or end multi-word city names ("San Francisco", "Mountain View", "Frankfurt am Main").
// A city matched in the middle of a line keeps only the words these allow, so "Senior Web Developer
// San Francisco, CA" (a title and a right-aligned place joined into one line) gives "San Francisco".
const CITY_FIRST_WORDS = new Set([
  'san', 'santa', 'santo', 'são', 'sao', 'st.', 'st', 'saint', 'sainte', 'sankt', 'new', 'los', 'las', 'la', 'le',
  'el', 'fort', 'port', 'mount', 'palo', 'long', 'ann', 'salt', 'baton', 'grand', 'rio', 'buenos', 'hong', 'tel',
  'cape', 'kuala', 'ho', 'chi', 'abu', 'des', 'little', 'corpus', 'kansas', 'oklahoma', 'jersey', 'virginia',
  'menlo', 'foster', 'culver', 'cedar', 'west', 'east', 'north', 'south', 'upper', 'lower', 'the', 'den', 'bad',
  'mexico', 'panama', 'guatemala', 'kuwait', 'quebec', 'ciudad', 'porto', 'belo', 'winston', 'sioux', 'eau',
  'round', 'sugar', 'huntington', 'daly', 'half', 'walnut', 'rancho', 'thousand', 'simi', 'morgan', 'del',
  'newport', 'lake', 'bowling', 'college', 'garden', 'palm', 'coral', 'boca', 'costa', 'puerto', 'hamilton',
])
const CITY_LAST_WORDS = new Set(['city', 'beach', 'springs', 'park', 'heights', 'falls', 'valley', 'view', 'harbor', 'island', 'hills', 'lake', 'rapids', 'rock', 'town', 'station', 'creek', 'grove', 'bay', 'moines', 'christi', 'lumpur', 'aviv', 'aires', 'kong', 'janeiro', 'dhabi', 'minh'])
const CITY_PARTICLES = new Set(['am', 'an', 'der', 'de', 'la', 'le', 'del', 'sur', 'upon', 'on', 'im', 'da', 'do', 'dos'])

/** The city's own words at the end of `words` (see CITY_FIRST_WORDS). */
function trimCity(city: string): string {
  const words = city.split(' ')
  let start = words.length - 1
  while (start > 0) {
    const previous = words[start - 1].toLowerCase()
    const current = words[start].toLowerCase()
    const keep = CITY_FIRST_WORDS.has(previous) || CITY_PARTICLES.has(previous) || CITY_PARTICLES.has(current) || (start === words.length - 1 && CITY_LAST_WORDS.has(current))
    if (!keep) break
    start--
  }
  return words.slice(start).join(' ')
}

/**
 * Every capitalised word before the comma is the city's when there are at most two, the match
 * starts its text (or follows a separator) and none of them is a job title's or an organisation's
 * word; longer names are cut to what trimCity allows.
 */
function wholeCity(text: string, index: number, city: string): boolean {
  if (city.split(' ').length > 2) return false
  return /(?:^|[|•·:;(–—\t]|\s-|\s{2})\s*$/.test(text.slice(0, index)) && titleScore(city) < 0.8 && companyScore(city) < 0.7
}

export interface FoundLocation {
  location: Location
  /** [from, to) in the text searched. */
  span: [number, number]
  /** How the location was recognised: a state or country in the table is surer than a postal code next to a word. */
  confidence: number
}

/**
 * A location anywhere in `text` (in a contact line or a job's header line).
 * `wholeSegment` also accepts the weaker shapes that only make sense as a
 * segment of their own: "Paris 75011", a country alone.
 */
export function findLocation(text: string, options: { wholeSegment?: boolean } = {}): FoundLocation | null {
  // Every shape but the whole-segment ones has a comma ("City, ST", "City, Country"); most lines have none.
  const comma = text.includes(',')
  if (!comma && !options.wholeSegment) return null
  for (const us of comma ? text.matchAll(US_OR_CA) : []) {
    if (!us.groups || isStopCity(us.groups.city)) continue
    const region = us.groups.region
    const city = wholeCity(text, us.index, us.groups.city) ? us.groups.city : trimCity(us.groups.city)
    const from = us.index + us.groups.city.length - city.length
    const code = region.length === 2 ? region : stateCode(region)
    const countryCode = code && CA_PROVINCES[code] && !US_STATES[code] ? 'CA' : us.groups.country?.match(/canada/i) ? 'CA' : 'US'
    return {
      location: clean({ city, region: code ?? region, postalCode: us.groups.zip, countryCode }),
      span: [from, us.index + us[0].length],
      confidence: 0.85,
    }
  }
  for (const country of comma ? text.matchAll(CITY_COUNTRY) : []) {
    if (!country.groups) continue
    let city: string = country.groups.city
    let region: string | undefined = country.groups.region
    let from = country.index
    // "BlaBlaCar, Paris, France": three parts are City, Region, Country only when they are the
    // whole text and the first doesn't look like an organisation; else the first is the employer.
    if (region && (companyScore(city) >= 0.4 || isStopCity(city) || country[0].length !== text.trim().length)) {
      from = country.index + country[0].indexOf(region, city.length)
      city = trimCity(region)
      from += region.length - city.length
      region = undefined
    } else if (!region && !wholeCity(text, from, city)) {
      const trimmed = trimCity(city)
      from += city.length - trimmed.length
      city = trimmed
    }
    if (isStopCity(city)) continue
    return {
      location: clean({ city, region, countryCode: COUNTRIES[country.groups.country.toLowerCase()] }),
      span: [from, country.index + country[0].length],
      confidence: 0.85,
    }
  }
  if (!options.wholeSegment) return null
  const trimmed = text.trim()
  const offset = text.indexOf(trimmed)
  const postal = POSTAL_CITY.exec(trimmed)
  if (postal?.groups) {
    const city = postal.groups.city1 ?? postal.groups.city2
    if (!isStopCity(city)) {
      return {
        location: clean({
          city,
          postalCode: postal.groups.zip1 ?? postal.groups.zip2,
          countryCode: postal.groups.country ? COUNTRIES[postal.groups.country.toLowerCase()] : undefined,
        }),
        span: [offset, offset + trimmed.length],
        confidence: 0.6,
      }
    }
  }
  const reversed = COUNTRY_CITY.exec(trimmed)
  if (reversed?.groups && !isStopCity(reversed.groups.city)) {
    return {
      location: { city: reversed.groups.city, countryCode: COUNTRIES[reversed.groups.country.toLowerCase()] },
      span: [offset, offset + trimmed.length],
      confidence: 0.7,
    }
  }
  const city = MAJOR_CITIES[trimmed]
  if (city) return { location: { city: trimmed, countryCode: city }, span: [offset, offset + trimmed.length], confidence: 0.6 }
  const alone = COUNTRY_ONLY.exec(trimmed)
  if (alone?.groups && alone.groups.country.length > 3) {
    return { location: { countryCode: COUNTRIES[alone.groups.country.toLowerCase()] }, span: [offset, offset + trimmed.length], confidence: 0.5 }
  }
  return null
}

/** "Remote", "Hybrid": where a job was done when it wasn't a city. */
export function isWorkMode(text: string): boolean {
  return WORK_MODE.test(text.trim())
}

function stateCode(name: string): string | undefined {
  return Object.entries(US_STATES).find(([, full]) => full.toLowerCase() === name.toLowerCase())?.[0]
}

// Words that precede ", CA" or ", UK" in job lines without being a city ("Inc., CA" is still no city).
const NOT_CITIES = new Set(['inc', 'inc.', 'llc', 'ltd', 'ltd.', 'corp', 'corp.', 'university', 'college', 'institute', 'school', 'gmbh'])

function isStopCity(city: string): boolean {
  const last = city.split(/\s+/).pop()!.toLowerCase()
  return NOT_CITIES.has(last)
}

function clean(location: Location): Location {
  return Object.fromEntries(Object.entries(location).filter(([, value]) => value !== undefined && value !== '')) as Location
}

/** The location as one line of text, as a résumé would print it. */
export function formatLocation(location: Location): string {
  return [location.city, location.region, location.countryCode && !location.region ? location.countryCode : undefined]
    .filter(Boolean)
    .join(', ')
}
