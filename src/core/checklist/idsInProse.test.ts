import { ticket } from '../fixtures/build';
import { buildCorpus, buildSources, toSafeTicket } from './source';
import { detectUserIds, userIdsByRules } from './userIds';

const ids = (description: string) => {
  const found = detectUserIds(buildCorpus(buildSources(toSafeTicket(ticket({ description })))));
  return { status: found.status, evidence: found.evidence.join(' | ') };
};

describe('user ids told in words', () => {
  it.each([
    ['My username is rkowalski.', 'rkowalski'],
    // A phone note's shorthand "w/" for "with"; an example labelled by whose it is.
    ['sub logs in w/ sub.jwalters > Classes > list is empty', 'sub.jwalters'],
    ['We re-entered the key, same error. Example teacher: gva_teacher_jkhan. Screenshot attached.', 'gva_teacher_jkhan'],
    ['His ID is 3319054.', '3319054'],
    ['Example student: Noah Jenkins, ID 1029384.', '1029384'],
    ['Please add Kevin Tran (ktran@oakridgesd.org) as co-teacher on Biology P4.', 'ktran@oakridgesd.org'],
    ['Mi hijo es Diego Ramírez, número 6612040.', '6612040'],
    ["Nia (Support): Can you share the student's ID?\nCoach Ramos: 4410298", '4410298'],
    ['5 students in 4th period got kicked out again: ajones12, bkim09, crodriguez14.', 'ajones12'],
    ['Two students (mreyes27 and tlong31) were able to log in directly.', 'mreyes27'],
    ["Mom's portal login is tanya.bell82@gmail.com. Can you take a look?", 'tanya.bell82@gmail.com'],
    ['Examples: abaker@lcps.org, cdiaz@lcps.org, mfoster@lcps.org.', 'abaker@lcps.org'],
    ['Por ejemplo, el estudiante con usuario jgarcia22.', 'jgarcia22'],
    ['One of our teachers, Megan Hollis (username mhollis), deleted her 3rd period class.', 'mhollis'],
    ['Also had Lily (lwilliams27) try again after lunch, still 502.', 'lwilliams27'],
    // A login of letters alone, made from the name beside it.
    ['For example Brianna (bwalker) has a 92 lab average and it shows her at 85.5.', 'bwalker'],
    ["I'm locked out, it says my account is suspended??\n\nusername bhalvorsen\n\nI used the forgot password link.", 'bhalvorsen'],
    ['cx checked time zone in his profile.\nLogin tbecker.\nAsked if other teachers copy assignments.', 'tbecker'],
    ['One of our teachers got locked out after too many password attempts - username lkowalski. When she logs in it says locked.', 'lkowalski'],
    ['Her son is on my roster as username e.santos.bw. I had him log in on my computer.', 'e.santos.bw'],
    ['Affected user(s): kosei (me), jpratt, mwilder', 'jpratt'],
    // The writer's own login in brackets under the label.
    ['Student or user ID(s): me (imcallister) and our other district admin, smartin', 'imcallister'],
    // A joined login may end on an initial; a Spanish ordinal is no id.
    ['Usuario afectado: mgarcia.t (yo, mi cuenta de maestra)', 'mgarcia.t'],
    ['Usuario(s) afectado(s): ana.lucia_p (Ana Lucía Peña, 4to grado)', 'ana.lucia_p'],
    ['Call from Lorna Fitch, 8th gr science, Bayside Middle School. Login lfitch.', 'lfitch'],
    // An initial and the surname of someone the ticket names, the surname opening on a vowel.
    ["Call 7:35am - Mr. Tobi Okoye, math teacher.\nCan't open his own gradebook. Username tokoye.\nOther teachers fine.", 'tokoye'],
    ["Kathleen - Rob Lutz (Brightpath username rlutz) says grades aren't showing up in PowerSchool.", 'rlutz'],
    ['Cx only had the lunch number handy: 55821.', '55821'],
    ['His state ID is 1029384756.', '1029384756'],
    ['Solo tenía el número de almuerzo: 55821.', '55821'],
    ['Un ejemplo de un padre que me llamó: ID de encargado G-778213 (Sra. Nilda Cruz).', 'G-778213'],
    ['Usuario afectado: rgimenez (soy yo, es mi clase)', 'rgimenez'],
    ['Three of my students get the error. One of them is aturner24.', 'aturner24'],
    ['My students cannot see my comments. I had one of them, mjackson2026, try on his home computer.', 'mjackson2026'],
    // Ids marked by a prefix or a "#", on a line that says they are ids.
    ['kids open the Exit Ticket and it throws them out.\ntwo of them: MR-20331 and MR-20417 (thats how the ids print on my roster)', 'MR-20331'],
    ['About 12 of her 25 kids in 3rd period hit it so far.\nGave 2 ids off her sheet: #4471-B, #4490-B', '#4471-B'],
    // Initials and a number beside the first name they open.
    ['My students are writing essays. Jaylen (jw2291) was the first one to tell me, he wrote it in Google Docs.', 'jw2291'],
    ['Affected user(s): wms_kgarza, wms_pnguyen', 'wms_kgarza'],
    ['See below, this is Dylan Hughes, his school email is dhughes27@students.oakvalley.org.', 'dhughes27@students.oakvalley.org'],
    // An agent's chat turn asking for a username is a request (masked as evidence); the answer is not.
    ['[13:13:41] Agent (Marco): Got it. Could you share a student username?\n[13:14:05] Whitney Boyd: cp.marcus.b is one', 'cp.marcus.b'],
    ['[10:35 AM] Agent Tasha: Could I get one of their usernames?\n[10:35 AM] Ben: tgarrison is one', 'tgarrison'],
    ['ID de usuario afectado: maestra, usuario lhernandez_mh', 'lhernandez_mh'],
    ['Glenwood High School, username tmarsh', 'tmarsh'],
    ['Sorry for the delay - example section ELA7-03, teacher login rmoss.', 'rmoss'],
    ["Ms. Ellery (teacher login eellery) at Canyon Ridge Middle can't get grades to post.", 'eellery'],
    // A name and the id beside it, or the account a person signs in with.
    ['Both Tomas Reyes (5512930) and Ivy Holt (5512931) lose their answers.', '5512930'],
    ['Tomas Reyes #5512930 is not on the roster.', '5512930'],
    ['The 3 kids the office moved (Luis Herrera ID 51207, Ana Paredes ID 51233) show absent.', '51207'],
    ['Ivy Holt - iholt09 - 6th period', 'iholt09'],
    ['He signs in with treyes@students.brookfield.org and the quiz is blank.', 'treyes@students.brookfield.org'],
    ['Acct 7730019 keeps locking.', '7730019'],
    ['Kids affected (LASID): 2200451, 2200452', '2200451'],
    ['Our aide (Ms. Ruth Baines, login rbaines.aide) cannot open the roster.', 'rbaines.aide'],
    // A roster's id for the person.
    ['Rejected row: sourcedId STU-00912 (Hannah Ostrowski, gr 10, Pinecrest High).', 'STU-00912'],
    // A possessive is no contraction.
    ["Please reset the password for username: cortiz's account.", 'cortiz'],
    ['Locked out:\n- Paul Greer - pgreer@elmwood.org\n- Nadia Fox - nfox@elmwood.org', 'pgreer@elmwood.org'],
    ["(9:01) Jo (Support): What's his username?\n(9:02) Carla Diaz: tdiaz31 - Tomas, 5th grade", 'tdiaz31'],
    ['(9:01) Jo (Support): ¿Me da el correo con el que entra?\n(9:02) Carla: carla.d77@gmail.com. es la cuenta de mamá', 'carla.d77@gmail.com'],
    // Tables and pastes: the column under an id header.
    ['Here they are:\nfirst,last,sid\nAmara,Osei,5530021\nLuca,Brandt,5530044', '5530021'],
    ['Name\nStudent ID\nPeriod\n\nAmara Osei\n5530021\nP3\n\nLuca Brandt\n5530044\nP3', '5530021'],
    // Chat turns in other formats, and an id inside the answering turn.
    ["Lee - Support (9:14:02 AM): What's the student's username?\nMara Quist (9:14:40 AM): tquist44 is the one", 'tquist44'],
    ['[9:02] Ana (Support): Can you share a couple of student IDs?\n[9:03] Mr. Boyd: sure: 66120458, 66120471', '66120458'],
    // A login in brackets after the account it is; ids listed after a count.
    ["I launched Live Quiz from my account (mcastillo), kids joined with the code", 'mcastillo'],
    ['Affected users: whole class 2B - usernames 2b.aaron, 2b.bella, 2b.carlos', '2b.aaron'],
    // The answer to the question asking for the login is the person's, after another answer too.
    ["[18:46:10] Agent (Jo): What school are you at and what's your login?\n[18:46:31] Visitor: carter middle, aramirez31", 'aramirez31'],
    // A test account, a user named by its login, an account in a numbered list.
    ['I checked from our demo account (test acct lvhs.teacher.demo) and it is the same.', 'lvhs.teacher.demo'],
    ['For example user mbaptiste12 lost all her posts.', 'mbaptiste12'],
    ['acct 1: 7720014 (old, has grades)\nacct 2: 7720014-02 (new)', '7720014'],
  ])('%s -> %s', (text, id) => {
    const r = ids(text);
    expect(r.status).toBe('present');
    expect(r.evidence).toContain(id);
  });

  it.each([
    'Teachers get an error on the login page.',
    'I pulled the usernames from the roster and they all match.',
    'Please reset the username and password for the class.',
    'My student forgot her username again.',
    'The usernames are case sensitive?',
    'Our client id 22003340001 and deployment id 1a7c-77e2-0042 are below.',
    'Name: Ana Ruiz\nEmail: aruiz@stmarks-academy.org\nAffected user(s): N/A',
    'Please call the testing office at 555-0114.',
    'Thanks,\nMark Jennings\n[cid:image001.png@01DB18A2.5C3F7E10]',
    'Example: section 88211 (Gr 8 Science, P3), see https://fcps.instructure.com/courses/40917',
    // The UUID of a session, a request or a deployment, with its "ID is" between.
    'The failing session ID is 0b9e7c1a-5d2f-4e83-a6b4-2c1d0e9f8a77, if that helps.',
    'Request ID: 3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b',
    'Our deployment ID is 6c5b4a39-2817-4f60-9e8d-7c6b5a493827.',
    'Westbrook High (40211) and Case Number - 4471203 are on the invoice.',
    // A form's line for another item is not a chat turn answering with an id.
    'Name: Ruth Ames\nRevision: 44120\nSection: 88213',
    'She signs in with clever.com and lands on a blank page.',
    // Numbers beside a person that belong to something else: a revision, a course, a phone, a date, a ticket.
    'The teacher reverted to revision 88412093 and the kids still see the old questions.',
    'Teachers in course 22003340 cannot see any submissions.',
    'Student submissions for assignment 7781234 never reach the gradebook.',
    "(10:02) Agent: what's the best number to reach you?\n(10:03) Mr. Hale: 7045551234",
    'Agent: Could you give me the case number?\nRosa: 00412833',
    'Please call Dana Ruiz (8015550199) about the roster.',
    'Sarah Kim - 20251114 export is blank.',
    'We see it in MATH101, MATH102 and BIO201.',
    'Teacher emailed support@platform.com twice last week.',
    'Billing zip: 30318\nPO: 4500012345',
    'Chat ID: 1c0e7b52-9a3d-4f11-8e26-5d4c3b2a1f00',
    'Trace ID from the red banner: 2b7d9e40-11c3-4a5f-9e88-0c1d2e3f4a5b',
    'Can parents have one login for both kids?\n\nSr. Ann Kerr\nPrincipal',
    'Only the 10th graders see it; every student 10th grade and up.',
    // A file's name on a form's line, a contraction under a login label, a question after "login".
    'Pasos: Unidad 2 > Lección 4\nAdjuntos: pregunta6.png',
    "Student usernames: didn't have them handy.",
    '503 on login - is this platform wide?',
    "Username: she's not sure, it's on her badge",
    'Students impacted: 150',
    // A bracket around a login label and a plain word: only when the word closes the bracket.
    'The new teacher (username pending) cannot sign in.',
    'El usuario no puede entrar desde ayer.',
    'We use Windows (win11) and Chrome (v120) on the carts.',
    // Brackets, answers and labels that hold no login (a review of session 10's rules).
    'Students get sent back to the first screen (login page) after they click Start.',
    'Student info (username redacted) attached.',
    'Biology (room204) cannot open the lab.',
    'It redirects in Chrome (chrome120) every time.',
    '[13:13:41] Agent (Marco): Got it. Could you share a student username?\n[13:14:05] Whitney Boyd: checking...',
    'Le pedimos el usuario: todavía no lo tenemos.',
    'Sale "usuario no_encontrado" al entrar.',
    "I'm locked out.\n\nlogin works\n\nthanks",
    'Hi,\nLogin works.\nthanks',
    'Username forgotten',
    'Affected users: teachers in the building',
    'Affected users: e.g. the whole class',
    // A second review of session 11's rules: words shaped like logins that are none.
    'Affected user(s): myself',
    'User ID: ask mrs. nguyen',
    'Affected users: anyone with a gmail.com address',
    'Affected users: students on app v2.14',
    'Student(s): khloe, bryce',
    'Affected users: all_students',
    'Please reply to their district email tech@lcps.org, thanks.',
    'Checked everything: caps lock off, username typed, password typed. Still says invalid.',
    'The login page loads. Login fails.',
    'Usuario inactivo',
    'Login page\nUsername field is greyed out.',
    // Session 13's review: "my student" before a login, not before a year or a grade.
    'Our student 2024-25 schedules are wrong.',
    'Our kid 7th-grade schedule shows the wrong teacher.',
    // Session 17's review: a word in brackets after a name is no login unless shaped as one; a label's value needs a login's shape.
    'Please add Ms. Torres (teacher) to the section.',
    'Biology (block) and Chemistry (second) are missing.',
    'Example kid: any of my 3rd period kids.',
    'Example student: Brianna in my 3rd period.',
    'Usuario afectado: maestra de 3ro',
    'The Bus Route ID 5512 on the parent app is wrong for all the kids on that route.',
    "Two of the iPads my kinders use won't open the app. One of them is ipad-114, the other has no label.",
    'Affected user(s): firstname.l format, all 2nd grade',
  ])('%s -> no user id', (text) => expect(ids(text).status).not.toBe('present'));

  it.each([
    "Sure, I'll send the student IDs once I'm back at my desk.",
    'Can you share the SIDs of the two boys?',
  ])('ids promised or asked for are not given, not even in part: %s', (text) => expect(ids(text).status).toBe('missing'));

  it('a user label over words that name nobody points at no one', () => {
    expect(ids('Affected user(s): all of my students').status).toBe('missing');
    expect(ids('Affected student username(s): all 7th grade').status).toBe('missing');
    // A help-center form's own "Your email:" is who writes, not an affected user.
    expect(ids('Submitted via Help Center\n\nYour name: Gwen Thorsby\nYour email: gthorsby@lakesideusd.net\nRole: Teacher\nAffected user(s) (username, student ID or email):\nWhat is happening?: how do I print a progress report per student?').status).toBe('missing');
    expect(ids('Affected student username(s): todos los de 2°B').status).toBe('missing');
    expect(ids('Affected users: all of my students, ids in the attached roster').status).toBe('missing');
    expect(ids('I launched it from my account (admin) and it froze.').status).toBe('missing');
    expect(ids('I tried from our district account (hcpss) and my account (gmail), same.').status).toBe('missing');
    expect(ids('Affected users: whole class 2B - usernames follow the pattern 2b.firstname').status).toBe('missing');
    expect(ids('Affected users: all students whose IDs begin with 4481').status).toBe('missing');
    expect(ids("[9:01] Agent (Jo): Can I get the student's ID?\n[9:02] Visitor: I'll have to check, call me at 5550182").status).not.toBe('present');
    // A name alone identifies no account, as a first name in prose.
    expect(ids('Affected user(s): Corey Blake').status).toBe('missing');
  });

  it("a form's blank id field, whatever its label's shape, mentions no id", () => {
    expect(ids('Your role: Teacher\nStudent ID or username (if a student is affected): \nDescribe the problem: the quiz timer is off').status).toBe('missing');
  });

  it('a login shaped like one right after a user id is named is given: "her user ID is k.obrien2"', () => {
    expect(ids("Her user ID is k.obrien2 and the quiz won't open.").status).toBe('present');
    expect(ids('The user ID that fails is dwatson2').status).toBe('present');
    expect(ids('User ID "DWATSON" gets the error on login').status).toBe('present');
    for (const text of [
      'His user ID is wrong in the roster.',
      'Her user ID was changed last week.',
      'The user ID is case sensitive, right?',
      'Your user ID is your district email.',
      'Thanks! What user ID is he using to sign in?',
      'Student IDs (1200 of them) came through blank after the import.',
    ])
      expect(ids(text).status).toBe('missing');
  });

  it('ids talked of but not given are missing, not a hint', () => {
    expect(ids('The student ID is on the sticker of her Chromebook.').status).toBe('missing');
    expect(ids('I can send the SIDs tomorrow if you need them.').status).toBe('missing');
  });
});

