import { comment, conversation, ticket } from '../fixtures/build';
import { buildCorpus, buildSources, toSafeTicket } from './source';
import { countInlineSteps, detectSteps, stepsByRules } from './steps';

describe('countInlineSteps', () => {
  it.each([
    ['Login as teacher -> Reports -> Export CSV', 3],
    ['log in; open the gradebook; click Export', 3],
    ['open planner, drag lesson to Tuesday, refresh -> lesson is back on Monday', 3],
    ['1. log in 2. open planner 3. click week view', 3],
    ['go to login.example.com, click "Sign in with Google", observe 502', 3],
    ['Open Chemistry 1, Unit 3, Lab Report. The upload button is grey.', 2],
    ['open the gradebook', 1],
    ['open the gradebook, which takes a while', 1],
    ['N/A', 0],
    ['', 0],
  ])('%p -> %p', (value, expected) => expect(countInlineSteps(value)).toBe(expected));
});

const steps = (text: string) => detectSteps(buildCorpus(buildSources(toSafeTicket(ticket({ description: text }))))).status;

describe('detectSteps on prose', () => {
  it.each([
    // A short subject opening its clause does the actions ("p2 + p7 kids open ..."); an instruction
    // quoted from the screen is what it said, not advice.
    'p2 + p7 kids open the Unit 7 quiz and get "Not available yet". p1, p3, p4 see it fine.',
    'Kids log in, open "Spelling Bee" and it says "Session expired, you should log in again".',
    "Kids log in, open Spelling Bee and it says 'Session expired, you should log in again'.",
    // A ticked box is a step; a day before the doer does not hide the action; Spanish plural verbs.
    'I went to Assignments, checked the box next to "Unit 5 Lab Report" and clicked Delete. It was the real one.',
    // What the screen lacks after the actions; what the page loads to.
    "[15:41:34] Julia Moreno: I open a student, click the More menu next to Attendance and there's no Behavior in the list.",
    'Students click Start on any lesson, the lesson player loads to a blank white frame.',
    'Tue he clicked Sync Grades in the gradebook for all 4 of his sections -> spinner, then green "Completed".',
    'Abrí la app, fui a Estudiantes y ahí salen Valeria y también "Kevin L."',
    'Abren la tarea y el video sale en negro con el mensaje "Formato no compatible".',
    'First I went to the Assignments tab, then I clicked on the Unit 5 test, and after that I chose "Assign to class".',
    'The teacher logged in, then she opened the Reports page, selected Term 1 and clicked Export. The file was empty.',
    'El alumno abre la app, luego va a Tareas y después pulsa Entregar; sale un error 500.',
    'Primero entra al curso, luego hace clic en "Calificaciones" y después elige la prueba del jueves.',
    // Spanish plurals and forms told in the third person: "van a", "llenan", "dan clic", "presionan".
    'Van a Tareas > Nueva tarea, llenan todo, dan clic en "Publicar" y sale "Error 403 - Prohibido".',
    'En el salón los niños abren la lección, presionan el botón de la bocina para escuchar la lectura y no se oye nada.',
    // "le da entrar", "descargué la aplicación" (a first person told without its accent).
    'pone su correo y contraseña, le da entrar y la pagina se recarga y vuelve a pedir el correo, asi una y otra vez',
    'descargue la aplicacion de Learnwell para padres, me registre y puse el codigo que me dieron, pero no aparece mi hija.',
    // "capturo", "le doy clic", "recargo"; Argentine "me tira"; "si contestas ... y pulsas Enviar".
    'Cuando capturo las calificaciones de mi grupo 2°B, le doy clic en Guardar, me sale "Guardado" pero en cuanto recargo la página se borran.',
    'sí, fui a Mis clases, en "Matemática 3°1° 2024" toqué los tres puntitos > Duplicar y me tira "No tenés permiso para duplicar esta clase"',
    'Si contestas 2 moles en la pregunta 4 y pulsas Enviar, te la marca como incorrecta; si pones 4 moles te la da por buena.',
    // Landing on a page is a step; three actions and a "when" are steps on no named screen.
    'I log in, land on the Dashboard, and the tabs across the top are Classes / Assignments / Messages.',
    'She logs in, does the lessons in Level 3, finishes with the stars, and when she logs in the next day she is back at the start.',
    // Actions on screen, then what they did in the next sentence.
    'So I went to the Import Classes page, checked 2nd, 3rd and 5th hour, and hit Import. 3rd hour shows up as a class but with 0 students.',
    // A statement ending in a "??" of disbelief, a call note's "cx", "push", a list shown, a page that reloads.
    "[03:13:40] Hannah Nguyen: i wrote it in the assignment, click Turn In and it says 'Upload failed: file too large' but its just text??",
    'cx runs Gradebook > Sync to SIS and the results list shows every kid synced except Marcus.',
    'I go in Attendance > Today, I mark the student Absent, I push Save, but in the parent app is showing Present.',
    'I log in and go to My Classes and only periods 1-4 are listed.',
    "Pasos: abrir la lección 3.2, pulsar el audio 'Diálogo'",
    'they open Writing Studio, start typing their essay, and after like 5 min the page reloads to the login screen.',
    'I open Spelling Bee, press Play Word, and hear it twice about half a second apart.',
  ])('actions told in sequence are steps: %s', (text) => expect(steps(text)).toBe('present'));

  it.each([
    'Can you go to Settings, click Export and check the file?',
    'Hi! If a student clicks Submit and then edits the essay, does the teacher see the new version?',
    'So I just go to Settings and click Reset Password to fix it?',
    'Quick q: I open the gradebook, click Export, and choose CSV, right?',
    // A letter's opening (session 13's review), not writing in the product.
    'Le escribo el presente correo para informarle que la plataforma no funciona desde ayer.',
  ])('a question is not steps told: %s', (text) => expect(steps(text)).toBe('missing'));

  it.each([
    'I attached a spreadsheet and the affected students are listed in column B.',
    "Push notifications don't show up on my phone anymore for grade updates.",
    // Advice's "if there is no sound", not what came of actions.
    'If there is no sound, check the volume on the Chromebook.',
    'I clicked Save and there is no problem on my laptop, only on the cart Chromebooks.',
    'Clicking Create Quiz opens to a blank page where you add your questions. How do I add images?',
  ])('no actions leading to it: %s', (text) => expect(steps(text)).toBe('missing'));

  it.each([
    'I went to lunch, then picked up my kids and typed up the notes.',
    'The outage hit on Monday, then it hit again Tuesday and hit a third time Wednesday.',
    'She emailed us Monday, then we opened a ticket, assigned it to tier 2 and entered a note.',
    'Mañana la maestra va a revisar las notas, luego va a hablar con el director y después va a escribirnos.',
  ])('a day told in sequence is not steps: %s', (text) => expect(steps(text)).toBe('missing'));

  it('a capitalised name after an action is something on screen', () => {
    expect(steps('I pick the term, choose all students and click Print, then the PDF comes out blank.')).toBe('present');
    expect(steps('I pick a day, choose a time and call the office, then we talk.')).toBe('missing');
  });

  it("the screen's 'dice que' after the actions is what they did", () => {
    expect(steps('Pongo mi correo y mi contraseña, le doy a Entrar y dice que la contraseña es incorrecta.')).toBe('present');
    expect(steps('Pongo mi correo y mi contraseña, le doy a Entrar, dice que la contraseña es incorrecta.')).toBe('present');
  });

  it("who tells it is no screen's result: 'cx says', 'she said that', 'dice que'", () => {
    expect(steps('cx says: Mon she made a new reading group "Bluebirds", dragged 5 kids into it, hit Save, looked fine. Tues AM the group was empty.')).toBe('present');
    expect(steps('Walked her through Reports > Logins, she said that she would check later.')).not.toBe('present');
  });

  it("a walk-through given is advice, a button at a path's end no result; one the customer gave is steps", () => {
    expect(steps("Walked her through: Gradebook > click the quiz column > student row > ⋮ > Reset attempt. She'll try it after lunch.")).toBe('missing');
    expect(steps('He walked me thru: Reports > Report Cards > Grade 5 > Term 2 > Generate > open the PDF, page 2 onward empty.')).toBe('present');
    expect(steps('I walked the teacher through it over the phone: she clicked Gradebook, opened the quiz column, and the scores were blank.')).toBe('present');
    expect(steps('We walked through it on the phone: she logs in, opens Gradebook, clicks the quiz column, and the scores are blank.')).toBe('present');
    expect(steps('Walked her through Gradebook > Reports > Export > Shows only 3 students.')).toBe('present');
    expect(steps('Q: where does it break?\nA: Gradebook > Term 2 > Export CSV > file downloads but scores column empty')).toBe('present');
    // A note's answer to the customer's how-to question; not the customer's answer to the agent's.
    expect(steps('Call w/ Mr. Reyes\nQ: steps?\nA: Gradebook > Term 2 > Export CSV > file downloads but has no scores')).toBe('present');
    expect(steps('Q: how often does the PowerSchool sync run?\nA: nightly 2am local; manual via Admin > Integrations > PowerSchool > Sync now. Sent KB link.')).toBe('missing');
  });

  it('an attempt at the fix is not a step: told with a gerund, or done oneself', () => {
    expect(steps('I tried exporting the term grades to the report, and both columns show up in the preview.')).not.toBe('present');
    expect(steps('I tried to delete the manual one myself but it says "Only district admins can delete synced users".')).not.toBe('present');
    // What the user wanted to do, and what came of it, is still one.
    expect(steps('She tried to delete the draft but it says "Only district admins can delete synced users".')).toBe('present');
  });

  it.each([
    "We'd like teachers to be able to open the report, pick a term and print it for the whole grade.",
    'Is there a way to duplicate a quiz, change its dates and assign it to my other section?',
    'Hi Mr. Ortiz, please open Settings, click Reconnect, and let us know what you get.',
    'Nos gustaría que los maestros abran el reporte, elijan el periodo y lo impriman.',
  ])('what someone wants to do, or is told to do, is not steps: %s', (text) => expect(steps(text)).toBe('missing'));

  it("support's answer, greeting the requester by name, is not the requester's steps", () => {
    const ask = 'hi, is there a way to export my grades to excel? need to send them to our AD every friday. thanks';
    const answer = 'Hi Kevin! Yes - in the Gradebook, open the class, then click the three dots at the top right > Export > CSV.';
    const read = (name: string) =>
      detectSteps(buildCorpus(buildSources(toSafeTicket(ticket({ description: ask, requester: { name, email: 'k@gmail.com' }, comments: conversation(ask, comment(answer)) }))))).status;
    expect(read('Kevin Brandt')).toBe('missing');
    // Someone else greeted: the comment may be the requester's own story.
    expect(read('Dana Price')).toBe('present');
    // The requester's own follow-up, or a colleague introducing themselves to the requester.
    const follow = (answerText: string) =>
      detectSteps(buildCorpus(buildSources(toSafeTicket(ticket({ description: 'export is empty', requester: { name: 'Pat Doe', email: 'p@x.org' }, comments: conversation('export is empty', comment(answerText)) }))))).status;
    expect(follow('Hi, Pat again with the steps: I open the class, click Gradebook > Export > CSV and the file downloads empty.')).toBe('present');
    expect(follow("Hi Pat, I'm the teacher in room 12. Same for me: I open the class, click Gradebook > Export > CSV and the file is empty.")).toBe('present');
  });

  it('a list announced as the way to see it is steps, whatever its lines hold', () => {
    expect(steps('The totals are off in my gradebook. To see it:\n- Gradebook for Biology P2\n- Settings > Weights\n- any student row')).toBe('present');
    expect(steps('Para verlo:\n- Tareas\n- Unidad 3')).toBe('present');
    expect(steps('Things we sell:\n- Gradebook for Biology P2\n- any student row')).toBe('missing');
  });

  it('sentences opened by first, then, next, each with an action on screen, are steps', () => {
    expect(steps('First, sign in as a parent. Then open the Grades tab. Next, tap any class - the page is blank.')).toBe('present');
    expect(steps('First I went to lunch. Then I picked up my kids.')).toBe('missing');
  });

  it('troubleshooting told in sequence is not steps', () => {
    expect(steps('I cleared the cache, then restarted the Chromebook and tried another account. Still broken.')).toBe('missing');
  });
});

