import { buildCorpus, buildSources, toSafeTicket } from './source';
import { detectScope, readScope, scopeFromProse, scopeFromValue, widest } from './scope';
import { ticket } from '../fixtures/build';

const level = (text: string) => scopeFromProse(text);
/** The scope the whole engine reads in a ticket whose description is the text. */
const detectIn = (description: string) => detectScope(buildCorpus(buildSources(toSafeTicket(ticket({ description })))), []);

describe('scopeFromProse', () => {
  it.each([
    ['Only 1 user is affected', 'user'],
    ['It is just one student', 'user'],
    ['a single teacher is affected', 'user'],
    ['only her account is affected', 'user'],
    ['only this user sees it', 'user'],
    ["Her classmates' attempts are fine, it's only her.", 'user'],
    ['he is the only one', 'user'],
    ['Everyone else can log in.', 'user'],
    ['solo a un alumno', 'user'],
    // One's own account in Spanish (a student, a guardian): one user, as the Spanish sets label it.
    ['Mi cuenta dice que tengo dos tareas pendientes.', 'user'],
    ['No puedo entrar a mi cuenta desde ayer.', 'user'],
    ['Mi esposo sí puede entrar con su cuenta, solo yo no.', 'user'],
    // Not knowing something else than how far it reaches leaves the scope said.
    ["Every student in my 3rd period gets the error when they open the quiz. I'm not sure how far back the missing grades go.", 'class'],
    // Session 7: counted others said fine, a single campus, the remaining campuses fine, all 3 high schools.
    ['3 of our 8th graders show as 7th grade. The other 40 or so 8th graders came through fine.', 'user'],
    ['We are reporting an SSO failure affecting a single campus.', 'school'],
    ['Only Northridge fails. Our remaining ten campuses launched normally.', 'school'],
    ['It is hitting all 3 HS in the district.', 'school'],
    // Session 14: every one of a role there, every grade.
    ["None of the counselors here (there are 3 of us) can see it on any student.", 'school'],
    ["my colleague ms. ruiz said hers are doing it too, and mr. tate. thats all 3 of us counselors here", 'school'],
    ["The 14 missing all have a hyphen in their name. That's across all grades at the high school.", 'school'],
    ["Every campus we have, and Parkview USD's tech director texted me that they're seeing the identical thing.", 'all'],
    // Counted others fine, the rest of one period fine.
    ['The export has 0 rows for Los Olivos. The other 11 schools are fine.', 'school'],
    ['El archivo sale con 0 registros para Los Olivos. Las otras 11 escuelas salen bien.', 'school'],
    ['no just her, the rest of 5th period finished fine', 'user'],
    // One person by name or as "just hers", closing the clause; not a place or a page named so.
    ['Scope: just hers, everyone else is fine', 'user'],
    ['Todos los demás ya están en el grupo, solo falta ella.', 'user'],
    // A student's peers fine beside the class where it happens: one user; a teacher's peers fine: that teacher's class.
    ["I assigned it to the whole class like always. Tyler goes to To-Do and nothing. The other 25 kids see everything fine.", 'user'],
    ['Mis alumnos de 4° grado usan la app. Diego no ve sus tareas; los demás niños del salón sí las ven sin problema.', 'user'],
    ['Mi hijo no ve sus tareas en su clase de matemáticas. Su hermana sí puede entrar bien.', 'user'],
    ["My 3rd period can't open the quiz. My co-teacher's sections are fine.", 'class'],
    ["rick my kinders cant log in w their badges this morning. all 22 of them.", 'class'],
    ['Mi clase de periodo 5 tiene alumnos viejos. Mis otras clases están bien, solo periodo 5. No sé si ya corrieron el sync.', 'class'],
    ['no idea, its friday night nobody else is here', null],
    // Session 14's review: one person named must be a person; others placed beyond the class are no classmates.
    ["Daniel Ruiz can't see his grades. The whole class has the assignment. It's just Daniel.", 'user'],
    ["The whole class has the lag. It's only Chrome.", 'class'],
    ['The whole school gets a 500. It is only Attendance.', 'school'],
    ["None of our teachers can log in. It's only Lakeview. Lakeview Elementary is ours.", 'school'],
    ['All my 2nd period kids get the error; every other student I have in my other periods is fine.', 'class'],
    ['The whole 3rd period has it. The other 90 students in my other sections are fine.', 'class'],
    ['Mis alumnos de 3°B no ven la tarea. Los demás alumnos de la escuela están bien.', 'class'],
    ["Nobody in the building can print. I haven't checked the rest of the printer settings yet.", 'school'],
    ['the parent app crashes for all 3 of us here at home', null],
    ["I'm at Jefferson County Schools and we have the same login loop at all 9 of our campuses.", 'school'],
    ['Harris County ISD has the same setup as us. My class sees the error.', 'class'],
    ['Everyone else is in and working, only her.', 'user'],
    ['it only lets me do it for just one kid at a time. The whole class is waiting.', 'class'],
    // A rate is no group: "only one section per class"; "per her" is who says it.
    ['Confirmed in Clever there is only one section per class. The whole school has duplicates.', 'school'],
    ['Only this kid per her, the rest of grade 11 look right.', 'user'],
    ['Just him per Mr. Diaz.', 'user'],
    ["It's the entire 5th grade per Mrs. Gomez.", 'school'],
    // "not affected" says the others are fine.
    ['The sync failed at Lowell High. Our other 15 schools are not affected.', 'school'],
    ['Good day, in Kingsway Bilingual School no one can open the BrightLearn site since 8 am.', 'school'],
    ['This will affect all ~400 summer school students at our two summer sites (Central HS and Eastside HS).', 'school'],
    ['About 60% of our families at Rio Vista Elementary speak Spanish.', 'school'],
    ['My student Ahmed Yusuf (username ayusuf28) is doing the final exam and the page froze.', 'user'],
    ['My student ID is 4471203 and the whole 2nd period got Q7 marked wrong.', 'class'],
    ['My 2nd period gets the error. Other teachers are fine.', 'class'],
    ["The whole class has it. It's only Lakeview. Lakeview Elementary is ours.", 'class'],
    ['The whole class times out. It is only Gradebook: open the Gradebook and wait.', 'class'],
    ['Every Chromebook at Kennedy Middle School has it.', 'school'],
    ['I need a report of student logins for every school in the district.', 'school'],
    ['cx says no teacher in the building can print report cards today.', 'school'],
    ['My teammate is presenting the same lesson and hers works, so just me I guess.', 'user'],
    ['No other teacher in the building has it.', 'user'],
    ['Solo estos dos alumnos de 8vo B; el resto del grupo sí ve sus notas.', 'user'],
    ['People from like 5 different states are saying the same thing right now.', 'all'],
    ['We have students from different states in our online school.', null],
    // A handful counted: users, unless a class is named ("3 kids in my 5th period").
    ['3 students get "Attempt in progress" when they open the quiz.', 'user'],
    ['3 kids in my 5th period have the timer reset.', 'class'],
    ['I have two kids at different schools.', null],
    ['This only affects Lakeview Elementary. Oak Hill Elementary came through fine.', 'school'],
    ['Please enable Google sign-in for our domain for all students and staff.', 'school'],
    ['Its not just me, every teacher in my building who gave a timed quiz today is texting me.', 'school'],
    // A review of session 11's phrases: what they must not read.
    ['The app runs fine, just me and my students in 6th period get kicked out.', 'class'],
    ['Grade 4 students cannot hear the audio in Lesson 3.', null],
    ['All but 3 students are locked out this morning.', null],
    ['I put students in groups of 4 students and now the group page is blank.', null],
    ['Our virtual academy enrolls kids from 12 different states and none of them can open lesson 4 today.', null],
    ['Our co-op serves 12 member districts, but only Kline County is affected by the roster error.', null],
    ["We're one of dozens of districts in the state using your platform.", null],
    ["No teacher in our building has reported this yet, I'm the first one.", null],
    ["It fails on every device at Grandma's house too, but works at school.", null],
    ['When I try to send a message to all students and staff, it says Permission denied.', null],
    ['Desde el lunes no cargan las calificaciones. El resto del grupo tampoco puede entrar.', 'class'],
    ['Harbor USD, Kline County, a bunch of districts out of state all have it.', 'all'],
    ['We push rosters for 37 member districts and all 37 failed.', 'all'],
    ['It is not working AGAIN and none of the teachers in this building can use it today.', 'school'],
    // A third review of session 11's phrases: what they must not read.
    ['No students can log in in Canvas since this morning, they get an error.', null],
    ['Can you make the announcements visible for all students and teachers in my section?', null],
    ['Lots of districts have asked for this. Can you add a dark mode to the student app?', null],
    ["We serve 37 member districts and all of them use SSO, but only Kline County's login is failing.", null],
    ["I asked a colleague at Pine Ridge School District and theirs syncs fine too, so it's just us.", null],
    ['We have teachers from 5 different states in our online PD cohort.', null],
    ["Two students said they see a blank page, I haven't asked the others yet.", null],
    ['Several kids (at least 3 students) cannot log in, error 401.', null],
    ['Up to 4 students can join a breakout room, but when a 5th joins the room crashes.', null],
    ['Block 2 students cannot submit the quiz.', null],
    ['None of the other teachers in the building have it.', 'user'],
    ['The teacher next door can log in fine on hers.', 'user'],
    // A second review of session 11's phrases: what they must not read.
    ["The grades in the whole class don't match what's in PowerSchool.", 'class'],
    ['Is it the whole school? no just her class', null],
    ['Sync is broken for one student. I asked the admin at Cedar Bluff district whether they see it too.', 'user'],
    ['This was the same issue at another district I worked at years ago, not related.', null],
    ['All 24 iPads on the 5th grade cart crash when a video starts.', 'class'],
    ['Is anyone else in the class affected? no just him', 'user'],
    ['yes all 9 buildings. and my buddy who runs tech at Cedar Bluff district just texted me theirs is down too', 'all'],
    ['Scope: all 18 districts. Also saw the same report from a district in Oklahoma on the forum.', 'all'],
    ['I work at Fulton Ridge district and they say it is down too.', null],
    ['Our other eleven schools imported successfully in the same run.', 'school'],
    ['Launching fails for everyone at Westlake High School. Our other high school (Eastlake) is launching fine.', 'school'],
    // ...and what these must not catch: a finished import is not the others being fine, a course's name is no student.
    ['Other teachers in the building see it too, even though the import finished successfully.', 'school'],
    ["The Unit Test in my 4th period class won't open.", 'class'],
    ['Las tareas se ven bien, es solo el reporte de calificaciones que sale en blanco para toda la escuela.', 'school'],
    ['the whole class sees it', 'class'],
    ['the entire class', 'class'],
    ['only in one period, my other periods are fine', 'class'],
    ['all the students in her period', 'class'],
    ['my entire 2nd hour (28 kids) is stuck', 'class'],
    ['It freezes for everyone in my 3 sections', 'class'],
    ['Four of my students with IEPs. Everyone else in the class was fine.', 'class'],
    ['entire school is down', 'school'],
    ['the whole school', 'school'],
    ['every tablet at Lincoln Middle', 'school'],
    ['all our campuses', 'school'],
    ['it is school-wide', 'school'],
    ['the whole district', 'school'],
    ['districtwide outage', 'school'],
    ['23 teachers at Parkside MS', 'school'],
    ['every student at Maple Valley Middle School', 'school'],
    ['all partners report it', 'all'],
    ['every district we host', 'all'],
    ['all customers', 'all'],
    ['Every Canvas LTI 1.3 partner appears affected', 'all'],
    ['platform-wide incident', 'all'],
    ['toda la escuela', 'school'],
    ['un solo alumno', 'user'],
    // Exclusion and counting, in words of our own.
    ['Nobody else in his section has the problem.', 'user'],
    ['the only child who sees it', 'user'],
    ['per the dad, it only affects his daughter', 'user'],
    ["It's just Mr. Okafor, the other science teachers are fine.", 'user'],
    ['impacts 1 section', 'class'],
    ['Each kid on my roster gets the wrong due date.', 'class'],
    ['whole bldg down since 8', 'school'],
    ['this is all of Ridgeview Middle', 'school'],
    ['our entire faculty', 'school'],
    ['Every classroom at Garfield has it.', 'school'],
    ['it is every school we support', 'all'],
    ['every 6th through 8th grade teacher', 'school'],
    ['the assignments fail at three of our elementary schools', 'school'],
    ['lo ven mis tres grupos de la tarde', 'class'],
    ['solo a mí, mi hermana sí puede entrar', 'user'],
    // The others' "sí" before what they can do says they are fine; "si" alone ("if") does not.
    ['Su hijo ve la pantalla gris. Los compañeros de su clase si pueden entrar.', 'user'],
    ['No sé si pueden entrar mis compañeros.', null],
    ['Mis compañeros tampoco pueden entrar a la plataforma, avísenme si pueden revisarlo.', null],
    ['My colleagues get the same error on their laptops, even though our wifi is fine.', null],
    ['My son gets an error 403 on all of his devices at the school, but at home it works.', 'user'],
    ['I cannot open any of the 3 sites you linked in your last email.', null],
    ['It is every shared iPad in the building (5 carts, K-5).', 'school'],
    ['Es solo su hijo, nadie más en el salón.', 'user'],
    ['some of my students cannot see it', null],
    ['all the laptops in Room 12 fail; the other Pre-K homerooms are fine', 'class'],
    // A group said to be fine is the others: the problem is narrower than that group.
    ['Jonah cannot get in. The whole class logged in fine this morning.', 'user'],
    ['Nadie más tiene el error, todo el grupo entró sin problema.', 'user'],
    ['Only 4th block. My other blocks are fine.', 'class'],
    ['mis alumnos de 3°C no pueden abrir la lección', 'class'],
    ['algunos de mis alumnos no la ven', null],
    ['Mis dos hijos tienen el mismo problema.', 'user'],
    ['Nobody at Fairview Prep can open it since 8.', 'school'],
    ['every student in my 5th period Biology class', 'class'],
    ["only Mrs. Patel's 2nd period algebra section", 'class'],
    ['todos los alumnos de mi clase ven la pantalla en blanco', 'class'],
    ['it happens in all 3 of her classes', 'class'],
    ["I set it up for all of my classes, the kids love it. Everyone else's scores look right - it's only him.", 'user'],
    ['Biology (Period 3). Her classmates are fine, it is only her.', 'user'],
    ['3rd period gradebook not saving', 'class'],
    ['Section 2231 posts 0 records. The other JUSD high schools are posting fine.', 'school'],
    // The group a single person is in is where, not who; more words for wide and narrow.
    ['One kid from my 6th period gets logged out every day.', 'user'],
    ['A single student in our 2nd grade class sees it.', 'user'],
    ['Theirs was the only account with the wrong grade.', 'user'],
    ['Nada más a un maestro le sale el error.', 'user'],
    ['Todos los padres del colegio tienen el problema desde ayer.', 'school'],
    ['per the principal the entire dist. is down', 'school'],
    ['Each classroom loses the connection at 10.', 'school'],
    ['Many teachers across Oakdale High report it.', 'school'],
    ['every district on the new SSO is hit', 'all'],
    // Ranges of grades and rooms, a teacher's cart, a grade's classrooms, all of a school's families.
    ['grades 6 through 8, every section', 'school'],
    ['Grades 2-4 at Elm Park, all homerooms, see it.', 'school'],
    ['it fails in rooms 210-224 only', 'school'],
    ['each of the 24 ipads on my cart crashes', 'class'],
    ['the tablets in our 2nd grade classrooms freeze', 'school'],
    ['All of our parents got the wrong link.', 'school'],
    ['we need to merge two accounts for the same student', 'user'],
    ['Es para todo el segundo grado.', 'school'],
    ['Ninguna de nuestras escuelas puede entrar.', 'school'],
    ['Falla en las dos secciones del colegio.', 'school'],
    ['Ningún alumno de primaria puede abrirlo.', 'school'],
    ['all 30 kids in the section get it', 'class'],
    ['the students in Room 14 cannot log in', 'class'],
    ['Every tchr here sees the banner.', 'school'],
    ['Nobody... wait, anyone in the district gets it.', 'school'],
    ['All grade levels at Cole Middle.', 'school'],
    ['Other schools in our state see the same thing.', 'all'],
    ['Other schools in the district look fine.', 'school'],
    ['Solo le pasa a un papá.', 'user'],
    ['Solamente con mi usuario.', 'user'],
    // An agent's chat turn tells what support knows, not how far the customer's problem reaches.
    // A customer's line that names support is not an agent's turn.
    ['Attn Support: every teacher in our building is getting the login error', 'school'],
    ["[08:05:12] Trevor Lang: is it down?? none of my kids can log in\n[08:05:30] Agent (Tom): Hi Trevor - we're currently investigating a login issue affecting multiple customers.\n[08:05:58] Trevor Lang: ok. its my whole homeroom, 24 kids", 'class'],
    ['Todas las maestras lo tienen.', 'school'],
    // Session 17: a handful picked out are users, when the count closes its clause.
    ["It's only these 5, I went through the whole building's export and everyone else has one account.", 'user'],
    ['Sí, los otros 209 alumnos salieron bien, solo esos tres.', 'user'],
    ['The other four IEP students in that class are fine, so it is just these three as far as I can tell.', 'user'],
    ['Questions 4, 7 and 9 on the Unit 3 quiz mark right answers wrong for my whole 3rd period. Only these 3, the rest of the quiz grades fine.', 'class'],
  ])('%s -> %s', (text, expected) => expect(level(text)).toBe(expected));

  it.each([
    // Session 17's reviews: a count of things picked out says nothing of who.
    'Only these 3 questions are affected.',
    'Two chromebooks in the cart will not load it, cart 3 #12 and #14. Just those two as far as I can tell.',
    'Buenos días, las escuelas Juárez y Morelos no tienen los horarios. Solo esas dos, las otras 8 del distrito están bien.',
    "It doesn't load in Safari on the iPads. Seems like only Safari, Chrome is fine.",
    'It happens on just those two chromebooks in the cart, the other 28 work fine.',
    'Solo esas tres tareas de la semana pasada no se ven.',
    'It is not the whole school',
    "This isn't affecting the entire class",
    'does not seem to be all partners',
    'The teacher said the gradebook is slow.',
    // One's own account going wrong says who writes is affected, nothing of anyone else (session 18's sets).
    'My account says I have 2 missing assignments but I turned both in.',
    "I can't log into my account since yesterday.",
    // Session 13's review: other places named, not other customers having it now.
    'Neighboring counties saw the same issue last spring, it was a filter problem then.',
    'I used to work at Riverside USD and they had the same setup, never had this problem.',
    'Some of the districts we support use Clever, others use ClassLink.',
    'One teacher reported it so far.',
    'Is it the whole school?',
    'Does it happen for all your students or just some?',
    'it freezes for everyone',
    'Each teacher at the start of the school year gets a new roster.',
    'The new campus will serve grades 6-8 from August.',
    'My login is mdiaz@lincoln.org and the co-teacher is not on my roster.',
    "She isn't sure how widespread it is, a couple teachers mentioned something.",
    // "My account" that is not the one affected: a person at the company, a menu, where one looks from.
    'I emailed my account manager last week about this and never heard back.',
    'When teachers go to My Account and click Change Password, they get a 500 error.',
    "I'm the district admin. From my account I can see the sync failed.",
    'Our other 11 schools need to clean up their rosters before the next import too.',
  ])('%s -> no level', (text) => expect(level(text)).toBeNull());

  it('a negated wide phrase leaves the stated narrow one', () => {
    expect(level('Not the whole school, only one class')).toBe('class');
  });

  it('takes the widest level stated', () => {
    expect(level('First one student, now the whole school')).toBe('school');
  });

  it("keeps a line break between a negation and the next line's phrase", () => {
    expect(level("we can't log in\nthe whole school")).toBe('school');
  });
});