describe('ids beside a name, after "for example", in a list of accounts', () => {
  it.each([
    ['Two who cannot see it: Lena Brooks 220417, Amir Saleh 220418', '220417'],
    ['La alumna Sofía Ortega, matrícula 2022-1187, ya no aparece.', '2022-1187'],
    ['For example, tnguyen14 handed it in Monday and still shows late.', 'tnguyen14'],
    ['Example sender: rdiaz@pinecrest.org (still queued).', 'rdiaz@pinecrest.org'],
    ['He has two accounts: jlee2040 and jlee.work@hillside.org.', 'jlee2040'],
    ['Guardian ID of the parent is G-5520193 (she sent it from her profile page).', 'G-5520193'],
    ['GID 7730456', 'GID 7730456'],
  ])('%p holds %p', (text, id) => {
    const found = ids(text);
    expect(found.status).toBe('present');
    expect(found.evidence).toContain(id);
  });

  it.each([
    'Incident: INC0051122\nPriority: 2 - High',
    'The school year 2024-25 starts in August, students 2024 cohort.',
    'For example, the grades page is blank.',
    'Lincoln High 4471203 is our campus code.',
    'Forwarding from our customer below. Their account # with us is A-55210.',
    // A word after a login label is a login only when shaped like one or named so: not "today".
    'Call from Tobi Okoye. Username today is fine.',
    'Ms. Ana Ortiz (Brightpath username page) sent it.',
    'One of them is broken.',
    'Two of my classes fail to sync. One of them is period3.',
    'My students keep asking. One of them, sadly, gave up.',
    'It fails on Windows (win110) for us.',
    'Rachel (rm204) has the projector problem.',
    'Sections ALG-2031 and ALG-2045 are the ones that fail.',
    // Session 18's review: a course's code, a quiz among students' things.
    'My class English (eng102) has the wrong due dates.',
    "My students can't open two of the assignments. One of them, quiz4, just spins.",
    "My students can't open two of the essays. One of them, essay2, just spins.",
    'The assignment IDs AS-10234 and AS-10235 won\'t open for anyone.',
    'Our NCES ID is #4802730 and our district ID is DS-20331.',
    'Term dates 2025-01 and 2025-02 are both wrong.',
    // Review: a device, a class, an error; a bracket's words after a login word; the requester's own login under a sign-off.
    'Two Chromebooks will not load the app. One of them is cb-114 in the library cart.',
    'Half my kids see a blank page after sign-in (Google login only).',
    'Our 5th grade roster is missing 3 kids after the sync.\n\nThanks,\nTara Owens\nMedia Specialist\nLogin towens',
  ])('not a user id: %p', (text) => expect(ids(text).status).toBe('missing'));

  // Session 18's review: other things numbered on a line that speaks of ids (which it mentions, no more).
  it.each(['Re: Ticket #48213 and #48290 - student IDs not syncing from PowerSchool', 'Sections ALG-2031 and ALG-2045 have the wrong student IDs after the import.'])(
    'no user id given: %p',
    (text) => expect(ids(text).status).not.toBe('present'),
  );
});

