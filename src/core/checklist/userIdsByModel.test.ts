import { comment, ticket } from '../fixtures/build';
import { buildCorpus, buildSources, toSafeTicket } from './source';
import { detectUserIds, userIdsByRules } from './userIds';

const corpusOf = (description: string) => buildCorpus(buildSources(toSafeTicket(ticket({ description }))));

describe('the user-ids model after the rules', () => {
  it('reads a bare login in the reply to support\'s question for one as the person\'s id', () => {
    const description = 'My daughter Maya keeps seeing her reading assignments as Missing in the parent app.';
    const ask = "Hi Helen,\n\nCould you send us her username? And do other kids in her class see it?\n\nThanks,\nPriya\nClassLoop Support";
    const reply = "Hi, I think it's mchen5? That's what is on the label on her chromebook.\n\nHelen";
    const thread = (comments: string[]) => buildCorpus(buildSources(toSafeTicket(ticket({ description, comments: comments.map((body) => comment(body, { public: true })) }))));
    expect(detectUserIds(thread([ask, reply])).status).toBe('present');
    expect(detectUserIds(thread([ask.replace('Could you send us her username?', 'Is it every book?'), reply])).status).toBe('missing');
    // Asked for another thing's id, the number in the answer is that thing's.
    expect(detectUserIds(thread([ask.replace('Could you send us her username?', 'Could you send us the assignment ID?'), "I think it's 5531902?"])).status).toBe('missing');
  });

  it("reads no id in a chat's number for an unnamed visitor or a helpdesk's tag on the subject", () => {
    const chat = "(7:45 PM) Guest 20931: hi my son says his homework isnt showing up\n(7:46 PM) Agent Tom: Which school, and what is his username or student ID?\n(7:48 PM) Guest 20931: i dont know his username. i'll ask him";
    expect(detectUserIds(corpusOf(chat)).status).toBe('missing');
    const tagged = buildCorpus(buildSources(toSafeTicket(ticket({ subject: 'Fwd: [HD-44821] Brightpath login spinning', description: 'Every campus has it: the Sign In button just spins.' }))));
    expect(detectUserIds(tagged).status).toBe('missing');
  });

  it("reads no id in a file's format named alone (an \"mp4\") under a form's placeholder user field", () => {
    const form = 'Usuario(s) afectado(s): TBD\nDescripción del problema:\nNo puedo subir videos.\nPasos para reproducir:\nContenido > Subir archivo > elegir el mp4 (140 MB) > la barra llega a 99%';
    expect(detectUserIds(corpusOf(form)).status).toBe('missing');
  });

  it("reads no id in the chat's line naming the requester, however long the line", () => {
    const chat = [
      'Chat iniciado: 2025-04-08 14:02 AST',
      'Visitante: Sra. Ivelisse Cruz (icruz@eilmr.pr)',
      '[2:03 PM] Ivelisse Cruz: los nenes empiezan el quiz y a los 5 minutos se les cierra y se submitea solo',
      '[2:05 PM] Ivelisse Cruz: ya le cambié el tiempo a 45 min y lo volví a publicar y lo mismo',
    ].join('\n');
    const fromHer = buildCorpus(buildSources(toSafeTicket(ticket({ description: chat, requester: { name: 'Ivelisse Cruz', email: 'icruz@eilmr.pr' } }))));
    expect(detectUserIds(fromHer, 'icruz@eilmr.pr').status).toBe('missing');
  });

  it('reads a login given right after its account, not an account\'s page', () => {
    expect(detectUserIds(corpusOf('503 everywhere. I tested with my admin account (mbrooks-admin) and a student account (s1047726) - both 503.')).status).toBe('present');
    expect(detectUserIds(corpusOf('503 everywhere. Go to Account Settings, my account (e.g. the one I use) is fine.')).status).toBe('missing');
    // (Review: hyphenated words and versions after "account" are no logins; a student's bracketed id is one.)
    for (const text of ['The account set-up link says expired.', 'Teacher account (google-sso) cannot open the gradebook.', 'After the account v2.3 update nothing loads.', 'Account lock-outs all morning.'])
      expect(detectUserIds(corpusOf(text)).status).toBe('missing');
    expect(detectUserIds(corpusOf("Student [S1047726] can't log in.")).status).toBe('present');
    expect(detectUserIds(corpusOf('Grades stuck. One affected teacher if you want to look at a real section: kwalters@pineridgeusd.org, section 4.')).status).toBe('present');
  });

  it('finds ids no rule parses, pointing at the first', () => {
    const text = 'Here you go:\njdoe24\nmkim25\ntsingh25\n\nIt is those three out of my 28 in Period 5.';
    expect(userIdsByRules(corpusOf(text)).status).toBe('missing');
    const found = detectUserIds(corpusOf(text));
    expect(found.status).toBe('present');
    expect(found.evidence).toEqual(['description: id ("jdoe24")']);
  });

  it('overrules the rules where every id is another thing\'s or the requester\'s own', () => {
    // (The rules read the address after "Reply to:" as an answer; a form's "Your email:" they know is who writes.)
    const form = 'School / District: Alder Creek High\nReply to: mhollis@alder.org\nAffected student username(s):\nTenant ID: t-5582\nRelated incident #: INC-20931';
    expect(userIdsByRules(corpusOf(form)).status).toBe('present');
    expect(detectUserIds(corpusOf(form), 'mhollis@alder.org').status).toBe('missing');
  });

  it('reads ids labelled after a clause about another thing as the people\'s, not that thing\'s', () => {
    const text = '3 of our 8th graders are showing up as 7th grade after the March 1 import: IDs 80112, 80117, 80125.';
    expect(detectUserIds(corpusOf(text)).evidence).toEqual(['description: IDs 80112']);
    // The thing's own id stays its own.
    expect(detectUserIds(corpusOf('The import ID 80112 failed twice.')).status).toBe('missing');
  });

  it('reads the requester\'s own address as an id when it is said to be their login', () => {
    const text = 'Desde enero ya no me llegan los correos. Mi correo registrado en la plataforma es rosa.mtz@yahoo.com.';
    expect(detectUserIds(corpusOf(text), 'rosa.mtz@yahoo.com').status).toBe('present');
    // Words after "my login is" are no login; a quoted code named as a person's number is theirs.
    expect(detectUserIds(corpusOf('My login is not working since the update.')).status).toBe('missing');
    expect(detectUserIds(corpusOf("Her student number is 'AB12345' and she cannot open the quiz.")).status).toBe('present');
    // A form's empty login field is not answered by the next line's label.
    expect(detectUserIds(corpusOf('I am a: Parent\nStudent username: \nQuestion: Can I add a second email address?')).status).toBe('missing');
  });

  it('never overrules an id given as a person\'s', () => {
    for (const text of ["Her guardian ID from our roster export is 00923117.", 'Guardian acct ID: G-448812', "Affected user(s) (username, student ID or email): mbrennan (that's me)"])
      expect(detectUserIds(corpusOf(text)).status).toBe('present');
  });

  it('reads an id a little after a person\'s id is named, and a login said to be the requester\'s own address', () => {
    expect(detectUserIds(corpusOf("She read me the guardian ID shown on the father's linking notice: G-20931.")).evidence).toEqual(['description: guardian ID G-20931']);
    expect(detectUserIds(corpusOf('The student ID is in the course 22910 roster.')).status).not.toBe('present');
    // Counted or dated, not given.
    for (const text of ['User IDs are missing for 1200 students.', 'Student IDs changed on 3/14/2024.', 'SIDs for about 3000 students did not sync.'])
      expect(detectUserIds(corpusOf(text)).status).not.toBe('present');
    // "that my account" says nothing of the requester's address without one on its line.
    expect(detectUserIds(corpusOf("I think that my account settings are wrong, my students can't see the quiz."), 'teacher@school.org').status).not.toBe('present');
    expect(detectUserIds(corpusOf('maria.ochoa77@gmail.com thats my account'), 'maria.ochoa77@gmail.com').status).toBe('present');
    expect(detectUserIds(corpusOf("Could you reset 2FA on my account? It's the one I'm writing from, ahmed.s@springfieldprep.org."), 'ahmed.s@springfieldprep.org').status).toBe('present');
    const chat = "The account is mine - I log in with this same email I'm chatting from";
    expect(detectUserIds(corpusOf(chat), 'tamsin@example.org').status).toBe('present');
    expect(detectUserIds(corpusOf(chat), '').status).toBe('missing');
    for (const text of ["It's my own account that's doing this. My login is the email I'm writing from.", 'Affected user(s): me (this email is my login)', 'La cuenta de la app es este mismo correo, ana.lopez@hotmail.com.'])
      expect(detectUserIds(corpusOf(text), 'ana.lopez@hotmail.com').status).toBe('present');
    for (const text of ["Please reply to me here. This address is my account manager's, Jenna, she's cc'd.", 'La cuenta no es este mismo correo, es uno de la escuela que no sé.'])
      expect(detectUserIds(corpusOf(text), 'ana.lopez@hotmail.com').status).not.toBe('present');
  });

  it('a form\'s "Students affected" that counts them names no one', () => {
    expect(detectUserIds(corpusOf('Students affected: all four of my Spanish 1 sections')).status).toBe('missing');
  });

  it('overrules nothing it did not read: past its first 12,000 characters', () => {
    const long = `${'The gradebook spins for a long time. '.repeat(400)}\nSID: 1234567`;
    expect(detectUserIds(corpusOf(long)).status).toBe('present');
  });

  it('leaves the rules\' present where it can point at a person\'s id', () => {
    expect(detectUserIds(corpusOf('Student 4481923 cannot open the quiz.')).evidence).toEqual(['description: Student 4481923']);
  });
});