describe('readScope', () => {
  const hit = (value: Parameters<typeof readScope>[0][number]['value']) => ({ value, start: 0, end: 1 });

  it('keeps the level within the class when the others are said to be fine', () => {
    expect(readScope([hit({ kind: 'stated', level: 'school' }), hit({ kind: 'othersFine', level: 'user' })]).level).toBe('class');
  });

  it('gives the narrow level of "the others are fine" alone', () => {
    expect(readScope([hit({ kind: 'othersFine', level: 'user' })]).level).toBe('user');
  });
});

describe('detectScope', () => {
  const detect = (description: string, comments: string[] = []) => {
    const t = ticket({ description });
    t.comments.push(...comments.map((body, i) => ({ id: 90 + i, body, public: true, attachments: [] })));
    return detectScope(buildCorpus(buildSources(toSafeTicket(t))), t.tags);
  };

  it('reads the answer in a later comment, not the question', () => {
    const r = detect('The quiz shows 0 for a student.', ['Is this for all of your classes or one section?', 'Only P1.']);
    expect(r.level).toBe('class');
    expect(r.found.evidence).toEqual(['comment 3: Only P1']);
  });

  it('reads a later answer after not knowing, where it says how far it goes', () => {
    const thread = ['Do you know if other teachers are seeing this?', 'Not sure about other teachers, I will ask around.'];
    const answered = detect('Due dates jump to Saturday when I save.', [...thread, 'I asked at the staff meeting and everybody at our school who tried it got the same thing.']);
    expect(answered.level).toBe('school');
    expect(answered.found.evidence).toEqual(['comment 4: everybody at our school']);
    // An example named later ("3rd period") says where one case happened, not how far it goes.
    expect(detect('Attendance lands in the wrong period. She is not sure how widespread it is.', ['Here is one: student 300118842 was marked absent 3rd period.']).level).toBeNull();
    // Support's own later word is no answer.
    expect(detect('Due dates jump to Saturday. Not sure about other teachers.', ['This may affect everybody at your school.\n\nThanks,\nSam, Brightpath Support']).level).toBeNull();
    // Nor an internal note's guess; a note relaying the customer is her answer.
    const relayed = ticket({ description: 'Due dates jump. Not sure about other teachers.' });
    relayed.comments.push({ id: 91, body: 'Called Ms. Lee back: she asked around, it is only her class, the other 4th grade teachers are fine.', public: false, attachments: [] });
    expect(detectScope(buildCorpus(buildSources(toSafeTicket(relayed))), relayed.tags).level).toBe('class');
    const t = ticket({ description: 'Due dates jump to Saturday. Not sure about other teachers.' });
    t.comments.push({ id: 90, body: 'Pinged eng - looks like the whole district is hit.', public: false, attachments: [] });
    expect(detectScope(buildCorpus(buildSources(toSafeTicket(t))), t.tags).level).toBeNull();
  });

  it('not knowing how many is missing, not weak', () => {
    const r = detect("Reports fail for the whole district. Not sure how many users - I don't know if others have it.");
    expect(r.level).toBeNull();
    expect(r.found.status).toBe('missing');
  });

  it("an agent's question about the others answered with not knowing is missing", () => {
    const chat = [
      "(7:20 PM) Visitor: Hi, mi hija no puede abrir el reading assignment, le sale 'Access denied'",
      '(7:22 PM) Agent: Is it only happening to her, or to other kids in her class too?',
      '(7:23 PM) Visitor: no sé, la verdad',
    ].join('\n');
    expect(detect(chat)).toMatchObject({ level: null, found: { status: 'missing' } });
    const email = detect('Grades for my Civics class are not showing.', ['Is anyone else seeing this?\n\nThanks,\nSam, Brightpath Support', 'Not sure yet, will ask around.']);
    // The customer's own question, or a "Do not think so", is no answer that nobody knows.
    expect(detect('My daughter Emma cannot log in. Has anyone else reported this?', ['Not sure yet, I will check.']).level).toBe('user');
    expect(detect('(1:02 PM) Visitor: My 3rd period Biology class cannot submit\n(1:03 PM) Agent: Is anyone else seeing this?\n(1:03 PM) Visitor: Do not think so').level).toBe('class');
    expect(email).toMatchObject({ level: null, found: { status: 'missing' } });
  });

  it('a stated extent stands when the question about the others is answered with not knowing', () => {
    const chat = ['(09:41:20 PM) Rob: every one of my 6 sections', '(09:41:44 PM) Kiara: Is anyone else in your building seeing this?', '(09:42:10 PM) Rob: dunno, everyone is teaching'].join('\n');
    expect(detect(chat).level).toBe('class');
  });

  it.each([
    ['My husband and I both get the error.', null],
    ['My friend has the same problem.', null],
    ['Our other two schools have the same problem.', null],
    ["Just me, my husband's app shows our son correctly.", 'user'],
    ['Our other two high schools (Eastlake and Westlake) import fine from the same export. It is this one high school.', 'school'],
  ])('others named are fine only when their sentence says so: %s', (text, level) => expect(detect(text).level).toBe(level));

  it('a request put as a question states the group it is for; a question about the group does not', () => {
    expect(detect('Could you turn on Spanish as the default for our whole school?').level).toBe('school');
    expect(detect('The report is empty. Is it the whole school?').level).toBeNull();
    expect(detect("The report is empty. She isn't sure how many are affected, maybe the whole school.").level).toBeNull();
    expect(detect("Export is greyed out. Not sure if any other teachers have it, she hasn't asked around.").level).toBeNull();
    expect(detect("Same spinner. Not sure about the other teachers yet, I'll ask at the dept meeting Thursday.").level).toBeNull();
    // In a chat, the favour opens after the speaker's header; asking to check whether is still a question.
    expect(detect('[14:01:12] Visitor: can you reset passwords for my whole 1st period? 24 kids, they all forgot').level).toBe('class');
    expect(detect('The report is empty.\n[14:02:10] Agent: can you check if it is the whole class?').level).toBeNull();
  });

  it.each([
    ["He's the only one, the other 25 turned theirs in without a problem.", 'user'],
    ['My older son logs in on the same iPad and his courses are all there, so it is just the little one.', 'user'],
    ['The other 27 logged in without any issues.', 'user'],
  ])('one user by exclusion, in a parent\'s or a teacher\'s words: %s', (text, level) => expect(detect(text).level).toBe(level));

  it.each([
    ['Solo le pasa a ella, su hermano (3er grado, misma escuela) sí ve sus tareas en el mismo teléfono.', 'user'],
    ["I've had complaints from teachers all over the building at Bayview Middle that it is slow.", 'school'],
    // An answer "no" opening the turn, its comma left out, does not negate the group after it.
    ['[18:24:20] Visitor: no the whole science dept at Eastlake HS sees it, 4 of us checked', 'school'],
    ['From any Canvas course the launch gives a white page. Every course, every user, teachers and students.', 'school'],
    ['Only homeroom 7B, 7A and 8th grade print fine.', 'class'],
    ['(9:32 AM) Agente: ¿Es solo esta alumna?\n(9:32 AM) Visitante: sí, solo ella', 'user'],
    ['This is for three 8th grade sections, 84 students total.', 'class'],
    ["[17:27:30] Visitor: only the iPad cart for room 112 (Ms. Dorsey's ELL class). chromebooks in the same room work fine", 'class'],
    ['[17:33:15] Agent (Keisha): Is anyone else you know locked out?\n[17:33:30] Bao Nguyen: no just me my friends are all in', 'user'],
    ['[15:04:15] Ángel Hernández: si a ellos si les abre, nomas a mi no.', 'user'],
    ['Los de 4°A sí la ven sin problema, así que es solo ese curso.', 'class'],
    // Not knowing which ones is not not knowing how many.
    ["A handful of my 2nd graders (maybe 4 or 5 out of 23, I'm not sure exactly which ones) have their timer reset.", 'class'],
    ["We'd love for all 1,100 of our students to be able to launch it from Brightpath.", 'school'],
    ["Just that one acct - cx's own guardian acct can stay.", 'user'],
    ["I'm now hearing the same thing from Jefferson and Adams too, so this is at least three of our buildings.", 'school'],
    ['(10:05) Gabriela Méndez: en 5 de mis 6 grupos, el de 6to B está bien.', 'class'],
    ['Every classroom in her building. Eastfield and Pine Ridge districts reported the same (see incident INC-2291).', 'all'],
    ['el grande ya lo tengo en la cuenta y ese sí funciona, es nomás el chiquito que entró este año a kínder', 'user'],
    ['team msgs not going out to parents since monday. none of the parents on the team got the game change for thurs.', 'class'],
    // An indirect question, and knowing nobody else, are no scope.
    ["I asked whether it's all his classes or other teachers too - he had to go teach, said he'd check.", null],
    ['[23:17:20] Visitante: no sé, no conozco a nadie más que lo esté usando', null],
    ['It happens in my whole class. Let me know if you need more.', 'class'],
    ['No roster changes have come through for any of your 7 schools since then.', 'school'],
    ["This is across at least 6 teachers' courses in our building, basically anyone who uses EX.", 'school'],
    ['(3:09 PM) Graciela Ibarra: sí, otros 4 alumnos lo tienen y les funciona. solo él', 'user'],
    ['(16:42) Visitante: es solo él, los demás del salón entraron bien hoy', 'user'],
    // "No," answering first does not negate the fine after it.
    ['Su hermano no, sin problema ninguno.', 'user'],
    ['Mi hijo no ve sus tareas. A sus compañeros sí les funciona.', 'user'],
    ['usuario: rgarza.oficina\nUso Chrome. Las maestras sí pueden, solo yo tengo el problema.', 'user'],
    ['My co-teachers can post announcements, only I get the error.', 'user'],
    ['Since they rotated their Canvas keys, LTI launches fail for every teacher at the academy.', 'school'],
    ['Checked with the other 4th grade rooms and upstairs - it\'s only Brenda\'s room, the others use Whiteboard Mode daily.', 'class'],
  ])('a school, a class or one user in other words: %s', (text, level) => expect(detect(text).level).toBe(level));

  it('"not the whole school" still negates it', () => expect(detect('It is not the whole school.').level).toBeNull());

  it.each([
    "A bunch of my kids keep getting kicked out. Honestly I couldn't tell you how many, and I have no idea if other teachers are seeing it.",
    '- cx says "a bunch" of her kids keep getting logged out during testing\n- couldn\'t say which kids or how many',
    "Assigned to Period 4 and a few of my kids can't see it. I'm not sure exactly who or how many yet.",
    "- he's only tried from his own acct, doesn't know if other admins can send\n- escalated P1, told cx we'd call back by 4:30",
  ])('not knowing who or how many, in other words, is no scope: %s', (text) => expect(detect(text).found.status).toBe('missing'));

  it.each([
    ['Hi, could you tell me how to share a quiz with the whole school?', null],
    ['Hello, could you tell me is it the whole district or just us?', null],
    ["I've looked all over the school website for the setting.", null],
    ['Our whole IT department has looked at this. It happens in my class.', 'class'],
    ['Only section headers are missing from the rubric.', null],
    ['La directora está de vacaciones y solo ella puede cambiar la configuración.', null],
    ['Solo yo puedo cambiar la configuración, la directora está de vacaciones.', null],
    // Doubted, supposed, who may, or another thing (the second review).
    ['El alumno no puede entrar a la tarea. No creo que sea solo él, los demás no han entrado.', null],
    ['Pensé que era solo él, pero hoy otros 6 tampoco pueden.', null],
    ['¿Quién más tiene acceso de administrador? Solo yo.', null],
    ['Solo yo tengo el error de la imagen adjunta, ya les mando captura.', null],
    ["Only I have the error log, I'll attach it.", null],
    ['Grading is broken. Maybe only I have this issue, not sure yet.', null],
    ['I doubt only I have this problem.', null],
    // Working badly, or not known, is not fine.
    ['A los otros 4 alumnos les funciona mal también.', null],
    ['A los otros 4 alumnos les funciona, pero a medias.', null],
    ['Es solo él, los demás no sé.', null],
    ['El reporte sale en blanco. Lo puede generar solo yo, las demás no tienen el rol.', null],
    ['Supongo que solo yo, los demás no dijeron nada.', null],
    ['Posting fails. Seems like only I get the error.', null],
    ['Los otros 4 alumnos, no sé si les funciona.', null],
    ['Pasa solo el lunes, cuando entran todos a la vez.', null],
    ['No soy solo yo: la directora me pidió que les escribiera.', null],
    ['Otros 4 alumnos tampoco pueden, a ellos no les funciona.', null],
    ['Only I can change that setting, the principal is away.', null],
    ["It's just Lakeview's classroom list that breaks.", null],
    ["I can't tell you how many times I've reset her password. Every student in my 2nd period class gets the error.", 'class'],
    ["Every teacher at Lincoln sees it. I can't tell how many grades were lost.", 'school'],
    ["The whole school lost the schedule. Our secretary doesn't know if anybody backed it up.", 'school'],
    ['Two of our five schools cannot sync grades. The other 3 are fine.', 'school'],
    ['The whole class was working without issues until the update on Tuesday.', 'class'],
    ['All of my 4th period students are locked out. The IT guy is the only one who can reset them and he is off today.', 'class'],
    ['I marked P4 absent for the field trip and now the attendance will not save for that class.', 'class'],
    // A page's name in title case is not the writer's classes; a title-case subject still says who.
    ['How do I copy everything in My Classes to the new term?', null],
    ["My Students Can't Open Quiz", 'class'],
    ['MY STUDENTS CANNOT OPEN THE QUIZ, IT SHOWS A BLANK PAGE SINCE THIS MORNING', 'class'],
    ["One of the teachers in our building, Ms. Lee, can't open the quiz; it shows a blank page.", null],
  ])('words that look like scope but say another thing (a review of session 10\'s rules): %s', (text, level) => expect(detect(text).level).toBe(level));

  it("a form's \"not sure\" stands against support's advice and the customer's plans", () => {
    const form = 'Submitted via Help Center\nDescribe the issue: gradebook blank\nHow many users are affected?: not sure';
    expect(detect(form, ['Please have every teacher in the building clear their browser cache.\n\nThanks,\nPriya\nBrightPath Support']).level).toBeNull();
    expect(detect(form, ["I'll check with the other teachers and see if anyone else in the building has it."]).level).toBeNull();
  });

  it('a ticket\'s priority is no class period', () => {
    expect(detect('Alert fails to send. Escalated P1.').level).toBeNull();
    expect(detect('Erin Blake: P4 and P6 are fine.').level).not.toBeNull();
  });

  it('a counted group with its noun is no "other students"', () => {
    expect(detect('Students at three campuses see no classes; the other eight campuses are fine.').level).not.toBe('user');
  });

  it('a counted group stated after "the others are fine" is not narrowed by it', () => {
    expect(detect('Existing students and their sections look fine; only new enrollments are missing. This is happening at all nine of our campuses.').level).toBe('school');
    expect(detect('The whole school lost its grades.', ['Correction: only Mr. Diaz, in his two sections. The other teachers are fine.']).level).not.toBe('school');
  });

  it('"no sé si a los demás les pasa" is not knowing how far it goes', () => {
    expect(detect('A mi hija no le aparecen las tareas. No sé si a los demás les pasa.').found.status).toBe('missing');
  });

  it('a labelled answer that nobody knows is missing, whatever the prose says', () => {
    const r = detect('Impact: honestly no idea, could be more\nMy students in 2nd period see the old video.');
    expect(r.found.status).toBe('missing');
    expect(r.level).toBeNull();
  });

  it("a form's answer \"I'm not sure\" is missing, not weak", () => {
    const r = detect("Who is affected?: I'm not sure, maybe more");
    expect(r.found.status).toBe('missing');
  });

  it("a form's \"not sure\" yields to a later comment that answers it, not to the form's own prose", () => {
    const form = 'Affected user: all teachers\nHow many users are affected?: not sure';
    expect(detect(form).level).toBeNull();
    const answered = detect(form, ['Is this happening for everyone at Northridge?', 'Yes, I asked around - every teacher in the building gets it.']);
    expect(answered.level).toBe('school');
    expect(answered.found.status).toBe('present');
  });

  it('a labelled placeholder ("customer will confirm", "asked") is no scope', () => {
    expect(detect('The export is empty.', ['Scope: customer will confirm']).level).toBeNull();
    expect(detect('The export is empty.', ['Scope: asked']).found.status).toBe('missing');
  });

  it('a form that answers "n/a" to how many are affected states no scope; a blank answer leaves it to the prose', () => {
    expect(detect('Affected: n/a\nPlease move my two Biology sections to the new term.').found.status).toBe('missing');
    expect(detect('Affected:\nMy whole 3rd period cannot open the lab.').level).toBe('class');
    expect(detect('Affected: see above\nMy whole 3rd period cannot open the lab.').level).toBe('class');
  });

  it('a labelled level with doubt about the rest keeps its level', () => {
    expect(detect('Scope: two classes, I do not know about the others').level).toBe('class');
  });

  it('a question opened with "¿" is not the scope, in any word order', () => {
    const r = detect('Las imágenes no cargan.', ['Hola, ¿le pasa a todo el distrito o a un solo grupo?']);
    expect(r.found.status).toBe('missing');
  });

  it.each(['Some students cannot log in, about 25 of them.', 'Several students (at least 6) cannot open the quiz.', 'Hundreds of students cannot log in this morning.', 'Algunos de mis alumnos no ven la rúbrica, como 15.', 'Many students across several classes have the wrong due date.'])(
    'a vague group counted beside it is weak: %s',
    (text) => expect(detect(text).found.status).toBe('weak'),
  );

  it('a number elsewhere in the sentence does not count the group: "a couple kids have like 40%"', () =>
    expect(detect('The averages look wrong. A couple kids have like 40% who should be passing, room 413.').found.status).toBe('missing'));

  it('"several students" says neither how many nor how far: missing; "7 students" is weak', () => {
    expect(detect('Several students cannot open the quiz.').found.status).toBe('missing');
    expect(detect('Some of my kids and a couple of parents say the page is blank.').found.status).toBe('missing');
    expect(detect('7 students cannot open the quiz.').found.status).toBe('weak');
  });
});