describe('a name beside an address that is not an affected user', () => {
  const rules = (description: string, requester = 'someone@example.org') => {
    const t = ticket({ description });
    t.requester = { name: 'Monique Harris', email: requester };
    const safe = toSafeTicket(t);
    return userIdsByRules(buildCorpus(buildSources(safe)), safe.requesterEmail).status;
  };
  it('a contact named with their address', () =>
    expect(rules('SSO cutover on July 1. Their IT contact for the day is Priscilla Wong (pwong@maplewoodregional.org).')).toBe('missing'));
  it("the requester in a chat's header", () =>
    expect(rules('Visitor: Monique Harris (mharris@jeffersonms.org)\n11:30 AM Monique Harris: a reading passage is missing paragraphs', 'mharris@jeffersonms.org')).toBe('missing'));
  it('someone else named with their address still is one', () => expect(rules('Kevin Tran (ktran@oakridgesd.org) cannot open the quiz.')).toBe('present'));
});

describe("session 20's readings", () => {
  it.each([
    ["Son David is in 6th grade at St. Brendan's Catholic School, username oyelaranD.", 'oyelaranD'],
    ['Rick tested w/ his admin acct rdolan and teacher acct lwu, same spinner on both.', 'rdolan'],
    ["I'm jpark on our account if you need it", 'jpark'],
    ['Error: duplicate key value violates unique constraint "students_district_student_number" (student_number=4410023)', '4410023'],
    ['Affected user(s) (username/ID): me - tbaker', 'tbaker'],
  ])('an id: %p', (text, id) => {
    const found = ids(text);
    expect(found.status).toBe('present');
    expect(found.evidence).toContain(id);
  });

  it.each([
    'I tried the teacher account settings page and it is blank.',
    "I'm new on the platform, how do I add a class?",
    'The username macOS shows up in the list.',
  ])('no id: %p', (text) => expect(ids(text).status).not.toBe('present'));

  it("reads a user-ids field that names the writer as the requester's account, weakly", () => {
    const form = ticket({ description: "Describe the issue:\nMy seating chart won't save.\n\nUser IDs / usernames: It's my own account\n" });
    const found = detectUserIds(buildCorpus(buildSources(toSafeTicket(form))), 'mbaptiste@lakeviewms.org');
    expect(found.status).toBe('weak');
    expect(found.evidence.join(' ')).toContain('mbaptiste@lakeviewms.org');
  });
});

