import { ticket } from '../fixtures/build';
import { detectSchool } from './school';
import { buildCorpus, buildSources, toSafeTicket } from './source';

const school = (subject: string, description: string) => {
  const safe = toSafeTicket(ticket({ subject, description }));
  return detectSchool(safe, buildCorpus(buildSources(safe)));
};

describe('detectSchool', () => {
  it.each([
    ['Teacher cannot submit attendance - Mountain View Elem', 'Submit does nothing.', 'Mountain View Elem'],
    ['Parent portal shows wrong grade', 'Eastlake High. His ID is 3319054.', 'Eastlake High'],
    ['Gradebook down', 'Dir of Tech, Oakdale SD, all 4 bldgs', 'Oakdale SD'],
    ['Roster sync', 'Riverside County Public Schools IT here.', 'Riverside County Public Schools'],
    ['No carga el video', 'Mi hijo está en 5° de primaria en la escuela Lázaro Cárdenas.', 'escuela Lázaro Cárdenas'],
    ['No carga', 'Son las 5 escuelas del distrito Valle Verde, nadie entra.', 'distrito Valle Verde'],
    ['Accents broken after sync', 'Best regards,\nSylvie Tremblay\nÉcole Internationale de Montréal', 'École Internationale de Montréal'],
    ['SAML certificate', 'Jürgen Hoffmann\nIT Administration\nInternational School of Stuttgart', 'International School of Stuttgart'],
    ['Chat', 'Agent (Marco): Which school does he attend?\nVisitor: pine hollow middle, 7th grade', 'pine hollow middle'],
    ['Chat', 'Visitor: both my kids go to hillside elementary and only one shows', 'hillside elementary'],
    ['Chat', 'Agent: Can you tell me your username and school?\nVisitor: jreyes27, kennedy high school', 'kennedy high school'],
    ['Chat', "Visitor: I'm at roosevelt high school, my username is mhernandez27", 'roosevelt high school'],
    ['Chat', "Agent (Sam): What's your username and school?\nVisitor: 4419002 lakeview middle", 'lakeview middle'],
    ['SMS', '[Feb 10, 5:50 PM] Agent: ¿En qué escuela está su hijo?\n[Feb 10, 5:58 PM] +15554172290: escuela roosevelt 4to grado', 'escuela roosevelt'],
    ['Chat', 'Kevin: all 31 in my 3rd period right now. jefferson high school. one of them is SID 602291', 'jefferson high school'],
    ['Chat', 'Lisa: only devon, rest of the class hears it fine. this is kingsley elementary btw', 'kingsley elementary'],
    ['SMS', "hey its ms reyes here at kennedy elem. none of my kids can get into the spelling game", 'kennedy elem'],
    ['Chat', 'This is kingsley elementary, the read-aloud has no sound.', 'kingsley elementary'],
    ['Chat', "Agent (Tasha): What's your username and which school do you go to?\nVisitor: lgarcia08\nVisitor: lincoln high", 'lincoln high'],
    ['Chat', "Agent (Mia): What's your username and school?\nVisitor: my username is jt_2029 its my account. westview high", 'westview high'],
    ['Chat', 'Visitor: no just me, my friends all got their scores\nVisitor: i go to ridgeview high. my teacher said to contact u', 'ridgeview high'],
    ['Chat', '[20:14:00] Agent (Tomas): Gracias. ¿En qué escuela trabaja?\n[20:14:12] Visitor: Academia Bilingüe del Valle', 'Academia Bilingüe del Valle'],
    ['Chat', '[15:22:31] Agent (Marco): Which school are you with?\n[15:22:50] Nicole Baines: riverside hs', 'riverside hs'],
    ['Chat', '(01:13:05) Agente (Lucía): ¿En qué escuela estudia su hijo?\n(01:13:30) Jorge Salinas: escuela primaria lincoln. el grande ya lo tengo', 'escuela primaria lincoln'],
    ['Chat', '[15:13:25] Agent (Lena): Got it. Which school are you at?\n[15:13:40] Visitor: eastwood junior high', 'eastwood junior high'],
    ['Signature', 'Un saludo,\nAlberto Sanchis\nDepartamento de Física y Química\nIES Miguel Hernández (Elche)', 'IES Miguel Hernández'],
    ['Signature', 'Dr. Elena Morales\nSuperintendent, Rio Verde CISD', 'Rio Verde CISD'],
    ['Chat', '(7:06 PM) Agente (Lucía): ¿Me puede decir el nombre de la escuela y el número de estudiante?\n(7:07 PM) Visitante: escuela intermedia Benito Juárez, el numero es 30871156', 'escuela intermedia Benito'],
    ['Email', 'i cleared my cache and its still blank.\n\nmr h\nwestbrook ms', 'westbrook ms'],
    ['Email', 'She switched Chromebooks, same thing.\n\nthank you\nMrs. Tran\n2nd grade, Springdale Primary School', 'Springdale Primary School'],
    // A parish school by its saint, possessive; the plural "Colegios" opens a name as "Colegio" does.
    ['Email', "I don't know if anyone else here at St. Brendan's has seen this.", "St. Brendan's"],
    ['Email', "Kathleen Farrell\n8th grade, Saint Mary's", "Saint Mary's"],
    ['Email', "Our school is St. Brendan's, a small K-8 parish school.", "St. Brendan's"],
    ['RV: No carga', 'Está pasando en los 5 planteles de Colegios Santa Fe desde las 8:00.', 'Colegios Santa Fe'],
  ])('%s / %s -> %s', (subject, description, name) => {
    const found = school(subject, description);
    expect(found.status).toBe('present');
    expect(found.evidence.join(' | ')).toContain(name);
  });

  it.each([
    ['Priority: Very High', 'The export fails.'],
    ['Invite code', "School: 'the elementary on Elm St', couldn't give the name"],
    ['Chat', 'Visitor: the grades are pretty high this year but the average is wrong'],
    ['Chat', 'Visitor: my son will go to middle school next year'],
    ['Steps', 'then go to the top middle panel and click Save'],
    ['Scores', 'the scores went to really high numbers'],
    ['Llamada', 'Escuela: no supo el nombre, dijo "la primaria de la calle Main"'],
    ['Help', 'We use MS Teams for meetings; the quiz page is blank.'],
    ['Ayuda', 'La escuela de mi hijo no carga.'],
    ['Question', 'Our son goes to the local high school and the app shows his old classes.'],
    ['Question', 'She moved to a public middle school this year.'],
    ['Chat', 'this is elementary stuff, the quiz will not open'],
    ['Parent', 'My daughter just started middle school and cannot see her classes.'],
    ['Question', 'We have two middle school teachers who share a class.'],
    ['Question', 'Both high school and middle school students see it.'],
    ['Question', 'I teach at the elementary school and the quiz is blank.'],
    ['Chat', 'hi, this is happening at the elementary too'],
    ['Question', 'Hi, this is about our summer academy roster.'],
    ['Chat', 'we were at the elementary yesterday and it worked'],
    ['Chat', "it's our ms math team that sees it"],
    // A saint's name that is not possessive is a city or a street; followed by a capitalised word, a
    // day, a hospital or a church; after a title, a surname; after "about", no place.
    ['Trip', 'We are in St. Louis this week and the app will not open.'],
    ['Absent', "Student was at St. Mary's Hospital all week and missed the quiz."],
    ['Calendar', "Our St. Patrick's Day assembly event duplicated in the calendar."],
    ['Quiz', "Ms. St. Clair's class can't see the quiz."],
    ['Audio', "The kids read about St. Francis's life in Unit 2 and the audio is missing."],
    ['Absent', "My student was at St. Jude's for treatment and missed the test."],
    ['Note', "The nurse from St. Luke's faxed a note about her absence."],
    ['Email', 'Thanks,\nDana\n1200 Oak St. Suite 4'],
    // Lower-case words before "ms" or "elem" after "at" or "its" are read as no name: too many are not
    // ("at lunch ms. davis", "its just ms garcia's class").
    ['SMS', 'it happened at lunch ms. davis said the quiz froze'],
    ['SMS', "its just ms garcia's class, the quiz won't submit."],
    ['Chat', "Agent: Is this for the whole school?\nVisitor: idk\nVisitor: mostly middle school kids have it"],
    // A signature's own line only when it is a name and a school's word, nothing more.
    ['Email', 'The quiz is blank.\n\nThanks\nMs davis'],
    ['Email', 'The quiz is blank.\n\nthanks\nmath teacher, middle school'],
    ['Email', 'Primary contact: Dana Lee. The quiz is blank.'],
    ['Email', 'Please click Set As Primary; the button does nothing.'],
    ['Chat', '[10:02] Agent (Sam): Is it happening for the whole school?\n[10:03] Visitor: mostly hs kids'],
    ['Email', 'The quiz is blank.\n\nthanks\ncounselor hs'],
    ['Email', 'The quiz is blank.\n\nthanks\nthe stakes are high'],
    ['Chat', '(01:13:05) Agente: ¿En qué escuela estudia su hijo?\n(01:13:30) Jorge: escuela primaria oficial, no recuerdo el nombre'],
    // A second review of session 11's names: a stage of school, a town's sports hall.
    ['Chat', 'Agent: Which school is your son at?\nVisitor: he started junior high'],
    ['Chat', 'Agent: Which school are you at?\nVisitor: 7th grade junior high'],
    ['Email', 'Usamos la app en el Gimnasio Municipal para las pruebas físicas y se cuelga.'],
    ['Chat', "When I go to settings high contrast mode doesn't turn on."],
    ['Chat', 'If I go to grades high scores show as zero.'],
    // A venue or someone else's school, not the customer's; a customer's number.
    ['LTI question', 'We saw your session at the Jefferson Academy Conference Center in October.'],
    ['FW: case', 'From: ADS Case Portal\nCustomer #: 88213\nStudents enrolled after Jan 6 are not showing up.'],
    ['Phone', "Didn't say which school she's at - said it's like the thing Jefferson High had last month, my friend teaches there."],
  ])('%s / %s -> no school named', (subject, description) => expect(school(subject, description).status).not.toBe('present'));
  it.each([
    ['Bookings', 'Reserve seats for the gala at our Carrington Academy Event Center: the page errors.', 'Carrington Academy'],
    ['Training', 'Our PD training at Westview High School could not open the course.', 'Westview High School'],
    ['Sub', 'I sub at Lincoln Middle School, my husband teaches there full time. My login fails.', 'Lincoln Middle School'],
    ['Friend', 'I teach at Lincoln Middle School, my friend teaches there too. My login fails.', 'Lincoln Middle School'],
  ])('%s: the customer\'s own school, where an event is or someone else works too', (subject, description, name) =>
    expect(school(subject, description).evidence.join(' ')).toContain(name));
});

describe("session 22's readings (school)", () => {
  it.each([
    ['Sandbox', 'Please refresh the sandbox for Tri-County Education Service Center.', 'Tri-County Education Service Center'],
    ['Rostering', 'We buy through Erie BOCES and the roster sync stopped.', 'Erie BOCES'],
  ])('%s: a service center', (subject, description, name) => expect(school(subject, description).evidence.join(' ')).toContain(name));
  it.each([
    ['Steps', 'Press ESC to close the quiz window and it freezes.'],
    ['Summer', 'Our Summer Academies start in June; can the courses be copied?'],
  ])('%s: a key or a program is no customer', (subject, description) => expect(school(subject, description).status).not.toBe('present'));
});