describe('scopeFromValue', () => {
  it.each([
    ['scope_one_class', 'class'], ['1 class', 'class'], ['school', 'school'], ['all_partners', 'all'], ['one_user', 'user'],
    ['single_user', 'user'], ['District', 'school'], ['entire_school', 'school'], ['All', 'all'], ['User', 'user'],
    ['1', 'user'], ['one', 'user'], ['everyone', 'all'], ['1 (the para)', 'user'], ['1 (Mr. Lee)', 'user'], ['1 (3rd period)', 'class'],
    // A quantifier reaches as far as what it counts.
    ["every teacher she's asked in her building has the same shift", 'school'],
    ['All quizzes at our school - every language teacher sees it', 'school'],
    ['all partners', 'all'],
    ['teachers cannot access their courses', null],
    ['every course in the district', 'school'],
    ['All courses', 'all'],
    ['solo esos dos alumnos, los otros 24 están bien', 'user'],
    // Rooms are classes.
    ['Rooms 12, 14 and 15 (the ones with the new Promethean boards)', 'class'],
  ])('%s -> %s', (value, expected) => expect(scopeFromValue(value)).toBe(expected));

  it.each(['see notes', 'several users', 'not sure', '', '1 (maybe more)', '1 (for now)', '1 (Lincoln Elementary)'])('%p -> null', (value) => expect(scopeFromValue(value)).toBeNull());
});

