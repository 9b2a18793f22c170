import { isAdviceOrPlan } from './lexicon';
import { comment, ticket } from '../fixtures/build';
import type { TicketSnapshot } from '../types';
import { buildCorpus, buildSources, toSafeTicket } from './source';
import { detectTroubleshooting, troubleshootingByRules } from './troubleshooting';

const statusOf = (snapshot: TicketSnapshot) => detectTroubleshooting(buildCorpus(buildSources(toSafeTicket(snapshot)))).status;
const status = (description: string) => statusOf(ticket({ description }));

describe('tried, and what came of it', () => {
  it.each([
    'I used the "Clear cache and reload" option and the page still spins.',
    'He checked his spam folder and his voicemail, nothing from the school.',
    "I tried merging Marcus's two accounts under Admin > Users > Merge. That worked, but after the next nightly sync the old record came back.",
    'I had her log out of the app and log back in on her Chromebook. But the quiz still shows the old due date.',
  ])('in the sentence or one about it after: %s', (text) => expect(status(text)).toBe('present'));

  it.each([
    'Generamos un código nuevo para ella desde Administración y tampoco funciona.',
    "We turned Mrs. Obi's grade notification setting off and back on, still getting 2.",
    'I tried to do it myself under Admin > Users > select both > Merge, but the Merge button is greyed out.',
    'and yes i already hit Refresh roster like twice, nothing',
    'We followed your help article through step 3, but step 4 says to choose OneClick and we don\'t see that option anywhere.',
    'I pick "All rows" and click Export and it errors out with "Request too large". Tried twice this morning.',
    'I also took the quiz in student preview from my teacher account and got marked wrong there too.',
    '- Told cx to clear the cache and reload; she did, same error.',
    '[12:07:40] Agent (Sam): I cleared her cache on our side, same error.',
    'She had 3 students refresh the page -- they came back to Q1 with all answers gone.',
    'I had Marcus retake it on my teacher laptop and that submission stuck fine.',
    '[11:22:02] Jamal Price: yeah I sent it again at 10:30, that one is queued too',
    'I had them refresh and the timer reset to 30:00 and they lost all their answers.',
    '(15:05) Rocío Benavides: ya le mandamos el correo de restablecer contraseña desde la oficina 2 veces y dice que no le llega, ni en spam',
    'We rolled one test device back to 126 and the app launches normally there.',
    "I looked under Reports and under Gradebook settings and didn't see anything.",
    'ayer la maestra se la cambió y sigue igual',
    'yes i turned them on in the app settings and in my iphone settings, still nothing',
    'I manually regraded Q7 for my students but the auto score overwrote my changes the next morning.',
    "I also tried the Download button on the class view but that's also a PDF and only one class at a time.",
    'Then I hit Sync Now at the top, it says "Sync complete" and the three still aren\'t there. Did that twice yesterday and once this morning.',
    'yes I tried the Copy button on the course card but it only brought the assignments',
    "I tried Print to PDF instead of the printer and it's blank too.",
    "I tried deactivating the older one myself but then all her reading logs disappeared so I turned it back on.",
    'I tried to delete the manual one myself but it says "Only district admins can delete synced users".',
    "I tried to change it from our admin side but the email field is locked and won't let me type in it.",
    "Doesn't work on her phone or on the school laptop or the library desktop, she tried all three yesterday.",
    'ya le di a "Sync roster" dos veces y nada, sigue vacío',
    'I tried the Download button on each portfolio but it only downloads one at a time.',
    'Ayer les pedí a dos de ellos que grabaran otra vez y tampoco se guardó.',
    'If I use a different browser it works fine.',
    'ya activé las notificaciones en Ajustes del teléfono y en la app y no llega nada, antes sí llegaban',
    // Session 14's review: a real try after "not sure if ... but", "tested whether", "make sure to".
    "Not sure if it's related but I cleared the cache and it's still blank",
    'We tested whether incognito mode helps. It does not, same 403',
    'I make sure to clear the cache every time and it still shows the old roster',
    'I went to the status page and it says no incidents.',
  ])('told in passing, in a story or a chat turn: %s', (text) => expect(status(text)).toBe('present'));

  it.each([
    'Students are still getting the error when they open the quiz.',
    'She tried to log in herself this morning.',
    // A word in -ed describing the subject is no action done.
    'Excused assignments are still getting the late penalty.',
    // What the repro did, not an attempt at a fix (a review of session 10's rules).
    'We published the grades Friday and students are still seeing the old scores.',
    'She submitted the essay on time and is still getting a zero.',
    "I clicked on Assignments and I don't see the button to submit.",
    "We switched to the new gradebook in August and teachers can't find the setting for weighted categories.",
    'We moved to the new building last year and the wifi is bad there too.',
    'He tried multiple times to submit the assignment and it never goes through.',
    'She submitted her essay twice, nothing shows in my inbox.',
    "I had 3 students this morning who still can't log in.",
    // A review of session 11's phrases: what was needed, or done by the system, is no attempt.
    "My students had to redo the essay because it didn't save, and the new version still shows blank.",
    'Ever since IT turned notifications on, every parent gets the same alert 3 times.',
    'Students used the Submit button and got an error.',
    'The roster sync failed again overnight. It did that twice last week too.',
    'My student clicked Submit and got an error. She did that twice.',
    'Le di clic a Entregar y sale error 500.',
    "I tried downloading my son's report card from the parent app and it's blank.",
    'Students take the MAP test on a test device in the library and the app closes at question 12.',
    '¿Qué han intentado?: Todavía nada, les avisaré.',
    '¿Qué ha intentado?: Voy a borrar el caché mañana.',
    'Our counselors say the 11th grade ones they spot-checked look wrong too.',
    'El sistema se los cambió de grupo solo, y sigue apareciendo el grupo viejo.',
    'We had two teachers call about it, same problem.',
    'Le di a mi hijo la contraseña y sigue sin entrar.',
    // A call note's advice, and a try put off ("lo intento más tarde").
    'Advised: have Diego log out/in, and check w/ teacher that the assignments were published. Cx will try tonight.',
    '[16:44:15] Visitante: ahorita no puedo, tengo clase, lo intento más tarde',
    // An agent's chat turn asking for it, and an earlier message quoted in a reply.
    '[12:07:40] Agent (Sam): Thanks. In the meantime could you have a couple of students clear their browser cache and try again?\n[12:08:02] Visitor: ok ill try that after the announcements',
    // ... or telling the customer what they could do, without a question mark; a try put off to "ahorita".
    '[15:43:30] Agent (Priya): Sounds good. In the meantime you could have a student try clearing their browser cache and saving again.',
    '(7:17 PM) Claudia Reyes: ok ahorita lo intento, gracias',
    "[10:02] Agent (Maya): Your best bet is to re-run the export after 5pm when the load is lower.",
    // Session 13's review: "all right" is no check found right, "verified" no one's check.
    'All right, so I went into Settings and turned on the Clever sync for the first time.',
    'Her account is verified but she still cannot log in.',
    'Our domain was verified last week but students still get the Google error.',
    'When I checked the Extended Time box and hit save it just clears.',
    'Thanks, will do.\n\nOn Wed, Nov 12, 2025 at 2:02 PM Support wrote:\n> Could you have the affected students clear their browser cache or try an Incognito window?',
  ])('no attempt at a fix: %s', (text) => expect(troubleshootingByRules(buildCorpus(buildSources(toSafeTicket(ticket({ description: text }))))).status).toBe('missing'));

  it.each([
    "In the parent portal, when I go to the Progress tab and click Download PDF it says 'Something went wrong (code PR-500)'.",
    "When they log back in and open the test it says 'Attempt already submitted' and shows half their answers.",
    'I looked for the Export button where it says in your help article, it isn\'t there.',
    'a box pops up with "Session expired. Log out and log back in."',
    `it says "Can't save. We restarted your session"`,
  ])('not what the screen said, quoted: %s', (text) => expect(status(text)).toBe('missing'));
});