describe('stepsByRules: a chat is not a numbered list', () => {
  it('its timestamps do not number its lines', () => {
    const chat = [
      '(10:12:05 AM) Lorna: hi, a student who switched classes keeps showing up in my old roster',
      '(10:12:31 AM) Bailey (Support): Can you give me the student ID?',
      '(10:13:14 AM) Lorna: I removed her from my class this morning and she popped right back in',
      '(10:14:50 AM) Lorna: ok thank you!',
    ].join('\n');
    expect(stepsByRules(buildCorpus(buildSources(toSafeTicket(ticket({ description: chat }))))).evidence.join(' ')).not.toMatch(/numbered/);
    expect(steps('1. Open Gradebook\n2. Click Export\n3. The file is empty')).toBe('present');
  });
});

describe('detectSteps: the model on a long thread', () => {
  it('a long thread of status updates is no steps, however long', () => {
    const description = 'The nightly sync report from the district looks off compared with last week.';
    const updates = Array.from({ length: 500 }, (_, i) =>
      comment(`Update ${i}: we are still looking into the report from the district office and will follow up with the team tomorrow morning.`),
    );
    const t = ticket({ description, comments: [comment(description, { public: true }), ...updates] });
    expect(detectSteps(buildCorpus(buildSources(toSafeTicket(t)))).status).toBe('missing');
  });
});