describe('widest', () => {
  it('orders user < class < school < all', () => {
    expect(widest('user', 'all')).toBe('all');
    expect(widest('school', 'class')).toBe('school');
    expect(widest(null, 'user')).toBe('user');
    expect(widest(null, null)).toBeNull();
  });
});

describe('scope said in other words', () => {
  it.each([
    ['every tablet on the cart freezes', 'class'],
    ['It is only happening for one teacher.', 'user'],
    ['All 120 kids in 6th grade get the old test.', 'school'],
    ['every 8th grader sees it', 'school'],
    ['Just me as far as I know.', 'user'],
    ['Multiple schools in our district are seeing it.', 'school'],
    ['Other teachers in my building have the same issue.', 'school'],
    ['no one in my class can submit', 'class'],
    ["It's just one kiddo.", 'user'],
    ['single student, everyone else is in', 'user'],
    ["we're hearing from districts all over the state", 'all'],
  ])('%p is %p', (text, expected) => expect(level(text)).toBe(expected));

  it.each([
    'Agent: Does this affect the whole school or one class?',
    'Is it one student, or the whole class?',
    'Just me again, following up on my ticket.',
  ])('asks, or says nothing of who: %p', (text) => expect(level(text)).toBeNull());
});

describe('a negation bears on the group only through words like "affect" or "happening to"', () => {
  it.each([
    ["It won't load for my whole class.", 'class'],
    ["The app doesn't open for anyone in the building.", 'school'],
    ["Kids can't log in anywhere in the district.", 'school'],
    ['None of our 4th or 5th graders can open the prompt.', 'school'],
    ["All four of our kindergarten teachers say there's no sound. That's all of kindergarten.", 'school'],
    ['The GPA is blank for every senior (about 310 students). I tried exporting one student at a time: still blank.', 'school'],
    ['Affects every Spanish-language parent account at Palmview Elementary.', 'school'],
    ['Same error from at least 9 other orgs this morning.', 'all'],
    ['Nobody at Ironwood Prep can sign in - all staff and students across our 4 campuses.', 'school'],
    ['The column is empty for all of my 5 sections.', 'class'],
    ['Los kids de mi dual language class (3rd grade, 2 secciones) no oyen el audio.', 'class'],
  ])('%p is %p', (text, expected) => expect(level(text)).toBe(expected));

  it.each(["It doesn't affect the whole school.", "It's not the whole class.", "This isn't happening to all of my students."])('negated: %p', (text) =>
    expect(level(text)).toBeNull(),
  );

  it('other customers said to be fine in the same sentence are the others, not the scope', () => {
    expect(level('Every user in the district gets it. Logged in fine as test users on two other tenants through the same login page.')).toBe('school');
    expect(level('All our students in the district fail. Checked two other orgs on the same shard - submits go through fine.')).toBe('school');
  });
});