describe('a person named with their address on labelled lines', () => {
  const withRequester = (description: string) =>
    detectUserIds(buildCorpus(buildSources(toSafeTicket(ticket({ description })))), 'pngata@harmon.k12.oh.us').status;
  it("is the user when it is not the requester's own", () =>
    expect(withRequester('Could you please create her teacher account?\n\nName: Dana Whitfield\nEmail: dwhitfield@harmon.k12.oh.us\n\nThank you')).toBe('present'));
  it("is no user id when it is the requester's (a form's header)", () =>
    expect(withRequester('Name: Patricia Ngata\nEmail: pngata@harmon.k12.oh.us\nDescribe the issue: the gradebook is slow')).toBe('missing'));
});

describe("session 20's review mends", () => {
  const withRequester = (description: string) => detectUserIds(buildCorpus(buildSources(toSafeTicket(ticket({ description })))), 'pdoe@school.org').status;
  it.each([
    'Affected users: me, and my co-teacher',
    'Affected users: me - teacher',
    'Affected users: me, every student',
    "Can't log in - username lastnameF",
  ])('no id: %p', (text) => expect(ids(text).status).not.toBe('present'));
  it.each([
    'Submitted via web form\nName: Pat Doe\nEmail: pat.doe@gmail.com\nSchool: Lincoln\nMessage: the gradebook is slow',
    'Please have the principal approve.\nName: Principal Jones\nEmail: jones@school.org',
    'For billing questions contact:\nName: Accounts Payable\nEmail: ap@school.org',
  ])('a contact block is no user: %p', (text) => expect(withRequester(text)).toBe('missing'));
});