describe('stepsByRules: steps told back by the agent and confirmed', () => {
  const chat = (answer: string) =>
    stepsByRules(
      buildCorpus(
        buildSources(
          toSafeTicket(
            ticket({
              description: [
                '(07:04:26 AM) Janelle: the classlink tile goes to a white page',
                '(07:05:20 AM) Marco (Support): So you sign in to ClassLink, click our tile, and get a blank white page?',
                `(07:05:24 AM) Janelle: ${answer}`,
              ].join('\n'),
            }),
          ),
        ),
      ),
    ).status;

  it.each(['yes', 'yep exactly', 'sí'])('the customer says %p: steps', (answer) => expect(chat(answer)).toBe('present'));
  it.each(['no, it happens before that', 'not sure'])('the customer says %p: none', (answer) => expect(chat(answer)).toBe('missing'));
});

describe('detectSteps: how it should work beside what happened', () => {
  it.each([
    'Steps to reproduce:\n1. Log in as the student\n2. Open Grades > Feedback, which is supposed to show comments\n3. It is blank',
    'I clicked Admin > Students > Caleb Ortiz > Guardians and his mom is under the wrong household.',
    'I go to Grades > Assignment > Feedback and it is supposed to show the comments but it is blank.',
  ])('%s', (text) => expect(steps(text)).toBe('present'));
});