describe('asking around, and what came of it', () => {
  it.each([
    'Kelly is one of our 4th grade teachers. I walked down the 4th grade hall and checked with two of her neighbors (Ms. Tran and Mr. Boyd) and their assignments are doing the same thing.',
    "Subs can't open the lesson plans. Pam checked. It's every sub account in the building, all 6 of them get the same permission message.",
    'Comments are missing. Two other teachers say same thing in their classes.',
    'Llamó la directora. Intenté regresar la llamada a las 10:40 y a las 11:15, no contestan.',
    'Checked all 5 of my classes -- it is only this one pair.',
    'checked w/ the other office staff and the principal and every report card shows the same.',
  ])('is how far it goes, not a try: %s', (text) => expect(status(text)).toBe('missing'));
  it.each([
    'I did read the "Data retention" article in your help center but it only talks about district-level contracts, so it didn\'t answer my question.',
    'I tried Messages > New Group > Add Members but only my own two PE classes show up in the list.',
  ])('a look with what it found is a try: %s', (text) => expect(status(text)).toBe('present'));
});

describe('what someone wants to know was tried', () => {
  it.each([
    "Slow all week. It would also help to know whether they've tried a different browser or device.",
    'Slow all week. Please let us know if they tried a different browser, same or not.',
    "Slow all week. I'm wondering if she cleared the cache, it still spins.",
    'Which browsers do you support? Our district is moving some labs to Firefox and I want to make sure Brightpath works.',
    'Students are getting logged out when they switch to another browser tab and come back.',
    'Told cx dates are usually posted in June on the status page, will email her when announced.',
  ])('is not a try: %s', (text) => expect(status(text)).toBe('missing'));
});

describe('Spanish "luego" is then, not later', () => {
  it('reads the tries after it', () => {
    expect(status('Le borramos el caché. Luego cerramos sesión y volvimos a entrar, y sigue el mismo error.')).toBe('present');
  });
});