describe('a handful of my students', () => {
  it.each([
    ['Two of my students cannot open the makeup test, everyone else took it last week.', 'user'],
    ['three of my kids get logged out, everyone else is fine', 'user'],
    ['Four of my students with IEPs have extended time and it is not applied. Everyone else is fine.', 'class'],
    ['All 25 of my students get the error.', 'class'],
    // Second review: the rest of the class, whom one asked or grouped, so far, a parent's children.
    ['All but two of my students get the error when they hit Submit.', 'class'],
    ['Everyone except three of my kids is locked out of the reading app.', 'class'],
    ['Only two of my students can open the quiz, everyone else gets an error.', 'class'],
    ['I asked two of my students to try on their phones and they got the same error as the rest of the class.', 'class'],
    // A list's number or a sentence's last number before a capital is no count: "unit 3. Students set ...".
    ["Something's off with the gas law simulation in Chemistry Foundations, unit 3. Students set the temperature and press Run.", null],
    ['1. Student signs in to ClassLink.\n2. Student clicks the LMS tile.', null],
  ])('%p is %p', (text, expected) => expect(level(text)).toBe(expected));
});

describe('review of session 12 phrases', () => {
  it.each([
    ['The Whiteboard works for any teacher at Lakeview Middle except me - mine spins forever.', null],
    ['I told everyone at my school about the new feature but now my gradebook won\'t open.', null],
    ['The login page is down for everyone at our school.', 'school'],
    ['All 5 of my classes lost their grades. No idea how far back it goes - at least since October.', 'class'],
    ['The import for the whole district is stuck. Unclear how far it got before it stopped.', 'school'],
    ['All teachers at Roosevelt Elementary are locked out. Waiting to hear back from other staff about the paper backup plan.', 'school'],
    ["The sync dropped the entire 7th grade at our school. I haven't had a chance to check if the nightly job ran again.", 'school'],
    ["not sure yet honestly, I got 2 emails from teachers and I'm waiting to hear back from the rest of the building", null],
    ['No pueden entrar los maestros. Solo le pasa a Lincoln, las otras escuelas del distrito entran bien.', 'school'],
    ['Solo con el grande se ve bien, en el celular no carga la plataforma.', null],
  ])('%p is %p', (text, expected) => expect(level(text)).toBe(expected));
});