describe('detectSteps: where to go is not what happened', () => {
  it.each([
    'Ava (Support): You can do that from Gradebook > Settings > Grading method > Weighted categories.',
    'Checked Admin > Students > Caleb Ortiz > Guardians - she is NOT listed.',
    'Vaya a Curso > Configuración > Copiar a otra sección y elija 1°C.',
    // How it should work, not what happened (a setting's place; a steps field of one line of how it should be).
    'From what I understand the setting is under Quiz Settings > Review > "Show results after due date", and that\'s supposed to keep answers hidden.',
    'Steps to reproduce: Students should be able to see feedback under Grades > assignment > Feedback once the teacher releases grades.',
  ])('%s', (text) => expect(steps(text)).toBe('missing'));

  it.each([
    'They open the Clever portal, click your app icon, the page starts to load and then bounces straight back.',
    'Teachers click the Gradebook tab, it spins and then shows "Something went wrong."',
    'My username is sbecker. Steps: I create the assignment in Google Classroom, then in your gradebook I click Sync now.',
    'Open the page and scroll to Example 2 to see it.',
    "Al hacer clic en el ícono de BrightLearn en el LaunchPad sale 'SAML response invalid'.",
    'Repro: log in as any tchr > Gradebook tab > pick any section > spinner > error',
    'When he clicks your app in the Clever portal he gets "No account found for this user".',
    // What it does after: lands on, times out, stays black, doesn't show.
    'He signs in with Google, clicks the reading app and lands on an empty page.',
    'Our counselor opens the roster, clicks a student and the profile times out.',
    'The student opens the lesson, taps the video and it stays black.',
    "She picks a due date, presses Assign and it doesn't show for the kids.",
    'Los alumnos entran a la plataforma, abren la unidad 2 y el audio no carga.',
    'Kids press Start on the simulation and the loader never finishes.',
    'They choose our tile in the portal and it sends them back to the login page.',
    'I attached the worksheet and my students see nothing but a grey box.',
    'Los niños tocan el botón de grabar y sale "Sin permiso".',
    // A gerund that opens its clause, "after" as "when", a kid as the one acting, a wrong result.
    'In the last step of the wizard, pressing Finish gives a blank screen.',
    'After I import the roster file and map the columns, teachers only see half the kids.',
    'Every time a kid opens the video on a tablet, it loads a second and freezes.',
    'So I go into attendance, I click on the date header and it sorts backwards.',
    "Open the unit outline in the course and you'll see it.",
    'Nos registramos en el portal con el código de la escuela y no aparece la niña.',
    // Shorthand and other ways of saying what it does.
    'Parent signs in with Google -> "Invalid redirect URI".',
    'Trying to open the Unit 4 test from the dashboard gives a 403.',
    'Any time a student tries to submit a drawing, the canvas clears.',
    'I click the Print button and nothing downloads.',
    'Kids opening the slides on iPads see a grey box.',
    'Cuando intento subir el archivo me sale "Formato no válido".',
  ])('but a path walked or an action and its result is: %s', (text) => expect(steps(text)).toBe('present'));
});

describe('detectSteps: one action and when it happens', () => {
  it.each([
    'The list reorders itself. It happens each time I click the Due Date column.',
    'The reader skips the choices whenever she tabs through the quiz.',
  ])('is a thin repro (weak): %s', (text) => expect(steps(text)).toBe('weak'));

  it('while "when" and two actions are steps', () => {
    expect(steps('Every time I open the planner and drag a lesson, it jumps back.')).toBe('present');
  });

  it('an action and what stalls after it are steps', () => {
    expect(steps('Students press play on the video, it runs a minute and then stalls.')).toBe('present');
  });
});