describe("a fix's own button", () => {
  it.each(['She hit Sync now at 10:15 today, same result, still missing.', 'The code never arrives. I hit Resend code 3 times, nothing.'])('pressed is something tried: %s', (text) =>
    expect(status(text)).toBe('present'),
  );
  it.each([
    'I will send it again tomorrow and see if that one is queued too.',
    '[11:21:40] Agent (Sam): Can you send it again? That one is queued too.',
    'The system sent them again overnight - parents got the same absence email twice. This one was marked urgent too.',
    'Si ya le mandaron el correo y no le llega, avísenme.',
    'Cuando ya les mandamos las boletas a los papás, no les llegan completas.',
  ])('a retry planned or asked for is not tried: %s', (text) =>
    expect(status(text)).toBe('missing'),
  );

  it.each(['Students hit Retry and it just spins.', "We've used the sync since 2019 with no problems until this week."])('is not tried when it is the failing action or its history: %s', (text) =>
    expect(status(text)).toBe('missing'),
  );

  it.each([
    'kids getting logged out in the middle of the test!!!',
    "My gradebook still shows students who switched out of my class and they're dragging down my averages.",
  ])('is not tried when it is what happened to them: %s', (text) => expect(status(text)).toBe('missing'));

  it.each(['Logged out/in. Nothing.', 'cx logged out/in x2, same', 'My co-teacher, who refreshed three times, still gets the spinner.', 'Our registrar, who moved him to the correct homeroom, says it made no difference.'])('a try told beside its person: %s', (text) =>
    expect(status(text)).toBe('present'),
  );
  it.each(['Tried cb again 10:05a, no answer, LVM #2. Will close in 3 days.', 'Tried calling her back twice, no answer.'])('support trying to reach the customer is not tried: %s', (text) =>
    expect(status(text)).toBe('missing'),
  );
  it.each(['I had the same student log in from the library computer - still blank.', 'Attempted contacting the SIS vendor - they re-pushed the roster overnight, still 0 students.'])('still a try: %s', (text) =>
    expect(status(text)).toBe('present'),
  );
  it('what others had is not a try', () => expect(status('We had the same report from teachers at Lincoln, the key says 3:4.')).toBe('missing'));
  it('a move between groups told of whom it is about is not tried', () => expect(status('Kids that switched sections still show in my old roster.')).toBe('missing'));

  it.each(['Logged out/in, same.', 'My co-teacher who tried it on her laptop got the same error.'])('is still tried when told so: %s', (text) =>
    expect(status(text)).toBe('present'),
  );
});

describe("a form's tried field left blank", () => {
  it('a tried field naming who did it is no plan', () => expect(status('What have you already tried?: Will from our IT office reinstalled it, same issue.')).toBe('present'));

  it.each([
    "What have you already tried?: Asked my admin, she said she'd look into it",
    'What have you already tried?: Log in as teacher, go to Messages, type a message to the parent, click Send - it says Sent but parent never gets it.',
  ])('says nothing was tried when it hands it on or holds the steps: %p', (line) =>
    expect(status(`Submitted via Help Center form\nDescribe the issue: messages say sent but never arrive\n${line}\nHow many users are affected?: just me`)).toBe('missing'),
  );

  it.each(['What have you already tried: Will have teachers clear their cache tomorrow', '¿Qué ha intentado? / What have you tried?: le voy a decir que reinstale la app', 'What have you already tried: TBD', 'What have you already tried: ', 'Tried: n/a', "What have you tried?: haven't had time, sorry", 'Lo que ya intentamos: ', 'Lo que probamos: n/a'])('says nothing was tried, whatever words the form uses: %p', (line) =>
    expect(status(`Submitted via Help Center form\nName: Ellen Park\nDescribe the issue: students cant hear any audio\n${line}\nHow many users are affected?: whole class`)).toBe('missing'),
  );
});

describe("a form's steps", () => {
  const form = (steps: string) => `Describe the issue:\nOne of my students can't open the playlist.\n\nSteps to reproduce:\n${steps}\n\nWhat have you already tried?: n/a`;
  it('are the repro, not a fix tried', () =>
    expect(status(form('1. Log in as the student\n2. To-Do > Fractions Review\n3. Error "This content is not available"'))).toBe('missing'));
  it('may still tell a try', () =>
    expect(status(form('Open the quiz in preview, answer B, submit -> 0/1. I redid it in preview picking C and it was marked correct.'))).toBe('present'));
});

describe("a form's tried field that tells what came of it (review)", () => {
  it.each([
    'Lo que probamos: borramos la caché a las 10:30, igual.',
    "What have you tried: Asked my admin, she said she'd check and she saw his account is active in Clever, but he still can't get in.",
    'What have you tried: Sign in with the Google button instead of the username box. Same error.',
    'What have you tried: Log in from home - works there.',
  ])('is troubleshooting: %p', (line) => expect(status(`Describe the issue: cannot log in\n${line}\nHow many users are affected?: just me`)).toBe('present'));
});

describe('not having had a chance', () => {
  it('to ask around leaves what was tried', () =>
    expect(status("I already cleared my cookies and tried an incognito window and it does the exact same loop. I'm not sure if anyone else in the building has this, I haven't had a chance to ask.")).toBe('present'));
  it.each([
    "I haven't had a chance to try what Dan said yet. The quiz still spins.",
    "The gradebook is blank for my 2nd period. I haven't had a chance to clear the cache or try another browser yet.",
    "Haven't had a chance to reinstall the app like you said, will do tonight.",
  ])('to try something is nothing tried: %p', (text) => expect(status(text)).toBe('missing'));
  it.each(['ya le di a olvidé mi contraseña dos veces y no me llega ningún correo, ni en spam', 'le di reenviar dos veces más y tampoco'])('Spanish retries with what came of them: %p', (text) =>
    expect(status(text)).toBe('present'));
});

describe('a re-enrollment in the story', () => {
  it('is when it happened, not a fix: "two accounts since he re-enrolled in January"', () =>
    expect(status('Kiran Patel has two accounts since he re-enrolled in January. Please merge them.')).toBe('missing'));
  it('is when it happened after "after" too, when the student re-enrolled', () =>
    expect(status('She has two accounts: enrolled in August, then again after she re-enrolled in October. Please merge them.')).toBe('missing'));
  it('tried, it is one', () => expect(status('He unenrolled and re-enrolled the student - no change.')).toBe('present'));
  it('tried after "after", when someone was re-enrolled', () => expect(status('After I re-enrolled him, it still shows the old class.')).toBe('present'));
  it('"but got" and the message is what came of it', () =>
    expect(status("I tried to deactivate the duplicate myself but got 'Account is linked to active enrollments.'")).toBe('present'));
});