describe('one teacher, the other teachers fine: one user', () => {
  it.each([
    ['Only me? The other three 4th grade teachers say theirs look right.', 'user'],
    ['Other tchrs fine, just his account.', 'user'],
    ['just me, other chem teachers fine', 'user'],
    ['Just me, everyone else in the department is fine.', 'user'],
    // Other teachers who have it too widen it; the others named fine do not.
    ['Other teachers in my building have the same issue.', 'school'],
  ])('%p is %p', (text, expected) => expect(level(text)).toBe(expected));

  it('a greeting "just me" says nothing of who', () => expect(level('Just me here, any news on this?')).toBeNull());
});

describe('todos los alumnos de <una escuela>', () => {
  it.each([
    ['Es para todos los alumnos ELL de Pine Hill Middle, unos 80.', 'school'],
    ['Les pasa a todas las maestras de Colegio Cervantes.', 'school'],
  ])('%p is %p', (text, expected) => expect(level(text)).toBe(expected));
});

describe('a group counted the size of a class', () => {
  const detect = detectIn;

  // Review: counts of who is fine, of a whole, of who someone has, a room's number, of teachers, a plan.
  it.each([
    "All 450 students logged in fine this morning except Ben Torres (ID 3319054), who gets 'account locked'.",
    'It works for the other 25 students in class but Ana Lopez gets an error when she submits.',
    'The board in room 214 students use will not load the lesson.',
    'About 20 of our 500 students get a blank page.',
    "About 30 teachers can't sign in to the gradebook since this morning.",
    "We'll have 25 kids using it next week, right now the login fails for me.",
  ])('no level from a count that is not who has it: %p', (text) => expect(detect(text).level).toBeNull());

  it('is the class when nothing else is said: "7th grade was in computer lab 3 this morning, about 30 kids"', () =>
    expect(detect('7th grade was in computer lab 3 this morning, about 30 kids. They type their password once and it says locked.').level).toBe('class'));

  it.each(['A few kids (about 10 students) say it.', 'About 40 students report it.'])('not a count smaller or larger: %p', (text) =>
    expect(detect(text).found.status).toBe('weak'));
});

describe('a group counted in the hundreds', () => {
  const detect = detectIn;

  it.each([
    'New building opens in August, about 450 students and 30 staff. Please add it to our Clever sync.',
    'The report card PDFs came out blank for all 1,900 students.',
  ])('is the school when nothing narrower is said: %p', (text) => {
    const r = detect(text);
    expect(r.level).toBe('school');
    expect(r.found.status).toBe('present');
  });

  it('leaves a narrower group said beside it: "all five of my sections, about 140 kids"', () =>
    expect(detect("It's hit all five of my sections, about 140 kids lost the point.").level).toBe('class'));

  it.each([
    'Could you send pricing for the summer add-on? We are looking at about 120 students.',
    'We need an invoice for 450 student licenses for next year.',
  ])('is no scope in a message about a sale: %p', (text) => expect(detect(text).level).toBeNull());

  it('a count between a class and a school stays unclear', () => expect(detect('Roughly 40 students report the editor loses their text.').found.status).toBe('weak'));
});

describe("session 18's review: new phrases in their near misses", () => {
  const detect = (description: string) => detectIn(description).level;
  it.each([
    // "Not just us/them" is all customers only where other customers are named around it.
    ["It's not just them - my whole 4th period can't open the quiz either.", 'class'],
    ["Hi, my twins can't see their report cards. So not just them, my neighbor's kid also can't.", null],
    ['Nobody can log in. This is not just us - two other tech directors on the state K12 listserv report the identical error.', 'all'],
    // The rest of a roster, every other senior: classmates only where they are said fine.
    ["Mr. Lopez's 5th period: the rest of his roster can't log in either.", 'class'],
    ['Eight of our seniors cannot export. Every other senior (the other 96) exports fine.', 'user'],
    // Buildings counted where someone works, not where it happens.
    ['I split my time across 2 campuses. In my 5th period at Westside, the quiz shows blank for everyone.', 'class'],
    ["I am the tech coach for teachers at 4 buildings. One teacher, Mr. Dunn, can't see his 2nd period roster.", 'class'],
    ["cx says teachers at 3 buildings can't submit attendance: Lakeland Primary, Lakeland Intermediate, Lakeland Middle.", 'school'],
    // Who may, in Spanish.
    ['Solo estos maestros pueden editar las calificaciones, pero ahora ninguno de los 40 maestros de la escuela puede entrar.', 'school'],
    // Second review: data correct elsewhere is no one fine; "not just us" with one's own district; Spanish
    // "puede" opening a request after a break; who does a thing; buildings one covers.
    ["All my students' grades are correct in Skyward but show as 0 in your app.", 'class'],
    ["This is not just us. Our whole district can't log in this morning.", 'school'],
    ["It's not just us. Everyone in my 2nd period class has the same blank screen.", 'class'],
    ['Solo mi cuenta. ¿Puede revisarla por favor?', 'user'],
    ['Only the three of us admins have access to that page, and it shows an error for every campus.', 'school'],
    ['I float across 3 buildings. In my Adams class the quiz is blank for everybody.', 'class'],
    ['Mi hijo ha estudiado en las 2 secundarias del pueblo y nunca tuvo este problema. Ahora solo él no puede ver sus tareas.', 'user'],
    // A how-to question opened after a greeting, without its mark, names the class it is about, not who has a problem.
    ['[20:31:05] Visitor: hi how do i add a co-teacher to my class', null],
  ])('%s -> %s', (text, level) => expect(detect(text)).toBe(level));

  it('a labelled scope naming a room and a person is the person', () => {
    expect(scopeFromValue('just me (Room 14)')).toBe('user');
    expect(scopeFromValue('Mrs. Patel (Room 14)')).toBe('user');
    expect(scopeFromValue('Rooms 12, 14 and 15')).toBe('class');
  });
});