describe('detectSteps: where in a course', () => {
  it.each(['Physics B, Unit 4 Momentum Quiz, question 9 has two right answers.', 'En Química 2, Bloque 4, Actividad 2 falta la tabla.'])(
    'a place two levels deep is where to look, the repro of a content problem: %s',
    (text) => expect(steps(text)).toBe('present'),
  );

  it.each(['Report cards for Q1 and Q2 show the same comments.', 'The e-book is blank from page 45 to page 60.'])('a quarter or a page is no course place: %s', (text) =>
    expect(steps(text)).toBe('weak'),
  );

  it('one place alone is not', () => {
    expect(steps('Unit 4 has a typo in the title.')).toBe('missing');
  });
});

describe('detectSteps: a reply signed by support', () => {
  const withReply = (description: string, reply: string) =>
    detectSteps(buildCorpus(buildSources(toSafeTicket(ticket({ description, comments: [comment(description, { public: true }), comment(reply, { public: true })] }))))).status;

  it('tells where to go, not what happened', () => {
    const reply = 'Hi Dana,\n\nOpen Admin > Roster > Sync, click Run now, then reload the Gradebook page.\n\nKind regards,\nMilo, Acme Learning Support';
    expect(withReply('How do I force a roster sync?', reply)).toBe('missing');
  });

  it('while the customer’s own reply with the same path is steps', () => {
    const reply = 'I open Admin > Roster > Sync, click Run now, and the page goes blank.\n\nThanks,\nDana Ruiz';
    expect(withReply('The roster sync fails.', reply)).toBe('present');
  });
});

describe('detectSteps: what the thing did after the actions, whatever its verb', () => {
  it.each([
    'They open the assignment, tap the speaker icon on a question, and the voice reads the English text with Spanish pronunciation.',
    'Now when I click "Sign in with Google" with the new address, it creates a brand new empty account.',
    'he open the app, press Homework, the page is white only, nothing.',
    'A parent logs into the parent portal, opens Grades, and sees the grades of another student.',
    'i mark them and hit save and it just spins',
    'Toman la foto en la app, le dan Adjuntar, luego Entregar, y se queda en "Subiendo…" para siempre.',
    'Son opened Reading > Quiz "Hatchet ch. 5", timer hit 10:00 and it auto-submitted with half the questions blank.',
    'Pongo mi correo y contraseña, le doy a Entrar, y me pide un código de verificación que nunca llega a mi correo.',
  ])('steps: %s', (text) => expect(steps(text)).toBe('present'));

  it.each([
    'I went to lunch, then picked up my kids, and the traffic was awful.',
    'When I called the office, the secretary said she would check.',
    'Could you open the report, click Export, and the file should download?',
  ])('not steps: %s', (text) => expect(steps(text)).not.toBe('present'));
});

describe('thin repros: an action and what it did, not yet steps', () => {
  it.each([
    'Every worksheet I click on just says "This content is unavailable".',
    'Parents get "Session expired" after typing their password on the sign-in page.',
    'The video player shows a black box as soon as he opens the lesson.',
    'La pantalla se queda en blanco en cuanto abre la tarea.',
  ])('weak: %s', (text) => expect(steps(text)).toBe('weak'));

  it.each([
    // Nouns that look like actions: a grade level, the login page, a possessive's thing.
    'Her 5th grade reading group shows up twice on the roster.',
    "Some of my students' grades show as Excused but I never excused them.",
    'Reading scores dropped after schedule changes last week.',
    // A story's past after "after", and a request with nothing done.
    'Our rosters stopped updating after I changed my district password.',
    'Please see the attached document for the details.',
  ])('missing: %s', (text) => expect(steps(text)).toBe('missing'));

  it('a chat filler ("like") opens a clause like "so" does: one action on screen and its result', () => {
    expect(steps('like i tap save and it just goes back to the old seating chart')).toBe('present');
  });

  it('a contraction is not a quote, a link after an action is on screen', () => {
    expect(steps("She switched tablets and can't get the code.")).not.toBe('present');
    expect(steps("Open https://learn.example.com/courses/bio/outline and you'll see it.")).toBe('present');
  });

  it('"Para verla:" and "To see it:" label steps on their own line', () => {
    expect(steps('Hola.\n\nPara verla: abrir la lección > ir a la diapositiva 6.\n\nGracias')).toBe('present');
    expect(steps('Hi.\n\nTo see it: open the Unit 2 quiz > click Preview.\n\nThanks')).toBe('present');
  });
});