describe("a form's tried field that does not say what was tried", () => {
  it.each(['What have you already tried?: everything', 'What have you tried: everything I can think of', 'Troubleshooting: all the usual stuff', '¿Qué ha intentado?: de todo'])(
    'is no troubleshooting: %p',
    (line) => expect(status(`Describe the issue: cannot log in\n${line}\nHow many users are affected?: just me`)).toBe('missing'),
  );
  it('a value that says what was tried is troubleshooting', () =>
    expect(status('Describe the issue: cannot log in\nWhat have you tried: everything in the help article, same error\nHow many users are affected?: just me')).toBe('present'));
});

describe('tried, but not what', () => {
  it.each(['Our roster still shows last year. I tried EVERYTHING and nothing works.', 'Roster still wrong. We did some troubleshooting with the teacher, no luck.'])(
    'is no troubleshooting, whatever came of it: %p',
    (text) => expect(status(text)).toBe('missing'),
  );
  it('"tried everything" with what it was is troubleshooting', () => expect(status('Roster wrong. Tried everything: cleared the cache and re-synced, still wrong.')).toBe('present'));
});

describe('nothing tried, said above a forwarded message', () => {
  const forward = (note: string) =>
    `${note}\n\n---------- Forwarded message ---------\nFrom: Dana Brown <dbrown@jeffersonhs.org>\n\nNone of my kids can open assignments. I restarted my laptop and had the whole class restart their chromebooks, no change.`;
  it("leaves what the forwarded message tried: \"Haven't had a chance to look at it myself yet\"", () =>
    expect(status(forward("Forwarding from one of our teachers. Haven't had a chance to look at it myself yet."))).toBe('present'));
  it('still holds in its own message', () =>
    expect(status("Kids can't open assignments. No troubleshooting yet. I restarted my laptop this morning for an update.")).not.toBe('present'));
});

describe('asking around', () => {
  it.each([
    'Answer key is wrong. I checked with the other 6th grade math teachers and all of them see the same thing.',
    "His level reset. His friends in the same class are still on their normal levels, their moms checked, it's just my kid.",
    'Every teacher in the school is locked out of Q2, our principal checked hers too.',
    'Lo ven todos los estudiantes del colegio que tienen el curso, revisamos en los cuatro grupos de octavo.',
    'He lost his progress in Module 2. No, just him. I checked the other kids, their progress is fine.',
    // A check opening on an accented verb; "los demás".
    'Me pasa con estos dos. Revisé a otros tres alumnos que también llegaron transferidos y a ellos sí les aparecen sus notas.',
    'Usuarios afectados: sólo este alumno, revisé a los demás del grupo y están bien',
  ])('tells who else has it, not a fix tried: %p', (text) => expect(status(text)).toBe('missing'));
  it.each(['El video no carga. Revisé en otros dos navegadores y tampoco carga.', 'La tarea no se guarda. Revisé con otras cuentas de maestro y sale el mismo error.'])(
    'a check on other browsers or accounts, its verb accented, is tried: %p',
    (text) => expect(status(text)).toBe('present'),
  );
  it('a check of something is still tried', () => {
    expect(status('Grades are off. I checked the settings, still wrong.')).toBe('present');
    expect(status('Las notas no aparecen. Revisé la configuración del curso y sigue igual.')).toBe('present');
  });
});

describe('a re-sync', () => {
  it('told as done is troubleshooting', () => expect(status('Roster still missing Ana. Re-synced Clever at 7:45, still missing.')).toBe('present'));
  it('told as what one does is not', () =>
    expect(status('Will students lose grades? A re-sync moves students into the new sections; first-semester grades stay archived.')).toBe('missing'));
});

describe('an agent calling the customer', () => {
  it.each([
    '10/23 2:30p tried again, no answer. LVM. Will close if no contact in 3 days.',
    'Called back 10:05a, no answer, left a voicemail with our hours.',
    '10/23 tried again, voicemail.',
    '10/23 intenté de nuevo, sin respuesta.',
  ])('is no fix tried: %s', (text) => expect(status(text)).toBe('missing'));
});