describe('what the user-ids model points at that is no affected person\'s id', () => {
  it('a site: "Entran en learn.pathwise.app"', () => expect(detectUserIds(corpusOf("Llamada 09:25 (hora peninsular). Pilar Navarro, jefa de estudios.\nCx: \"No carga nada desde las 9, ni a profesores ni a alumnos, todo el colegio.\"\nEntran en learn.pathwise.app, se queda la rueda cargando y al rato sale \"Error 502 Bad Gateway\". Tambi\u00e9n en la app del m\u00f3vil.\nYa reiniciaron el router del centro y probaron con los datos del m\u00f3vil de ella, fuera de la red del cole: mismo 502.\nNo tiene capturas ahora mismo.")).status).toBe('missing'));

  it('the requester\'s own address on the line that says who writes: "Visitante: Romina Acosta (racosta@...)"', () => {
    const chat = "Chat iniciado: 2025-02-20 14:05 (ART)\nVisitante: Romina Acosta (racosta@et5quilmes.edu.ar)\n\n14:05 Romina Acosta: Hola! c\u00f3mo hago para copiar mi aula del a\u00f1o pasado al 2025?\n14:06 Romina Acosta: soy profe de Matem\u00e1tica en la Escuela T\u00e9cnica N\u00b0 5 de Quilmes\n14:06 Agente (Mart\u00edn): \u00a1Hola Romina! \u00bfProbaste con la opci\u00f3n Duplicar?\n14:07 Romina Acosta: s\u00ed, fui a Mis clases, en \"Matem\u00e1tica 3\u00b01\u00b0 2024\" toqu\u00e9 los tres puntitos > Duplicar y me tira \"No ten\u00e9s permiso para duplicar esta clase\"\n14:07 Romina Acosta: lo prob\u00e9 con las otras dos aulas del a\u00f1o pasado y lo mismo\n14:08 Agente (Mart\u00edn): Entiendo. Esa opci\u00f3n la tiene que habilitar el administrador de la escuela. Te paso c\u00f3mo ped\u00edrselo.\n14:09 Romina Acosta: ah ok, dale, gracias!";
    expect(detectUserIds(corpusOf(chat), 'racosta@et5quilmes.edu.ar').status).toBe('missing');
  });
});