describe("a form's steps field of one line", () => {
  const form = (line: string) => `Submitted via support form\nDescribe the issue: my roster is empty\nSteps to reproduce: ${line}\nWhat have you already tried?: logged out and in, still empty`;
  it.each(['open My Classes', 'Move a student to another section', 'Archive last year\'s class'])('is a thin repro: %p', (line) => expect(steps(form(line))).toBe('weak'));
  it.each(["It just doesn't work!!!", 'n/a - just a question'])('without one is none: %p', (line) => expect(steps(form(line))).toBe('missing'));
});

describe("support's advice, in its reply and quoted in the customer's", () => {
  it('is no steps: "Go to Classes > [current class] > Roster, click the three dots ..."', () => {
    const advice = "Hi Ellen! Go to Classes > [current class] > Roster, click the three dots next to the student, choose Move, and pick the new class. Let us know if that doesn't work.\n\nSam\nLearnBridge Support";
    const thanks = `Thank you! I'll give it a try after school tomorrow.\n\nEllen\n\n-----Original Message-----\nFrom: LearnBridge Support\nSent: Wednesday, January 8, 2025 5:02 PM\nSubject: RE: moving a student\n${advice}`;
    const t = ticket({ description: 'Hi, how do I move a student from one of my classes to another? Student is tgreen14.\nThanks, Ellen' });
    t.requester = { name: 'Ellen Baker', email: 'ebaker@school.org' };
    t.comments.push(comment(advice, { public: true }), comment(thanks, { public: true }));
    expect(detectSteps(buildCorpus(buildSources(toSafeTicket(t)))).status).toBe('missing');
  });
});

describe("the customer's own steps beside a quote of support", () => {
  it('a bottom-posted answer under "On ... wrote:" is the customer\'s', () => {
    const t = ticket({ description: 'A student disappears from my roster when I add him.' });
    t.comments.push(
      comment('Hi Ellen! Can you tell us the steps?\n\nSam\nLearnBridge Support', { public: true }),
      comment('On Mon, Jan 8, 2025 LearnBridge Support wrote:\n> Hi Ellen! Can you tell us the steps?\n\nSure: I go to Classes > Roster > Add Student, click Save and he disappears.', { public: true }),
    );
    t.requester = { name: 'Ellen Baker', email: 'ebaker@school.org' };
    expect(detectSteps(buildCorpus(buildSources(toSafeTicket(t)))).status).toBe('present');
  });

  it("a district help desk's forwarded message is the customer's", () => {
    const text = 'See below.\n\n-----Original Message-----\nFrom: Lakeview USD Help Desk\nSubject: roster\nWe log in as a teacher, go to Classes > Roster > Add Student, type the name, click Save and the student disappears.';
    expect(steps(text)).toBe('present');
  });
});

describe('what is not a repro', () => {
  it('an action word after "the", "a", "my" names a thing: "the grades show" is no action', () => {
    expect(steps('Note for the next shift: the grades show in the audit log.')).toBe('missing');
    expect(steps('Note for the next shift: a bulk import ran at 11:02.')).toBe('missing');
  });

  it('a numbered list of what support is asked to do is a request, not steps', () => {
    const ask = 'Hello,\n\nWe open a new campus in January. Could you do the following:\n\n1. Create the school under our district.\n2. Add it to the roster import.\n3. Copy the settings of Pine Hill.\n\nThanks';
    expect(steps(ask)).toBe('missing');
    const repro = 'Hello,\n\nHere is what happens:\n\n1. Create a quiz.\n2. Add it to Unit 2.\n3. Click Publish, the page goes blank.\n\nThanks';
    expect(steps(repro)).toBe('present');
  });
});

describe('an action, then what it did in the next sentence', () => {
  it('is a thin repro, with a modal between who and the action', () => {
    expect(steps("My daughter can't sign in on the library laptop. It says \"Account locked\".")).toBe('weak');
    expect(steps('He tries to open the workbook on his phone. The page goes white.')).toBe('weak');
  });

  it('not when the next sentence tells something else, nor across a possessive', () => {
    expect(steps("My daughter can't sign in on the library laptop. Her teacher is Ms. Ruiz.")).toBe('missing');
    expect(steps("The students' grades show as Excused in the gradebook.")).toBe('missing');
  });
});