describe('detectTroubleshooting', () => {
  it.each([
    'Tried another browser.',
    'Re-uploaded it, no change.',
    'Reset the password from the admin page, same error.',
    'Got a new access code, still fails.',
    'Unenrolled and re-enrolled the student.',
    'She re-saved the enrollment in PS, waited for next sync - no change.',
    'I tried exporting as PDF instead and it is the same 24.',
    'yea chrome and firefox same',
    'What have you already tried?: Shorter range (one month) works.',
    'Ya borramos la caché y probamos en otro navegador.',
    'We reset the 2FA for him from the district console, same message.',
    'Reinicié la computadora del laboratorio y sigue igual.',
    'La volvimos a instalar en las tabletas, nada.',
    'I had our registrar submit the change from her account and it still reverted.',
    'From my phone hotspot the page opens fine.',
    'Ya entré a Calificaciones y sale vacía la tabla.',
    // Attempts told in other words, with what came of them.
    'We traded his laptop for a loaner and the problem followed him.',
    "Had him log out and log back in, but it didn't make any difference.",
    'Our tech team allowlisted the domain on the filter this morning.',
    'When I sign in as him from the office it loads.',
    'He resubmitted the essay twice and it still reads missing.',
    'I manually typed the scores in and they reverted overnight.',
    'Moved her to the library wifi and it connected right away.',
    'We ruled out the carts: it happens on home laptops too.',
    'Checked her junk folder and waited an hour.',
    'The aide logged out + back in on both iPads, it happened again at noon.',
    'I reactivated her account on Monday and again on Tuesday, and it locks again.',
    'We had students re-enter their answers; it saves, then blanks again.',
    'I already pressed "Resend invite" three times and they still get nothing.',
    'I tried moving him to the other section but it says "Managed by SIS".',
    'Ya reiniciamos la tableta y se congela igual.',
    'Buscamos en Configuración pero no encontramos la opción.',
    'Same error on his Chromebook and on the library desktop.',
    'It does it on her phone too.',
    'I double checked they are in the right section.',
    'Compared it against last term and that one adds up.',
    'Her aide signed in on his own account and gets the same page.',
  ])('%s -> present', (text) => expect(status(text)).toBe('present'));

  it.each([
    'Have you tried clearing the cache?',
    "I haven't tried incognito yet.",
    'I will try another browser tonight.',
    'Students tried to log in all morning.',
    'Troubleshooting: none',
    'Her chromebook died mid-test - just her, the rest of the class finished fine.',
    'We had a staff meeting and the gradebook is still down.',
    "We're going to have the tech office reinstall the reader app on Monday, same as last year.",
    'Mañana la maestra va a abrirlo en otro navegador.',
    'The export button does nothing when a teacher clicks it in Chrome.',
    'We swapped rooms with the science wing this year.',
    // A fault told a clause before the attempt word is not what came of it.
    'Content error in "Biology Honors" - Lesson 3.2 Cell Transport: on slide 6 the diagram has the osmosis and diffusion labels swapped.',
    // Session 17's review: what the user wanted to do from somewhere, someone sent to tell it, what caused it.
    'I tried to log in from the office computer this morning and it says my password is wrong.',
    'I had a kid in 2nd period come up after class and tell me the video still won\'t play.',
    'I moved the assignment to Unit 4 but that changed the due date for everyone.',
    'He tried to log in from the admin side of the app and got access denied.',
    'La escuela volvió a enviar el aviso de falta aunque mi hijo sí estaba en clase.',
    'Students sign in as themselves through Clever every morning.',
    'Told him to try incognito and to call back after.',
    'She is on her iPad at home and the quiz freezes.',
    'Students log in on their Chromebooks every morning.',
    "What have you already tried?: I was going to clear the cache but haven't yet",
    'Troubleshooting done: we will reinstall it tonight',
  ])('%s -> not present', (text) => expect(status(text)).not.toBe('present'));
});

describe('detectTroubleshooting: any action told in the past, with what came of it', () => {
  it.each([
    'we unplugged the router and plugged it back in, no luck',
    'Swapped to a loaner laptop: same error.',
    "He used his mom's phone and it worked there.",
    'I deleted the assignment and recreated it but the same thing happened',
    'Moved her to the front cart. Same.',
    'the tech guy wiped the profile and it came back anyway',
    'We disabled the content filter for that device and it loaded.',
    'Desconectamos el módem y lo volvimos a conectar, sigue igual.',
    'Ya probé desde el celular de mi esposo y pasa lo mismo.',
    'I downloaded the latest version of the app but it keeps crashing',
    'I extended the due date to Friday already, still closed',
    'Hemos probado con un archivo más pequeño (un PDF de una sola página) y tampoco.',
    'Desde el ordenador de casa también falla.',
    // Spanish outcomes as varied as the English ones, and a short past with its accent ("pedí").
    'Ya les pedí que cerraran sesión y volvieran a entrar. Sigue vacía.',
    'Reinstalamos la app y sigue sin cargar.',
    'Borré el caché, mismo error.',
    'Borré la cuenta duplicada y volvió a aparecer.',
    'Reinicié la tableta y todavía no carga.',
  ])('done: %s', (text) => expect(status(text)).toBe('present'));

  it.each([
    'It started yesterday and the same thing happens every morning.',
    'I opened the gradebook and the same error came up.',
    'The page loaded, then the same message popped up.',
    'If that does not work, try reinstalling the app.',
    'Recommended the teacher re-sync the roster and clear cache.',
    'Please clear the cache and restart the Chromebook.',
    'We will unplug the router tonight and see if it makes no difference.',
    'Did you already swap the laptop? Same error?',
    'I logged in this morning and it is still blank.',
    'Así es, sigue vacía.',
    'Abren la app y la lista sigue vacía.',
  ])('not done: %s', (text) => expect(status(text)).not.toBe('present'));

  it('a command told with what came of it is told as done (phone notes)', () => {
    expect(status('clear cache, same error')).toBe('present');
  });

  it('a comment that says nothing was tried yet tells no troubleshooting, whatever else reads as done in it', () => {
    expect(status("> other schools in dist OK (MS + 3 elems checked)\n> no troubleshooting yet, wanted to call 1st")).not.toBe('present');
    expect(status('Todavía no ha intentado nada. Le sugerí cerrar sesión y volver a entrar.')).not.toBe('present');
  });

  it('"I try" is a second-language writer\'s past; "let me try" and "suggested they try" are plans', () => {
    expect(status('I try reset password with the link two times but no email come to me.')).toBe('present');
    expect(status('ok let me try that')).not.toBe('present');
    expect(status('I suggested they try clearing the browser cache. He said he will call back.')).not.toBe('present');
  });
});