describe("session 20's readings", () => {
  it.each([
    ['Es solo con él, los otros 3 alumnos con acomodo sí tienen el botón.', 'user'],
    ['Mi compañera de al lado subió uno igual ayer sin problema, parece que solo me pasa a mí.', 'user'],
    ['Mandamos los avisos desde Messages > New > SMS, a todos les llega menos a ella.', 'user'],
    ['Les pasa a todas las familias hispanohablantes de nuestra escuela, no solo a una.', 'school'],
    ['All four of our chemistry teachers have hit this, so every section at Bayside using this lab is affected.', 'school'],
    ['Every transcript I export for the school shows GPA without the honors weighting.', 'school'],
  ])('%p is %p', (text, expected) => expect(detectIn(text).level).toBe(expected));

  it.each([
    // A time of day, not the classes it happens in.
    ['I watched it on my phone between classes and it was the wrong video.', null],
  ])('%p is %p', (text, expected) => expect(detectIn(text).level).toBe(expected));

  it('does not read "solo me pasa con el 3°A" as the writer alone', () =>
    expect(detectIn('Solo me pasa con el 3°A, con el 3°B y el 3°C sí se guardan bien.').level).not.toBe('user'));

  it('reads a how-many field answered "Solo él." as one user', () => {
    expect(scopeFromValue('Solo él.')).toBe('user');
    expect(scopeFromValue('just me')).toBe('user');
    expect(scopeFromValue('solo el 3°A')).not.toBe('user');
  });
});

describe("session 20's review mends", () => {
  it.each([
    'Every year I order licenses for the school in June. This year the renewal page gives an error 500 when I click Pay.',
    'A todos les falla menos a ella.',
    'Funciona solo con él, los demás no pueden entrar.',
    'Pensé que solo me pasa a mí.',
    'El director mandó el aviso a toda la sede ayer.',
  ])('no scope read: %p', (text) => expect(detectIn(text).level).toBeNull());
  it.each([
    ['We will roll the new gradebook out to all sections at Bayside next week. For now, one student (Luis) can\'t see his grades.', 'user'],
    ['Pensé que solo me pasa a mí, pero todo el grupo tiene el mismo error.', 'class'],
    ['Could you please turn on the Spanish read-aloud option for all classes at Maple Grove?', 'school'],
    ['Número de usuarios afectados: Solo él.', 'user'],
    ['¿Cuántos usuarios se ven afectados?: toda la sede de secundaria (aprox. 40 docentes)', 'school'],
  ])('%p is %p', (text, expected) => expect(detectIn(text).level).toBe(expected));
});

describe("session 20's second round (scope)", () => {
  it.each([
    ['A todo 9°B le pasa, los de 9°A sí pudieron enviar ayer.', 'class'],
    ['A todo el centro, IES Puerta del Alba, los de la ESO y los de Bachillerato.', 'school'],
    ['Affected user: me - admin login cthompson_admin\nUsers affected: just me', 'user'],
  ])('%p is %p', (text, expected) => expect(detectIn(text).level).toBe(expected));
  it("doubts \"she's the only one\" when the writer does not know", () =>
    expect(detectIn("she's the only one still testing so idk if its just her or if others would have had it too.").found.status).not.toBe('present'));
});

describe('only a person the ticket names', () => {
  it.each([
    ["I typed in Marcus's score and it went blank. Everybody else's saved fine, its only Marcus.", 'user'],
    ['I have a student (Aiden) with an IEP accommodation. Only Aiden needs it, everyone else keeps Friday.', 'user'],
  ])('%p is %p', (text, expected) => expect(detectIn(text).level).toBe(expected));
  it('not a browser', () => expect(detectIn('It fails in every browser. Only Chrome works for us.').level).toBeNull());
});

describe("session 20's second review mends (scope)", () => {
  it.each([
    ["My whole 3rd period can't open Unit 4, all 28 kids. idk if it's only the new unit or others too.", 'class'],
    ["Only her, everyone else in 3rd period submitted fine. idk if it's just a Chrome thing or the quiz itself.", 'user'],
  ])('%p is %p', (text, expected) => expect(detectIn(text).level).toBe(expected));
  it.each([
    'User IDs: just me\nHow many users are affected?: not sure, maybe others',
    'Todo el centro de la pantalla se queda en blanco.',
    'A todo el 2° semestre le pasa igual, no sale ninguna tarea nueva.',
  ])('no level: %p', (text) => expect(detectIn(text).level).toBeNull());
});

describe("session 20's third round (scope)", () => {
  it.each([
    ['i cant get in my account it says wrong password but its right. my friends can get on theirs', 'user'],
    ['We need to update the email for a guardian. Only this one dad, everyone else synced.', 'user'],
    ["Nothing from yesterday's enrollment changes is coming over for any of our schools.", 'school'],
    ['Solo es él, los demás ya lo presentaron sin problema.', 'user'],
  ])('%p is %p', (text, expected) => expect(detectIn(text).level).toBe(expected));
  it('not "solo es él" with the others failing', () => expect(detectIn('Solo es él, los demás tampoco pueden entrar.').level).not.toBe('user'));
});

describe("session 20's third review mends (scope)", () => {
  it.each([
    ['Only Lincoln has the attendance sync problem; our other schools are ok. Lincoln\'s record in the admin panel is wrong.', 'school'],
    ["Only Biology is broken. Biology's quiz 3 shows 0 points for every student in all my sections.", 'class'],
    ['Las notas no se ven. Le pasa a todo el instituto, todos los grupos.', 'school'],
    ['A todo el 5° año le pasa que no aparecen las calificaciones, son 3 divisiones.', 'class'],
    ['Users affected: just me\nHow many users are affected?: TBD', 'user'],
    ["Lesson videos still won't load on the student network in any of our buildings.", 'school'],
  ])('%p is %p', (text, expected) => expect(detectIn(text).level).toBe(expected));
  it.each([
    'We want only this dad to receive the messages, not the mom. How do we set that up?',
    'It says incorrect password. My friends could log in yesterday but today none of us can.',
    "We don't use the attendance module at any of our schools. Can you remove it from our invoice?",
  ])('no level: %p', (text) => expect(detectIn(text).level).toBeNull());
});

describe("session 20's fourth review mends (scope)", () => {
  it.each([
    ['Lincoln Elementary here. The reading benchmark report is blank for every grade K-5.', 'school'],
    ["The gradebook doesn't load at any of our sites since the update.", 'school'],
    ['The roster sync has been broken since Monday. It is the same for any of our schools.', 'school'],
    ['The gradebook is blank for all 28 kids in my 3rd period. idk if anyone else has it in other periods.', 'class'],
    ['Le ocurre a todo el centro de secundaria, nadie puede entrar.', 'school'],
    ["I can confirm it's only this dad; the other parents get the texts.", 'user'],
  ])('%p is %p', (text, expected) => expect(detectIn(text).level).toBe(expected));
  it.each([
    'We plan to roll out the new gradebook to every grade K-5 next fall. Can you send pricing?',
    'Queremos activarlo para todo el centro el próximo curso.',
    'User IDs: just me\nHow many users are affected?: not sure',
  ])('no level: %p', (text) => expect(detectIn(text).level).toBeNull());
});