describe("session 20's second round (user ids)", () => {
  it.each([
    ['cx runs Reports > Honor Roll and eg Hannah Lee, ID 30078 - all A\'s now, not on the list.', '30078'],
    ['cx wants her new co-teacher added to her homeroom class (4th Grade - Moreno): b.lindqvist@northfieldschools.org.', 'b.lindqvist@northfieldschools.org'],
    ["Affected user(s): example student kp-aroberts, but it's everyone", 'kp-aroberts'],
    ['- examples of accounts: his own acct dhale fails too', 'dhale'],
  ])('an id: %p', (text, id) => {
    const found = ids(text);
    expect(found.status).toBe('present');
    expect(found.evidence).toContain(id);
  });
  it.each(['Para: secretaria@colegiocervantes.edu.mx', 'Order, ID 55012 was shipped.'])('no user id: %p', (text) => expect(ids(text).status).not.toBe('present'));
});

describe("session 20's second review mends (user ids)", () => {
  it.each([
    'Grades aren\'t syncing for Algebra, ID 44521.',
    'Our school is Lincoln Elementary, ID 4402.',
    'Our district is Pine Valley (ID 20931).',
    'Contract Renewal, ID 20250.',
    'Teachers in our building forward issues to: it.desk@lincoln.org',
    'Student accounts are managed by our tech coordinator: t.brown@lincoln.org',
    'I tested with my own account mrsmith and it opens fine for me.',
    'Affected users: e.g. co-teachers',
  ])('no user id: %p', (text) => expect(ids(text).status).not.toBe('present'));
  it.each([
    ["Grades aren't syncing for Hannah Lee - ID 30078.", '30078'],
    ['My 2 children at Dorsey Elementary, ID 5512093 and 5512107.', '5512093'],
  ])('an id: %p', (text, id) => expect(ids(text).evidence).toContain(id));
});

