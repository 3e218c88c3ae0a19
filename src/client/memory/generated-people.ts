/**
 * Names and contact details for generated people, shared by the helpers that fill a portal
 * with thousands of them. Names from many cultures, reserved example domains, and phone
 * numbers only in the fictional 555-01XX range.
 */

const FIRST_NAMES = [
  'Aisha',
  'Mateo',
  'Yuna',
  'Oluwaseun',
  'Freya',
  'Arjun',
  'Chloé',
  'Dmitri',
  'Leilani',
  'Kwame',
  'Zoë',
  'Tariq',
  'Ingrid',
  'Wei',
  'Nomvula',
  'Santiago',
  'Saoirse',
  'Hamid',
  'Mai',
  'Elif',
  'Björn',
  'Priyanka',
  'Joaquín',
  'Amelia',
  'Kenji',
  'Fatima',
  'Lars',
  'Ngozi',
  'Rafael',
  'Sun-hee',
];
const LAST_NAMES = [
  'García',
  'Nguyen',
  'Kowalski',
  'Abara',
  'Johansson',
  'Sharma',
  'Müller',
  'Kim',
  'Okonkwo',
  'Rossi',
  'Haddad',
  'Ivanova',
  'Tanaka',
  'O’Brien',
  'Mbeki',
  'Dubois',
  'Cohen',
  'Silva',
  'Yilmaz',
  'Larsen',
  'Chowdhury',
  'Novak',
  'Fernández',
  'Zhang',
  'Papadopoulos',
];

/** Lower-case ASCII for email local parts: "Chloé" → "chloe", "O’Brien" → "obrien". */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');
}

const FIRST_SLUGS = FIRST_NAMES.map(slug);
const LAST_SLUGS = LAST_NAMES.map(slug);

/**
 * The `n`th generated person's name and email address. `series` keeps the addresses of
 * different generators apart (generated members and generated internal users never share one).
 */
export function generatedPerson(n: number, series: string): { fullName: string; email: string } {
  const first = n % FIRST_NAMES.length;
  const last = Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length;
  return {
    fullName: `${FIRST_NAMES[first]} ${LAST_NAMES[last]}`,
    email: `${FIRST_SLUGS[first]}.${LAST_SLUGS[last]}.${series}${n}@example.org`,
  };
}

/** A unique fictional number for the `n`th person: +1 (area) 555-01XX, the area code changing every hundred. */
export function generatedPhone(n: number): string {
  const area = 201 + (Math.floor(n / 100) % 799);
  return `+1${area}55501${String(n % 100).padStart(2, '0')}`;
}