describe('a path given as advice', () => {
  const corpusOf = (text: string) => buildCorpus(buildSources(toSafeTicket(ticket({ description: text }))));
  it('is not steps: "I suggested extending time (Quiz > Settings > Accommodations > Extra time)"', () => {
    expect(stepsByRules(corpusOf("- I suggested extending time for one kid as a test (Quiz > Settings > Accommodations > Extra time), he'll do that after lunch.")).status).not.toBe('present');
    expect(stepsByRules(corpusOf('- She opened Quiz > Settings > Accommodations > Extra time and it was greyed out.')).status).toBe('present');
    expect(stepsByRules(corpusOf('The page will not save: Gradebook > Period 2 > Settings > Weights')).status).toBe('present');
    expect(stepsByRules(corpusOf('Going into Gradebook > Period 2 > Settings > Weights, blank.')).status).toBe('present');
  });

  it('two screens are a path when an action leads there and what they did follows', () => {
    expect(stepsByRules(corpusOf('Sub account "subteach3" logs in fine but Dashboard > My Classes is empty - no classes at all.')).status).toBe('present');
    expect(stepsByRules(corpusOf('The roster is under Dashboard > My Classes.')).status).not.toBe('present');
    // Session 17's review: not in a question.
    expect(stepsByRules(corpusOf('Quick question: I logged in and Profile > Language shows English, how do I switch it to Spanish?')).status).not.toBe('present');
  });

  it('advice with what a screen shows is still advice; only a walk-through tells what the screens did', () => {
    expect(stepsByRules(corpusOf("I suggested she open Quiz > Settings > Accommodations since that shows the extended time option, she'll try it after lunch.")).status).not.toBe('present');
  });

  it('is steps when what the screens did is told: "Walked through w/ him: Class > Roster shows 29 kids"', () => {
    expect(stepsByRules(corpusOf('Walked through w/ him: Class > Roster shows 29 kids, but Gradebook > 6th Period is empty (no rows).')).status).toBe('present');
    // (Someone's reply is no screen's: not read as the path's result.)
    expect(stepsByRules(corpusOf("Walked her through Students > open profile > Activity tab, she said she'd look after her meeting.")).evidence.join()).not.toMatch(/path/);
  });
});

describe('a path in a phone note written on one line', () => {
  const corpusOf = (text: string) => buildCorpus(buildSources(toSafeTicket(ticket({ description: text }))));
  // The line goes on past the path, to another screen named later: the path's sentence is what counts.
  const note = (path: string) =>
    `Call from Nadia, testing coordinator. 140 of 352 juniors are missing from the group. ${path} Tried the manual sync twice with no change at all, she says the old count also shows in Reports > Groups.`;
  it('is read within its own sentence', () => {
    expect(stepsByRules(corpusOf(note('Admin > Groups > Spring Practice shows 212 members, should be 352.'))).status).toBe('present');
    // An ellipsis inside a path ends no sentence.
    expect(stepsByRules(corpusOf(note('I went to Classes > Period 4 > ... menu and hit Delete.'))).status).toBe('present');
  });

  it.each([
    'Teacher says weighted totals are wrong. I told her to try Gradebook > Settings > Weighting and re-save. She said she would call back.',
    "Roster not updating since Monday. Workaround for now: Admin > Integrations > Sync Now. She'll let us know.",
    'Called about attendance codes. Next step: Setup > Attendance > Codes > Reorder. Customer has not tried anything yet.',
    'Grades missing for 3rd period. The docs say Gradebook > Settings > Sync should fix this. Can you confirm?',
    'Report cards print with the comments cut off. Is the margin option at Reports > Report Cards > Print Settings?',
    'Llamó la coordinadora. Le dije que entrara a Configuración > Sincronizar > Ejecutar. Lo hará mañana temprano.',
  ])('told, pointed to or asked about is no steps: %s', (text) => expect(stepsByRules(corpusOf(text)).status).not.toBe('present'));

  it.each([
    'I asked them to log out, log back in and open Quizzes > Unit 3 > Start, and it still goes blank for all 28 kids.',
    "There's no workaround: every time she goes to Reports > Attendance > Daily and clicks Print, it comes out blank.",
    'Next step in our enrollment process: the secretary opens Students > New > Guardian and the Save button is greyed out.',
    'Is it normal that when I go to Gradebook > Export > CSV the file only has the headers?',
    "Les pedí que entraran a Tareas > Unidad 2 > Entregar y a todos les sale 'Error 403'.",
  ])('but told with what it did, it is: %s', (text) => expect(stepsByRules(corpusOf(text)).status).toBe('present'));

  it('a sentence closed inside quotes ends before the next', () => {
    const text = 'I tried doing it myself: Class Settings > Co-Teachers > Add, typed her email, and it says "No matching staff found." I asked her to log in once, she did, still not found.';
    expect(stepsByRules(corpusOf(text)).status).toBe('present');
  });

  it('and advice elsewhere on the line does not hide it, while advice in its own sentence does', () => {
    expect(stepsByRules(corpusOf(`${note('Admin > Groups > Spring Practice shows 212 members.')} Told her to go to Reports.`)).status).toBe('present');
    expect(stepsByRules(corpusOf(note('I suggested she try Admin > Groups > Spring Practice > Resync.'))).status).not.toBe('present');
  });
});