describe("session 20's third round (user ids)", () => {
  it('reads logins of letters listed after people', () =>
    expect(ids('Wants 3 staff accounts deactivated - teachers who left at winter break: tgreene, bwalsh, kmorrow.').evidence).toContain('tgreene'));
  it('not words listed after people', () => expect(ids('Teachers affected: math, science, and music').status).not.toBe('present'));
});

describe("session 20's third review mends (user ids)", () => {
  it.each([
    ["One kid, Hannah, ID 30078, can't see the quiz.", '30078'],
    ["The teacher who can't log in is our tech coordinator: m.ramos@lincoln.org", 'm.ramos@lincoln.org'],
  ])('an id: %p', (text, id) => expect(ids(text).evidence).toContain(id));
  it.each(["Math Department - ID 10023 can't see the shared folder.", "The students in section 4 (ID 88123) can't open the quiz."])('no user id: %p', (text) =>
    expect(ids(text).status).not.toBe('present'));
});

describe("session 20's fourth review mends (user ids)", () => {
  it.each([
    ["My daughter is in grade 4, ID 40021, and she can't see her report card.", '40021'],
    ['The co-teacher who needs access to Unit 3: b.lindqvist@lincoln.k12.us', 'b.lindqvist@lincoln.k12.us'],
  ])('an id: %p', (text, id) => expect(ids(text).evidence).toContain(id));
});