describe('detectTroubleshooting: the model, where the rules find nothing done', () => {
  const corpusOf = (description: string) => buildCorpus(buildSources(toSafeTicket(ticket({ description }))));
  const phoneNote =
    'Llamada de la Sra. Rosa Medina, mamá de Pablo (3er grado). No le llega el correo para cambiar la contraseña del portal de padres. ' +
    'Miró la carpeta de spam y lo pidió dos veces ayer y hoy. Nada. No sabe si a otros papás les pasa.';

  it('reads attempts told as plain past actions with a result, pointing at their sentence', () => {
    expect(troubleshootingByRules(corpusOf(phoneNote)).status).toBe('missing');
    const found = detectTroubleshooting(corpusOf(phoneNote));
    expect(found.status).toBe('present');
    expect(found.evidence).toEqual(['description: tried ("Miró la carpeta de spam y lo pidió dos veces ayer y hoy")']);
  });

  it('does not read questions and plans as done', () => {
    const plans = 'Our principal asked about the reading log being empty for some kids since the weekend. Should we reinstall the app on the iPads, or will you fix it on your side? We are going to try it tomorrow if you think so. Thanks!';
    expect(detectTroubleshooting(corpusOf(plans)).status).toBe('missing');
  });

  it.each([
    ["I suggested she reinstall the app; she'll try tonight.", true],
    ['ok lo intento luego, ahorita estoy en el trabajo', true],
    ['I fixed the time on one of them and it went back to 12:59 AM later that morning.', false],
    ['The page will not save, y nada, no va.', false],
  ])('advice or a plan for later, read over a sentence: %s -> %s', (sentence, plan) => expect(isAdviceOrPlan(sentence)).toBe(plan));

  it('does not point at a forwarded mail\'s header: "Sent: Thursday, April 24, 2025 7:58 AM"', () => {
    const forward = "Hi there,\n\nForwarding a student email. Student is Andre Lewis, ID 30981. He can't start the AP Bio practice exam - every time he clicks Begin he gets \"Session expired, please sign in again\", he signs in and clicks Begin again and it's the same message. The rest of his AP Bio class took it this morning with no issues, so it's just him.\n\nHis mom apparently \"did some stuff on the computer\" last night, I have no idea what. The photo below is from Andre's phone.\n\nKendra Yates\nSchool Counselor, Westlake High School\n\n-----Original Message-----\nFrom: Andre Lewis <30981@students.westlakehs.org>\nSent: Thursday, April 24, 2025 7:58 AM\nTo: Kendra Yates <kyates@westlakehs.org>\nSubject: cant get into the test\n\nhi ms yates i cant get into the ap bio practice test it keeps saying session expired. pic attached. my mom said she would call you";
    expect(detectTroubleshooting(corpusOf(forward)).evidence.join(' ')).not.toMatch(/Sent:/);
  });

  it('does not point at a plan: "suggested she reinstall the app; she\'ll try tonight"', () => {
    expect(status("Caller says the app keeps switching back to English. I suggested she reinstall the app; she'll try tonight and call back.")).not.toBe('present');
  });

  it('keeps what the rules found', () => {
    expect(detectTroubleshooting(corpusOf('Cleared the cache, same error.')).evidence).toEqual(troubleshootingByRules(corpusOf('Cleared the cache, same error.')).evidence);
  });
});

describe("the agent's suggestion answered as done", () => {
  const chat = (answer: string) =>
    [
      '[Mar 4, 8:06 AM] +15552087713: none of my kids can get into the spelling game this am',
      '[Mar 4, 8:09 AM] Agent: Have you tried having them log out fully and back in?',
      `[Mar 4, 8:11 AM] +15552087713: ${answer}`,
    ].join('\n');

  it.each(['yep did that w the whole class, same msg', 'already did, same thing', 'sí, ya lo hicimos', 'yes - Spelling Game > Log out > Log in, and it says "Session expired"'])('%p is tried', (answer) => {
    expect(status(chat(answer))).toBe('present');
  });

  it.each(['no not yet', 'I will try that now', 'what do you mean?', 'yes, how do I do that on a Chromebook?', 'yes please walk me through it'])('%p is not', (answer) => {
    expect(status(chat(answer))).not.toBe('present');
  });

  it('reads the Spanish question with its accents', () => {
    const text = ['[09:01] Visitante: no carga la tarea', '[09:02] Agente: ¿Ya probó en otro navegador?', '[09:03] Visitante: sí, ya lo hice y sigue igual'].join('\n');
    expect(status(text)).toBe('present');
  });

  it('a yes to a question that is not about trying something is not', () => {
    const text = ['[09:01] Visitor: the quiz will not open', '[09:02] Agent (Sam): Is it happening on Chromebooks?', '[09:03] Visitor: yes'].join('\n');
    expect(status(text)).not.toBe('present');
  });
});


describe("a note's shorthand for advice", () => {
  it('is nothing tried: "adv cx to clear cache + update Chrome, cx will try tmrw"', () => {
    expect(status('Cx Lisa, 3rd gr teacher\n- student plays Fact Fluency > Level 4 > screen freezes\n- adv cx to clear cache + update Chrome on that Chromebook, cx will try tmrw\n- no screenshot')).toBe('missing');
  });
});

describe('a symptom in the words of a fix', () => {
  it.each([
    'Los alumnos han mirado el video completo y la actividad no funciona, sigue como pendiente.',
    'Cambiamos el horario el lunes: la asistencia de primaria funciona, pero la de secundaria ya no guarda.',
    'When I run the attendance report the only result is a blank page.',
    'Parents who unsubscribed still get the daily emails.',
  ])('is nothing tried: %s', (text) => expect(status(text)).toBe('missing'));
});