describe('when the rules find no steps, the steps model reads the ticket', () => {
  const corpusOf = (text: string) => buildCorpus(buildSources(toSafeTicket(ticket({ description: text }))));
  // A second-language writer's story (from dev split 8): the rules hear no sequence, the model does.
  const story = [
    'Good day,',
    'I am teacher of ESL at Northgate Middle School. I have problem with one student. He go to Assignments, he click on "Essay 3 - My Hometown" and he see message "You do not have permission to view this item". His login is nguyen.bao.nms.',
    'I have try to remove him from the class and add him again, but it is same. Also he try on other computer in library, same message.',
    'Only him has this problem, other students in the class open the essay normal.',
    'Thank you for help.\nIrina Volkova',
  ].join('\n\n');

  it("an agent's chat turn telling where to go is no steps of the customer's", () => {
    const chat = [
      'Chat started: 2025-01-09 21:20 UTC',
      '[21:20:14] Visitor: hi how do i export my gradebook to excel? need it for a parent meeting tmrw',
      '[21:21:02] Visitor: im at Brookfield HS. i looked under Reports but all i see is a PDF option, no excel or csv',
      '[21:21:45] Agent (Kate): The CSV export lives in the gradebook itself: open Gradebook, pick the class, then click the three-dot menu at the top right, choose Export and pick CSV.',
      '[21:23:10] Visitor: oh found it thx!!',
    ].join('\n');
    expect(detectSteps(corpusOf(chat)).status).not.toBe('present');
  });

  it('a story of what was done and what went wrong is steps, pointing at its sentence', () => {
    expect(stepsByRules(corpusOf(story)).status).not.toBe('present');
    const found = detectSteps(corpusOf(story));
    expect(found.status).toBe('present');
    expect(found.evidence[0]).toMatch(/^description: told as steps \("go to Assignments, he click on/);
  });

  it.each([
    'How do I add a co-teacher to my class? And can you tell me where the settings for late work are? Thanks!',
    'Could you please add Ms. Rivera as a teacher to our school account and create a new class for her? We need it by Monday.',
    'Our district would like a report of all student logins for last semester, broken out by school. Is it possible to export that?',
  ])('a question or a request is not: %s', (text) => expect(steps(text)).toBe('missing'));
});

describe("session 20's readings", () => {
  const stepsOf = (description: string) => detectSteps(buildCorpus(buildSources(toSafeTicket(ticket({ description }))))).status;
  it.each([
    'Since this morning nobody can play videos. Open any lesson, click play, spinner forever.',
    "Mr. Ruiz, I cant find where to upload my essay. I open the Persuasive Essay assignment and theres only a text box, no upload button.",
    'She opens her dashboard and Homework 12 is listed twice with the same due date.',
    'Classes > Archived, I pick 2023-24 in the year filter and the list is empty.',
  ])('a repro: %p', (text) => expect(stepsOf(text)).toBe('present'));
  // Looking for a setting that is not there is a try, not a repro (a how-to question).
  it('not a repro: a setting looked for', () =>
    expect(stepsOf("i went into Settings and theres only Notifications and Account, no language option anywhere")).not.toBe('present'));
});

describe("session 20's review mends (steps)", () => {
  const stepsOf = (description: string) => detectSteps(buildCorpus(buildSources(toSafeTicket(ticket({ description }))))).status;
  it.each([
    "I logged in this morning and there's only one day left before report cards are due, so please hurry.",
    'I opened the ticket portal and there\'s only one open ticket from us, this one. Any update?',
  ])('no repro: %p', (text) => expect(stepsOf(text)).toBe('missing'));
});

describe("session 22's readings (steps)", () => {
  it.each([
    'The toggle does nothing. Student opens a lesson, clicks the globe icon > Spanish, page flashes and stays English.',
    "entran a Ciencias > Lección 5 'El ciclo del agua', le dan play y pantalla negra con audio",
    'A los dos alumnos nuevos los dimos de alta en el SIS el lunes y los pusimos en 3B, esperamos la sincronización de la noche y hoy no aparecen en la lista de 3B.',
  ])('a repro: %p', (text) => expect(steps(text)).toBe('present'));
  it.each([
    'Students sign in with Clever and tap the Reading tile, app version is 4.2 on all of them.',
    'Queremos que los alumnos abren el Libro 3, pantalla completa sería ideal.',
  ])('what follows the actions is no result: %p', (text) => expect(steps(text)).not.toBe('present'));
  it('a phone note\'s lines stay apart', () =>
    expect(steps('cx checked the billing page in her admin acct, says no invoice listed yet\nbilling team out today, told cx we would email her')).not.toBe('present'));
});
