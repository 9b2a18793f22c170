// The labels agents put in front of checklist information, in English and (some) Spanish.
// classifyLabel sees only the short label text (at most ~50 chars), so these patterns stay cheap.
import type { ChecklistItemKey } from '../types';

export type LabelKind = ChecklistItemKey | 'other';

// Order matters: "steps taken" is troubleshooting, not steps to reproduce; "school id" is the school.
// A bare "Email:" is a form's contact line (the requester), not an affected user's id.
const RULES: Array<[LabelKind, RegExp]> = [
  [
    'troubleshooting',
    /^(?:troubleshoot\w*(?: (?:steps|done|so far|performed|notes))?|t\/?s(?: steps| done)?|(?:what|things) (?:we|i|they|support|the customer|the teacher|the user|has been|have been|was|we've|i've)? ?(?:tried|did|done|attempted|checked)|what (?:have|has|did) (?:you|they|we|the customer|the teacher)(?: already)? (?:tried|done|checked|do)(?: so far| already| yet)?|what(?:'s| has| was| have) been (?:tried|done|checked)|(?:already )?tried(?: so far)?|attempted(?: fixes| steps)?|steps (?:taken|tried|already taken|already tried|done|performed)|actions? taken|done so far|workarounds?(?: tried| attempted)?|investigation|findings|checks? (?:done|performed)|lo que (?:ya )?(?:probamos|intentamos|se prob[oó]|hicimos|he intentado|hemos intentado|intent[eé]|prob[eé])|(?:¿\s*)?qu[eé] (?:ha|han|has|he|hemos) (?:intentado|probado|hecho)(?: hasta ahora)?\??|pruebas(?: realizadas)?|intentos|soluci[oó]n de problemas|diagn[oó]stico)$/,
  ],
  [
    'stepsToReproduce',
    /^(?:steps?(?: to (?:reproduce|repro|replicate|recreate))?|how to (?:reproduce|repro|replicate|recreate)|(?:repro|reproduction|replication)(?: steps)?|str|to reproduce|steps for reproduction|pasos(?: para (?:reproducir|replicar))?|c[oó]mo reproducir(?:lo)?|reproducci[oó]n|para (?:verl[oa]s?|reproducirl[oa]s?)|to see (?:it|this|the (?:problem|issue|bug)))$/,
  ],
  [
    'scope',
    /^(?:scope|impact|impacted|affected|affects|who is affected|blast radius|extent|how many (?:users|students|people|teachers)(?: are)?(?: affected| impacted)?|(?:number|#|no\.?) of (?:users|students|people|teachers|schools)(?: affected| impacted)?|(?:scope|impact) of (?:the )?(?:issue|problem)|alcance|impacto|afectados|(?:n[uú]mero|cantidad) de (?:usuarios|estudiantes|alumnos|personas|maestros)(?: afectad[oa]s)?|cu[aá]nt[oa]s (?:usuarios|estudiantes|alumnos|personas|maestros)(?: (?:est[aá]n |son |se ven )?afectad[oa]s)?)$/,
  ],
  [
    'school',
    /^(?:affected |customer ?\/ ?)?(?:school|customer|district|org|organi[sz]ation|partner|institution|campus|account|client|tenant|escuela|colegio|cliente|distrito|instituci[oó]n|centro)s?(?: (?:name|id|affected))?(?: ?\/ ?(?:school|customer|district|org|organi[sz]ation|partner|account|client)s?(?: name)?)*$|^nombre de la escuela$/,
  ],
  [
    'userIds',
    /^(?:(?:affected|example|impacted|sample) )?(?:(?:student|user|guardian|parent|teacher|learner|staff|educator|admin|account|person|estudiante|alumno|usuario|tutor)s?(?:'s)?(?: identity| login| account| acct)? ?(?:ids?|sids?|uids?|#|numbers?|no|num|uuids?|guids?|emails?|e-mails?|usernames?|user ?names?|logins?|identifiers?)(?: affected| impacted)?|sids?|uids?|guids?|uuids?|ids?|sis ids?|ss?ids?|las?ids?|sasids?|state ids?|local ids?|employee ids?|usernames?|user names?|logins?|login emails?|guardian identity ids?|(?:affected|impacted|example) (?:users?|students?|accounts?|teachers?|guardians?|parents?)|users?|students?|guardians?|parents?|(?:students?|users?|teachers?|kids|accounts?) affected|(?:usuario|alumno|estudiante|cuenta) afectad[oa]|id del (?:estudiante|alumno|usuario))$/,
  ],
  ['courseRevisionId', /^(?:(?:course )?(?:revision|rev\.?)(?: ?(?:id|#|number|no))?|(?:course )?version(?: id)?|(?:revisi[oó]n|versi[oó]n)(?: del curso| de contenido| del contenido)?(?: ?(?:id|#|n[uú]mero|no|n\.?º))?)$/],
  [
    'courseUrl',
    /^(?:(?:course|page|item|lesson|activity|assignment|content|problem|affected|example|the) )?(?:url|link|uri)s?(?: (?:of|to) .*)?$|^(?:enlace|url del curso)$/,
  ],
  [
    'courseName',
    /^(?:course|class ?\/ ?course|course ?\/ ?class)(?: (?:name|title))?$|^(?:title of (?:the )?course|curso|nombre del curso)$/,
  ],
  [
    'description',
    /^(?:(?:issue|problem|bug)(?: (?:description|summary|details))?|description(?: of (?:the )?(?:issue|problem))?|summary|details|what happened|what(?:'s| is) happening|expected(?: (?:result|behaviou?r|outcome))?|actual(?: (?:result|behaviou?r|outcome))?|observed(?: behaviou?r)?|error(?: message)?|request|question|describe (?:the|your) (?:issue|problem)|how can we help(?: you)?|descripci[oó]n|problema|detalles?|resumen|describa (?:el|su) problema)$/,
  ],
  [
    'visuals',
    /^(?:screenshots?|screen ?shots?|visuals?|videos?|recordings?|screen recordings?|loom|attachments?|images?|capturas?(?: de pantalla)?)$/,
  ],
];

/** "**Student ID(s):**" -> "student id": lower case, markup, bracketed asides and trailing marks gone. */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/^[\s¿]+/, '')
    .replace(/\([^()]{0,40}\)/g, ' ')
    .replace(/[*_`#>[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.?!:-]+$/, '')
    .trim();
}

// Every rule above starts with one of these: most lines are rejected by this one test.
const FIRST_WORD =
  /^(?:troubl|t\/?s|what|qu[eé] |cu[aá]nt|n[uú]mero|cantidad|thing|tried|already|attempt|sis|ssid|lasid|sasid|state|local|employee|steps?\b|action|done|workaround|investigat|finding|check|lo |prueba|intento|soluci|diagn|how|repro|replica|str\b|to |pasos|c[oó]mo|reproducci|scope|impact|affect|who is|blast|extent|number|#|no|alcance|afectad|customer|school|district|org|partner|institution|campus|account|client|tenant|escuela|colegio|cliente|distrito|instituci|centro|nombre|example|sample|student|kid|user|guardian|parent|teacher|learner|staff|educator|admin|person|estudiante|alumno|usuario|tutor|sid|uid|guid|uuid|id|login|e-?mail|course|rev|versi[oó]n|page|item|lesson|activit|assignment|content|problem|the |url|link|uri|enlace|class|title|curso|issue|bug|descri|summary|details|expected|actual|observed|error|request|question|problema|detalle|resumen|screen|visual|video|recording|loom|attachment|image|captura)/;
const cache = new Map<string, LabelKind>();
const CACHE_LIMIT = 2000;

/** Whether text can start a checklist label at all: a cheap test before any normalising. */
export function mayStartLabel(text: string): boolean {
  const head = text.slice(0, 24).toLowerCase();
  // Marks to skip cannot be there when it starts with a letter (most lines do).
  const first = head.charCodeAt(0);
  const quick = first >= 97 && first <= 122 ? head : head.replace(/^[\s*_`#>[\]()\-•·+¿]+/, '');
  return FIRST_WORD.test(quick) || quick.startsWith('of ');
}

// A label naming one thing two ways ("Affected username(s) or student ID(s)", "User ID(s) / username(s)",
// "School or district"): each half names an id, or a school.
const TWO_NAMES_OF: Partial<Record<LabelKind, RegExp>> = {
  userIds: /\b(?:ids?|sids?|usernames?|user ?names?|logins?|e-?mails?|numbers?)\b/,
  school: /\b(?:schools?|districts?|campus(?:es)?|escuelas?|colegios?|distritos?)\b/,
};

const TWO_NAMES_SPLIT = / or | ?\/ ?/;
const QUESTION_MARKS = /^[\s¿]+|[\s?]+$/g;

function ruleFor(norm: string): LabelKind {
  for (const [k, re] of RULES) if (re.test(norm)) return k;
  return 'other';
}

/** Which checklist item a label introduces, or 'other' for a label we do not track ("Browser"). */
export function classifyLabel(label: string): LabelKind {
  const cached = cache.get(label);
  if (cached !== undefined) return cached;
  // Most labels are no checklist label at all: test the first word before normalising everything.
  let kind: LabelKind = 'other';
  const norm = mayStartLabel(label) ? normalizeLabel(label) : '';
  if (norm !== '' && FIRST_WORD.test(norm)) kind = ruleFor(norm);
  // Two names of one thing, not a role asked ("Student or parent") nor "Account or organization";
  // a bilingual form's label names it in each language ("¿Qué ha intentado? / What have you tried?").
  const halves = kind === 'other' ? norm.split(TWO_NAMES_SPLIT).map((half) => half.replace(QUESTION_MARKS, '')) : [];
  if (halves.length === 2) {
    const [first = '', second = ''] = halves;
    const one = ruleFor(first);
    const names = TWO_NAMES_OF[one];
    const same = one !== 'other' && (one === ruleFor(second) || one === ruleFor(`affected ${second}`));
    if (same && (names === undefined || (names.test(first) && names.test(second)))) kind = one;
    // The last word serving both: "Student or user ID(s)" is a student ID or a user ID.
    const other = ruleFor(second);
    if (kind === 'other' && other === 'userIds' && ruleFor(`${first} ${second.split(' ').at(-1) ?? ''}`) === other) kind = other;
  }
  // Only short labels repeat ("School", "SID"); long one-off ones would just churn the cache.
  if (label.length <= 30) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(label, kind);
  }
  return kind;
}

/** Labels for ids that are identifiers by themselves (a username, an email), not only numbers. */
export function isLoginLabel(label: string): boolean {
  return /user ?names?|logins?|e-?mails?/.test(normalizeLabel(label));
}