describe("support's own reply", () => {
  const question = 'Will students keep access to their portfolios over the summer?';
  const withReply = (reply: string) =>
    statusOf(ticket({ description: question, comments: [comment(question, { public: true }), comment(reply, { public: true })] }));

  it('answers; what it says was done is no troubleshooting of the customer', () => {
    expect(withReply('Hi Pat,\n\nYes! Your term runs through 8/31 and the renewal picks up from there, so nothing is removed.\n\nBest,\nDevon\nBrightPath Support')).toBe('missing');
    expect(withReply('Hi Pat, I tried reproducing this in our sandbox and the export works fine there.\n\nBest,\nDevon, BrightPath Support')).toBe('missing');
    // The same words from the customer are, and from the school's own IT, signed "Support" too.
    expect(withReply('I removed the late policy and re-added it, still 20%.')).toBe('present');
    expect(withReply('We cleared cache and tried Edge, same blank page.\n\nRegards,\nDana\nDistrict Support Team')).toBe('present');
  });
});

describe("session 18's review: new tries in their near misses", () => {
  it.each([
    'Mi hija ya entró a su cuenta con el usuario que le dieron en la escuela, pero no le aparecen las clases de Inglés.',
    'El niño ya fue inscrito en 4to B desde agosto y no le aparece ninguna tarea.',
    'Buenas tardes. La app me dio otro error hoy: "Sesión expirada".',
    'Ya traté de todo y nada funciona.',
    'Ya trato de entrar todos los días y no puedo, me sale error.',
    'La app me dio otro código de error: 502. No puedo entrar.',
    'The report cards reprinted overnight with blank comment boxes for every student.',
  ])('the problem or a vague try is no try: %p', (text) => expect(status(text)).toBe('missing'));
  it.each([
    'La maestra me dio otro código ayer y pasa lo mismo con el nuevo.',
    'Ya revisó la carpeta de spam y no hay nada.',
    // Comparing the others' settings is a check with a result, not asking who else has it.
    "I checked the other students' settings and they match his, but his timer still resets.",
    'I checked the other students settings and they match his, but his timer still resets.',
    'Cx reprinted all the badges yesterday, the new ones give the same error.',
    // A command under the steps that tells what came of it was done.
    'Steps to reproduce: open the gradebook, click Export. Restart the computer and try again, same blank file.',
  ])('a try told: %p', (text) => expect(status(text)).toBe('present'));
});

describe("session 20's readings", () => {
  it.each([
    // The aim of the try is the fix itself (not "tried to log in").
    'I tried to fix it in my copy through Edit Quiz but it\'s locked ("Publisher content cannot be edited").',
    // "esta mañana" is this morning, not tomorrow: the fault came back after the try.
    'Ya desvinculamos y volvimos a vincular al papá, y esta mañana le volvió a llegar una notificación del otro alumno.',
    "I've resent it 3 times since Monday and had her check spam and promotions, nothing",
    'I already remove him from the class and add again, still not show.',
    'Su técnico ya revocó el acceso en la consola de Google Admin y lo volvió a autorizar ayer en la tarde; sigue igual.',
  ])('a try told: %p', (text) => expect(status(text)).toBe('present'));

  it('reads a chat whose turns are stamped "3:43 PM | Agent Dev:" (the stamp on a line of its own)', () => {
    const chat = [
      '3:41 PM | Harriet Vance: one of my students cannot hear the audio',
      '3:43 PM | Agent Dev: Has she tried another device?',
      "3:44 PM | Harriet Vance: yes she used her brother's laptop last night, no sound there either",
    ].join('\n');
    expect(status(chat)).toBe('present');
    expect(status(chat.replace('no sound there either', 'how do I do that?'))).toBe('missing');
  });

  it.each([
    'I tried to log in this morning but it says my password is wrong.',
    'Mañana volvemos a subirlo y les aviso si sigue igual.',
  ])('an aim or a plan is no try: %p', (text) => expect(status(text)).toBe('missing'));
});

describe('a tried field that only asks around', () => {
  const form = (tried: string) => status(`Describe the issue:\nMy seating chart won't save.\n\nWhat have you already tried?: ${tried}\n\nHow many users are affected?: Just me\n`);
  it('is no troubleshooting', () => expect(form('I checked with my teammate Ms. Cho and hers saves fine.')).toBe('missing'));
  it('is troubleshooting when something was checked with them', () =>
    expect(form('Revisamos con dos mamás que las notificaciones estén activadas en la app; están activadas y aun así no les llega nada.')).toBe('present'));
});

describe("session 20's review mends", () => {
  it.each([
    'We did check the box for "Allow late work" when we made the assignment, and late work is still blocked.',
    "We also update the roster every night via SFTP, that's our normal process. Since Tuesday new students don't appear.",
    'We just check the app every morning before class, and today the lesson list is empty.',
    'Students lost their saved work when the app updated last night.',
    "I posted the assignment in Unit 2 but it didn't show up there.",
    "Students tried to correct their answers and it wouldn't let them; the Edit button is missing after submitting.",
  ])('no try: %p', (text) => expect(status(text)).toBe('missing'));
  it.each([
    "I tried to fix it myself in the editor but it's read-only.",
    'Reduje el archivo a 5 MB y aun así no se sube.',
  ])('a try: %p', (text) => expect(status(text)).toBe('present'));
});