describe("session 21's readings (user ids)", () => {
  const rules = (description: string) => {
    const t = ticket({ description });
    t.requester = { name: 'Teresa Morales', email: 'tmorales@baysidecharter.org' };
    const safe = toSafeTicket(t);
    return userIdsByRules(buildCorpus(buildSources(safe)), safe.requesterEmail);
  };
  it('one login of a joined shape after someone said to have it', () =>
    expect(ids("Passing along an issue from Jenna. Student example that can't see the assignments: mv.ksingh8.").evidence).toContain('mv.ksingh8'));
  it.each(['Students affected: v2.3 of the app', 'Users: see the attached list.', 'Student view: grades.csv'])('not a version, a word or a file: %p', (text) =>
    expect(ids(text).status).not.toBe('present'));
  it.each([
    ["Call w/ Rebecca Gomez, math teacher. Login rgomez (it's her own gradebook).", 'rgomez'],
    ["Her login jkwan; she also tried with two teachers' accounts.", 'jkwan'],
    ['Affected user ID(s): cpa-mlopez, cpa-tjames', 'cpa-mlopez'],
    ['Ejemplo: alumno sji-ahernandez (Andrés Hernández), 4° grado.', 'sji-ahernandez'],
    ['6 of my 22 in 5th period got kicked out. Two of them are mp.reyes and dk.lowell.', 'mp.reyes'],
    ["6 of my 22 in 5th period can't see the retake. One of them is jl.ortega.", 'jl.ortega'],
    ["Mia Torres, acct 55102, can't open the library books since we renewed our licenses.", '55102'],
  ])('a login named right after its word: %p', (text, login) => expect(ids(text).evidence).toContain(login));
  it.each([
    'Since the update to Login v2.1, none of my kids can get in.',
    "The student pop-quiz (Unit 3) won't load.",
    "Students in section: alg1_p2 can't see the quiz.",
    'Affected user(s): hs-teachers, ms-teachers',
    'Two carts froze. Two of them are rm.lab and the gym.',
    'Six of my students failed it. Two of them are 10th graders.',
    'The new courses broke. Two of them are ap.bio and ap.chem.',
  ])('no login: %p', (text) => expect(ids(text).status).not.toBe('present'));
  it("a billing account's number beside an invoice is no user's id", () =>
    expect(ids('Q about invoice INV-2024-11873: billed for 320 student seats. Acct # 00418832. Contract renewal was Aug 2024.').status).not.toBe('present'));
  it('the email above, said of a requester who is fine, is not the login', () =>
    expect(rules("My login is the email above but the problem is with my daughter's account.").status).toBe('missing'));
  it.each(['The login page (the new one) is blank.', 'The login screen.', 'Student grades (all of them) are gone.', 'Affected users: all-staff'])('not a word after it: %p', (text) =>
    expect(ids(text).status).not.toBe('present'));
  it.each(['No, the other admins get theirs fine. Just me. My login is the email above.', 'This is my own account (the one im writing from) and I want notifications to go to my personal email.'])(
    "the requester's own address, pointed at: %p",
    (text) => expect(rules(text).status).toBe('present'),
  );
});