describe("session 21's readings (scope)", () => {
  it.each([
    'she logs in and the list is empty. I assigned the Unit 5 Test to the whole class yesterday',
    "Guardian messages not delivering.\nScope: cx unsure, 'could be everyone?' Only 1 parent has complained so far.",
    "I have Jordan Pierce in my 6th period Bio twice now. I don't know yet whether other teachers are seeing this.",
  ])('no scope: %p', (text) => expect(detectIn(text).found.status).toBe('missing'));
  it.each([
    "None of our districts have reported it yet, but we're watching.",
    'Voy a preguntar a sus compañeros si les sale el mismo error.',
    "no idea, I'm home sick today so it's just me checking grades. can't tell you about anyone else",
    "Coach Reed's room only has 10 working Chromebooks.",
    'The cart goes to every other room on B days.',
    'Testing this week is only in Room 114.',
    "Office has just his family's old email on file.",
    'Todavía ninguna de sus sedes nos ha confirmado si les pasa.',
    'Training was held at 2 of the 4 middle schools last week.',
    'The whole senior class is at the Capitol today for the field trip.',
  ])('still no scope: %p', (text) => expect(detectIn(text).found.status).toBe('missing'));
  it.each([
    ["Correction on my first email -- it's actually only Room 114, Mrs. Patel's 2nd grade. Every other room's attendance saved fine.", 'class'],
    ["He's the only one, the other kids log in fine.", 'user'],
    ['Just this one account.\nSaid she tried twice.', 'user'],
    ["Jayden's Chromebook is the only one that said 'Update required'.", 'user'],
    ["It's only this one family's account that shows the duplicate charge.", 'user'],
    ["Ms. Hale's class only has this problem.", 'class'],
    ['phone - cx (Dir of Tech) - happening at 3 of their 5 elementary buildings since 7:40', 'school'],
    ["The entire junior class can't see the PSAT tab.", 'school'],
    ['Llamó el coordinador: ninguna de sus sedes todavía puede entrar.', 'school'],
    ['Les pasa a todos los alumnos de primer año del colegio (3 divisiones).', 'school'],
    ['no, only me trying to post grades. the others posted theirs already', 'user'],
    ['Just his family, nothing else wrong.', 'user'],
  ])('%p -> %p (who told it, or who looks, aside)', (text, expected) => expect(detectIn(text).level).toBe(expected));
  it.each([
    ['None of our schools can print report cards.', 'school'],
    ["Only Maya has it, everyone else is fine. I don't know yet whether the other browser helps.", 'user'],
    ['The whole class can\'t see the Unit 5 Test I assigned yesterday.', 'class'],
    ['I sent the reminder to my homeroom parents and three of them never got it.', 'class'],
    ['Urgent - none of our districts can launch lessons this morning.', 'all'],
    ['entro, voy a Mis cursos y falta Historia. mis compañeros sí lo ven', 'user'],
  ])('%p -> %p', (text, expected) => expect(detectIn(text).level).toBe(expected));
});

describe("session 22's readings (scope)", () => {
  it.each([
    ['Es solo él; su hermana no usa la plataforma.', 'user'],
    ['Es solo él, los otros cambios de horario sí pasaron.', 'user'],
    ['Affected user: mreyes@springdaleschools.org\nAffected users: 1', 'user'],
    ['Our school is the only one in the district with this - our sister schools are fine.', 'school'],
    ["3 of our districts (Kern Valley USD, Oro Fino SD, Bishop Creek USD) tell us rostering hasn't run since Sunday.", 'all'],
    ['Since 8:00 none of our 14 member districts can load the assessment player.', 'all'],
    ['Sí, a todo el colegio. Y no es solo nosotros: al Colegio Americano tampoco le carga (también son clientes de ustedes).', 'all'],
    ['No carga, a todo el colegio. El Colegio Americano (también son clientes de ustedes) dice que a ellos sí les funciona bien.', 'school'],
    ["Lakeview ISD, also a customer of yours, is not affected. It's every school in our district.", 'school'],
    ['Could you please reset the passwords for all 22 students in my 3rd grade class? None of them can log in.', 'class'],
    ['Affected users: 1\nDescribe the issue: the quiz timer resets.\nUpdate: it is all 25 of my students in 3rd period.', 'class'],
    ["Lakeview ISD is seeing the same thing (they're also a customer of yours). It's our whole district.", 'all'],
    ['All 28 kids in my 2nd period get the error. The sub doesn\'t know about the students\' accommodations.', 'class'],
    ["My son can't see his grades. I don't know about everybody else's kids.", 'user'],
    ['Every page returns 502. I also called the tech director at Pike County Schools and they are down too.', 'all'],
    ["He's on a call w/ the IT leads from Milton SD and Kent County Schools - they're seeing the exact same thing.", 'all'],
    ['As of 8:00 I have calls from Cedar SD, Elm Park SD and Brookfield Schools, they all get a 504 on login.', 'all'],
    ['We resell it to about 30 districts and all of them are reporting the dashboard will not load.', 'all'],
    ['How many users are affected?: All 14 of our schools. I also called the tech director at Pike County Schools and they are down too.', 'all'],
    ["Whole district, they're getting the same error on every campus since 7:40.", 'school'],
    ["I've had the same report from two more teachers, so it's at least 3 teachers at 3 of our schools. Not sure about other districts.", 'school'],
    ['Que ella sepa, solo le pasa a su hija.', 'user'],
    ['Nobody in my building can get in this morning, it just says Service Unavailable.', 'school'],
    ["We're now seeing the same thing at three of our districts (Elk River SD, Carver County Schools and Monroe Township SD).", 'all'],
    ['- 3 of her districts (Elm Grove USD, Baxter ISD, Pike County Schools) say teachers stopped getting email notifications', 'all'],
    ["Messaging fails. We've heard the same from all 9 Summit Bridge Academies campuses.", 'school'],
    ['The rollover went fine in 3 of our districts; the fourth, Carver SD, gets a 500.', 'school'],
    ["Asked if other districts have it, he didn't know. It's the whole district, all 11 buildings.", 'school'],
    ["The whole building is locked out. Asked if the nightly sync ran, she didn't know.", 'school'],
    ["Hi support, our campus was the only one that didn't get the new licenses in the rollout.", 'school'],
    ["- only Mr. Ortiz's 6th per Algebra I, his other sections + every other teacher pushed fine", 'class'],
    ['Only Mrs. Dale affected per principal, for an hour now.', 'user'],
    ['The comment boxes are empty on every single report card in the building (K-8).', 'school'],
    ['The Q1 column on every report card in the building is showing the Q2 averages.', 'school'],
    ['Only my 2nd period has it. I called Pike County Schools and they were down too yesterday.', 'class'],
    ['4th period - 32 students - all frozen on Q12. She doesn\'t know about other classes.', 'class'],
  ])('%p -> %p', (text, expected) => expect(detectIn(text).level).toBe(expected));
  it.each([
    'Es solo el reporte de asistencia el que falla.',
    'Si es solo él, lo revisamos mañana.',
    'We support 9 districts. 2 of our districts use Clever, the rest use ClassLink.',
    'The Lincoln kids are also customers of yours, I think.',
    "It won't let me drag answers. I don't know about students or other teachers, I only have my own preview to test with.",
    'Could you tell me whether it is all 22 students in my class?',
    "Grades are blank. I only have the one kid there so I don't know about anybody else.",
    "3 of our districts aren't live yet, can you send the onboarding steps?",
    'None of our 9 districts can afford the new price.',
    'We resell it to about 30 districts and all of them have renewed for next year.',
    'I called the tech director at Pike County Schools and they are out today for the holiday.',
    'The gradebook is slow. Not sure about other districts.',
    "Sub can't log in. Asked if other sub accounts work -- she didn't know, only one sub in today.",
    'Nobody in my building can help me with this export.',
    "Only Chrome's account page loads slowly.",
    'I have to print every report card in the building by Friday, how do I do it in one go?',
    "the app keeps logging me out every couple minutes.\nidk about other teachers. it just happens",
    "Are you offering a discount? I talked to people from Kent County Schools, they're getting the same discount.",
    "We've had emails from Oakdale ISD, Friday's newsletter and the board packet, can you add them to the portal?",
    'We serve 20 districts and all of them report to the state in June; could you add a state report?',
  ])('no scope: %p', (text) => expect(detectIn(text).found.status).toBe('missing'));
});