describe("session 20's second round", () => {
  it.each([
    'He tried to log in yesterday and again this morning and both times got the same code.',
    'He tried it again this morning on the same chromebook and it did the exact same thing.',
    'What have you tried?: Tried to log in multiple times',
    'she tried to log in like 5 times and it keeps saying invalid password',
    '(3:05 PM) Agent: Thanks! Have you tried resetting her password from your teacher dashboard? Students > Kaylee > Reset password.\n(3:05 PM) Visitor: no i\'ll try that after class',
  ])('the failing action again, or advice, is no try: %p', (text) => expect(status(text)).toBe('missing'));
  it.each([
    'Teacher had him open a YouTube video on the same Chromebook and that had sound fine.',
    'I had two of my students enter it as "-4" and as "x=-4" and both got marked incorrect.',
    'Ya les dije que cerraran sesión y volvieran a entrar y nada, sigue el mismo error.',
    'He probado desde el móvil y desde el ordenador del cole y en ninguno sale.',
  ])('a try: %p', (text) => expect(status(text)).toBe('present'));
});

describe("session 20's second review mends", () => {
  it.each([
    'I cleared the cache and tried again on the same chromebook, same error.',
    'She updated Chrome and retried on the same device, no change.',
    'She tried to log in on her iPad and got the same error.',
    'He tried to log in through ClassLink instead of directly, same error.',
    'Tried to sign in in an incognito window, same message.',
  ])('a try: %p', (text) => expect(status(text)).toBe('present'));
  it.each([
    'Le dije que cerrara el examen al terminar y ahora ya no le aparece y sigue sin calificación.',
    'Les dije que cerraran sesión como siempre al final de clase y hoy nada, no pueden volver a entrar.',
  ])('how it came about, no try: %p', (text) => expect(status(text)).toBe('missing'));
});

describe("session 20's third round", () => {
  it.each([
    'in an incognito window it works fine actually',
    'i did the forgot password thing and it said ask your teacher',
    '- cx had kids log back in and open the test -> shows "Submitted", can\'t continue',
    'Intento otra vez y sale lo mismo.',
  ])('a try: %p', (text) => expect(status(text)).toBe('present'));
  it.each([
    'ok gracias lo intento',
    'I checked and every teacher in the building sees the same thing - nobody has the grade level option anymore.',
    "Wants 3 staff accounts deactivated. Verified he's listed as school admin.",
    '- I suggested logging out/in and trying an incognito window. She\'ll try later today and call back.',
    "Please send:\n- your son's username\n- whether he's tried anything already (another device, a password reset)",
  ])('no try: %p', (text) => expect(status(text)).toBe('missing'));
});

describe("session 20's third review mends", () => {
  it.each(['Retried on the same device, no sound.', 'He retook the quiz on the same iPad and it froze again.'])('the failing action again: %p', (text) =>
    expect(status(text)).toBe('missing'));
  it.each([
    'I checked and all the students are enrolled in the section, still nothing shows for Kai.',
    'Le dije que reiniciara la computadora y nada, sigue sin cargar la tarea.',
    'No aparece el examen. Reinicio la computadora. Nada, no aparece.',
  ])('a try: %p', (text) => expect(status(text)).toBe('present'));
});

describe("session 20's fourth review mends", () => {
  it('a retry with something changed is a try', () => expect(status('I retried it from home on the same laptop and it worked.')).toBe('present'));
  it.each(['Maya can\'t log in. Checked and all other accounts are fine.', 'Como les dije que actualizaran la app antes del examen, ahora a todos les sale el error.'])(
    'no try: %p',
    (text) => expect(status(text)).toBe('missing'),
  );
});

describe("session 22's readings", () => {
  it.each([
    'La maestra le cambió la contraseña el martes y le dio una nueva, pero sigue saliendo el mismo mensaje.',
    'Asked the school office for a new code yesterday, new code gives same msg.',
    'I tried manually changing the status to On Time, it saves, but after I refresh the page it flips back to Late.',
    'I ran a speed test on our network (400 Mbps down) and other sites load fine.',
    'I had a kid retake it typing x=-3 and -3.0, both marked wrong.',
    'I switched from Chrome to Edge, same error.',
    'We moved from WiFi to a wired connection and it still buffers.',
    'Lo mandé dos veces, ayer y hoy, y le pedí a una mamá que revisara su correo no deseado, no hay nada.',
    'Kids get stuck on Q2. I checked the printable version of the passage too, also only 4 paragraphs.',
    "- cx ran Admin > Grading > Recalculate GPAs yesterday, numbers didn't change",
    'I ran Integrations > PowerSchool > Push now yesterday at 3pm, the log said "Success, 0 records" and nothing showed up.',
  ])('a try with what came of it: %p', (text) => expect(status(text)).toBe('present'));
  it.each([
    "I went back and double-checked and I was wrong - it's actually only one student.",
    'Asked for a student ID, cx will email.',
    'El distrito les cambió las contraseñas el lunes y desde entonces nadie puede entrar.',
    'I asked your billing team for a new invoice twice and still nothing.',
    'The nightly sync updated the roster and the grades changed back.',
    'The report ran at 3am and it shows the old numbers.',
    'Student Marcus Bell moved from Northridge High to Southridge High as of 10/6; she wants his history carried over.',
    'My son checked his grades and only two are shown.',
    'Lo mandamos dos veces por error y ahora salen duplicados.',
    'She ran out of time on the quiz and it shows empty.',
    'We ran our rollover on Friday and since then the grades are empty.',
    'I checked the gradebook and all marked wrong, even the right answers.',
    "She changed schools in January and we can't find one of her grades.",
  ])('no try: %p', (text) => expect(status(text)).toBe('missing'));
});
