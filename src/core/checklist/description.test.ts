import { ticket } from '../fixtures/build';
import { detectDescription } from './description';
import { buildSources, toSafeTicket } from './source';

const status = (description: string) => detectDescription(buildSources(toSafeTicket(ticket({ description })))).status;

describe('detectDescription', () => {
  it('the ticket’s own prose of 40 characters or more is a description', () => {
    expect(status('When I open the attendance page the week view is empty for all my classes.')).toBe('present');
  });

  it('"see video" points at the recording without saying what is wrong', () => {
    expect(status('see video, happens every time')).toBe('missing');
  });

  it('a short line is a thin description', () => {
    expect(status('Attendance broken.')).toBe('weak');
    expect(status('Problem with the reading assessment')).toBe('weak');
  });

  it.each(['website wont load', 'gradebook down, white screen', 'hi my son cant login. please help', 'how do i archive old classes? ty', 'Description: nothing loads', "My son can't log in anymore", "Sorry for the bother, quiz won't load", 'Site keeps freezing'])(
    'a bare symptom or ask in a few words describes: %s',
    (text) => expect(status(text)).toBe('present'),
  );

  it.each([
    "Won't be in until 10, call my cell",
    'No one has called me back yet',
    'Wrong ticket, sorry',
    'nvm its back up, no errors now',
    'Problem with the drop-down',
    'Question re: shut down procedure for summer',
    'Down the hall in room 12 if you need me',
    'Sorry for the slow reply',
    'How to',
    'How do I reach you guys?',
    'Blank',
    "Can't make it to Thursday's webinar",
    'Stuck on hold for 40 min',
    'Is there a way to reach a human?',
    'Missing attachment, resending now',
    'Down payment invoice attached',
    'Please delete this ticket, duplicate',
  ])('a call, a message taken back, a topic or one word stays thin: %s', (text) => expect(status(text)).not.toBe('present'));

  it.each([
    'Voicemail 3:05pm from Gary Holt, district office: "Hi, can you call me back at 412-555-0199 when you get a moment? Thanks."',
    'Mensaje: "Buenas tardes, habla el subdirector Ramón Ortiz del Colegio Sol. Favor de devolverme la llamada al 81 5555 0142."',
    'VM from Dr. Kent at Hollow Creek: wants a call back about the problem with report cards. 412-555-0131.',
    'Chat started: 2025-03-27 13:47 UTC\nPre-chat: Name: (blank) | Email: frontdesk@harborpointcharter.org | Organization: Harbor Point Charter School | Topic: Other\n[13:47:30] Visitor: hi can someone call me about our account',
    "[14:55:02] Visitor: can someone call me at 615-555-0112\n[14:55:48] Visitor: I'd rather talk on the phone. I'm the principal at Oakwood Elementary. Gloria Fenwick",
    "Please call me back, I'm not sending my students' info over email.",
    'Please have someone call me regarding our account at your earliest convenience. My direct line is (417) 555-2290.\n\nDr. Helen Price\nSuperintendent\nCedar Valley School District',
    // The agent's log around a voicemail: times written as one word, the numbers read out, the calls back.
    'Voicemail 4:52pm, transcribed:\n"Hi this is Phil Harrington at Cedar Crest Charter Academy, can somebody call me back when you get a chance, 555-0177, thanks."\nNo other details. Tried calling back 5:10pm, LVM.\nNo other details. Tried calling back again 6:05pm, no answer.',
    'Voicemail transcription (automated, 0:24):\n"Hi, this is Ron Pruitt, I do the IT at Eastlake Christian Academy. Uh, can somebody call me back at five five five, zero one four two, it\'s kind of urgent. Thanks."',
    // A name signed just above a mail app's line signs too.
    'Call me please 555-201-8890. About my daughters account.\n- Denise\n\nSent from Yahoo Mail for Android',
    // "from your team", "from support", the voicemail's language in the agent's log, an accented "regrésenme".
    "[17:48:20] Deb: hi can someone from your team call me?\n[17:49:15] Deb: its about our account, I'd rather explain on the phone. this is Deb from Maple Grove Elementary. 555-0142, I'm here til 3:30",
    "Hi, can someone from support please give me a call back today regarding our account? It's not working.\n\nBest number is 555-430-2218, I'm in the office until 3.\n\nSandra Kim\nOffice Manager\nHillview Academy",
    'Voicemail (español) 4:52pm:\nSr. Ramírez, padre de familia. "Buenas tardes, llamo porque tengo un problema con la cuenta, por favor regrésenme la llamada al 555-880-1123. Gracias."\n\nCalled back 5:10pm, no answer. LVM in Spanish w/ ticket #.',
  ])('a message that only asks for a call back describes nothing: %s', (text) => expect(status(text)).toBe('missing'));

  it.each([
    'Tengo un problema, mi hija no tiene calificaciones. Regrésenme la llamada por favor.',
    'Sra. López, madre de familia. Mi hijo tiene otra maestra en el portal. Regrésenme la llamada.',
    'Llamo porque tengo dos hijos y solo aparece uno. Regrésenme la llamada.',
  ])('a call back asked for after what is wrong describes it: %s', (text) => expect(status(text)).toBe('present'));

  it.each([
    'its broken again. pls fix asap\n\nSent from my iPhone',
    'see attached\n--\nSent from Outlook for Android',
    'see attached. this keeps happening!!\n\nSent from my iPhone',
    'our sync is broken need help asap',
    "Hello, the reports aren't working again. Same as last time. Please call me when you get a chance 555-201-3344.\nThanks, Deb",
    "Hi, the program isn't working for my students again. Please call me at 555-0143 after 3. Thanks, Dana",
    'Call me please 555-201-8890. About my account.\n- Denise\n\nSent from Yahoo Mail for Android',
    'Chat 2025-04-02\n[13:01] Visitor: hi need help with grades\n[13:01] Agent (Ben): Which school are you with? What is happening with the grades: the gradebook, the student app, the parent app? Is it one student, one class, or everyone? Have you tried refreshing?\n[13:08] *** Visitor idle - chat closed ***',
    'Support request form\nCategory: Other\nDescribe the issue: help\nAttachments: none',
    'Hola, la plataforma no funciona otra vez. Ayuda por favor',
    'nothing is working again!!! I have class in 20 min',
    'still broken. same as before\n\nSent from my Galaxy',
    'Buenas tardes, necesito ayuda con la aplicación por favor. Gracias.\n\nEnviado desde mi iPhone',
    'Support request form\nIssue type: Integration\nDescription: SSO\nSteps to reproduce:\nAttachments: none',
    // Longer, with a callback, names and when it is needed around the vague words.
    'Hi,\nThe Stepwise gradebook is broken again, same as last time. Grades are due Friday so I need this fixed ASAP. Please call me back at 555-0101.\n\nThanks,\nDana Ruiz\nLincoln Middle School',
    'Chat started: 2025-04-01 16:01 UTC\nPre-chat: Name: Julie Sandoval | Email: jsandoval@clearwaterms.org\n[16:01:20] Visitor: hi its not working right, can someone call me 555-0199\n[16:01:55] Agent (Devin): Hi Julie! What is not working?\n*** Visitor left the chat ***',
    // A chat's header and what its fields leave on their own lines are the chat system's, not the visitor's words.
    'Chat transcript - 2025-10-30\n\n(9:14 AM) Visitor: hi\n(9:14 AM) Agent (Jordan): Hi there! How can I help today?\n(9:15 AM) Visitor: its not working\n(9:16 AM) Visitor: everything lol\n(9:19 AM) *** Visitor has left the chat ***',
    'Chat started: 2025-04-22 13:05 UTC\nPre-chat: Name: Visitor 88213 | Email: (not provided) | School/District: Greenfield Academy\n\n[13:05:10] Visitor: hi\n[13:06:40] Visitor: need help\n[13:06:55] Agent (Tomás): Of course! What\'s going on?\n[13:09:12] Visitor: hello??\n[13:12:45] *** Visitor has left the chat ***',
    'Chat transcript - 2025-05-06\n(4:58 PM) Visitor: hello?? anybody?\n(4:59 PM) Agent (Kim): Hi! Sorry for the wait, how can I help?\n(5:01 PM) Visitor: nvm\n(5:01 PM) *** Visitor has left the chat ***',
  ])('a message whose own words say nothing of what is wrong describes nothing: %s', (text) => expect(status(text)).toBe('missing'));

  it.each([
    ['one word of what happens', 'gradebook wont save again pls fix'],
    // Session 17's review: "there" is no waiting word when it says what is missing.
    ['what is not there', 'hello?\nmy grades arent there'],
    ['what does not work, "typing"', "Typing isn't working again, please fix asap."],
    // Session 13's review: "broken" beside what the screen says or what happens.
    ['what the screen says after "broken"', 'Hi, our quiz is broken again, it just says Time Expired.'],
    ['where it goes after "not working"', 'Hi, the quiz is not working, it keeps going back to the Home Page after two minutes.'],
    ['who has not received it', 'The message thing is not working - no one has received the message from Monday.'],
    ['an error code below', 'Grades are not working right, grades are due Friday!! see below\nSync Error 4012'],
    ['a status beside a call asked for', 'Can you just call me? The sync says Pending since Monday.'],
    ['a forward handing a question on', 'Can you help with this? Thanks - Angela\n\n---------- Forwarded message ---------\nFrom: Derek Simms <dsimms@hamiltonwcsd.org>\n\nThe board wants usage numbers for the whole building. Do you know how we pull a school-wide usage report?'],
    ['what the sync does', 'The sync skips every new student since Monday.'],
    // Words of the product's areas and of time say what is wrong in a sentence of their own (a review of session 10's words).
    ['where grades are not', 'Quiz grades are not syncing to the gradebook for my class.'],
    ['a due date', 'The assignment due tomorrow is not in the app for my class.'],
    ['a contrast', 'The quiz is in the app but not in the gradebook for my class.'],
    ['a callback with what is wrong', 'Please call me at 555-0137, the report grades are not syncing to the gradebook.'],
    ['a call asked for first, then what is wrong', 'Call me please, the gradebook deletes every grade I enter.'],
    ['who it happens to, and what', "The program isn't working for my students again, it logs them out every 2 minutes."],
    ['a thing of the product named beyond the vague ones', 'Attendance broken.'],
    ['the description field, whatever the rest', 'Category: Other\nDescribe the issue: the quiz timer resets to 0 when a student reopens it'],
  ])('%s is not nothing', (_why, text) => expect(status(text)).not.toBe('missing'));

  it.each([
    "This is still happening. See ticket #1129874. I don't have time to explain it all again, please just call me. (555) 012-7781",
    'Please have someone from your team call me today about our account. Best number is my cell.\n\nJerome Stiles\nPrincipal, Dunbar Elementary School',
    'Hi this is Gloria from the front office at Sandy Creek Elementary, we are having a problem with the, with the system, can somebody call me back please, 555-0128. Thank you. Tried callback 3:10pm, no answer, left VM with the ticket number.',
    "Phone call 10:41am -- Harold Beene, principal at Sunset Ridge Academy. Wants a call back from his account manager today, says it's urgent and he'd rather explain on the phone. Would not say what it's about. Best # 602-555-0119.\nLVM for AM (Christine) and told cx we'd have someone call within the hour.",
  ])('asking to be called, however put, describes nothing: %s', (text) => expect(status(text)).toBe('missing'));

  it.each([
    'Our attendance clerk says tardies are showing as absences. Can someone call me? 203-555-0192.',
    "Phone call 9:12am -- Maria Lopez, parent at Sunset Ridge Elementary. No grades for her son for the other hour, she would rather explain on the phone. Wants a call back today, says it's urgent. Best # 602-555-0119.\nLVM for AM (Christine) and told cx we'd have someone call within the hour.",
    // A closing: what comes before it says what is wrong, in words the problem list does not hold.
    'When teachers export the roster, the CSV lists every student twice. Feel free to call me at 555-0142 if you need more.',
    'Since the update the seating chart puts absent kids back in their seats. Please just call me, 555-0188.',
    'Please call me at 555-0137, the gradebook export to PowerSchool drops every grade after column 12 since Monday.',
  ])('a call-back request beside what is wrong is a description: %s', (text) => expect(status(text)).toBe('present'));

  it.each([
    'Hi, the gradebook is broken again, please help asap.\nAccess Denied',
    'Hi, our gradebook is broken again, please help us.\nError 500',
    "Hi, this is Gloria Ramirez, Business Office at Sandy Creek Elementary. Please have someone call me back today regarding our account: PowerSchool Sync shows Pending since Monday. You can reach me at (806) 555-0137 ext. 204 until 4 pm, or by email. Thank you, Gloria Ramirez, Business Office, Sandy Creek Elementary School, Quillan Valley ISD",
  ])('a last line that is what the screen says, or a problem beside a call asked for, still describes: %s', (text) => expect(status(text)).toBe('present'));

  it.each([
    "Please have someone call me at (806) 555-0137 regarding our account. I'm in the office until 4.\n\nGraciela Benavides\nBusiness Office\nQuillan Valley ISD",
    "This is still happening. See ticket #1129874. I don't have time to explain it all again, please just call me.\n\nRoom 214: (555) 012-7781 between 11:30 and 12:15\n\n--\nHarold Benning\nBrookfield Academy",
  ])('a call asked for with only when, where and who says nothing of what is wrong: %s', (text) => expect(status(text)).toBe('missing'));

  it.each([
    'The assignment grades don\'t come up in the gradebook.',
    'Chat messages disappear after the kids send them.',
    'Hello,\n\nCould you send us an export of all reading logs for this school year?\n\nThank you,\nCatherine Yu',
  ])('a short description in plain words is not vague: %s', (text) => expect(status(text)).not.toBe('missing'));

  it('a longer message with a call-back request says more than that', () => {
    expect(
      status(
        'Could you call me back today? After the roster sync last night every student in the 7th grade shows up twice in the gradebook and teachers entered grades into both copies, so report cards will be off unless we merge them before Friday, and the counselors already sent progress letters home with both copies listed.',
      ),
    ).toBe('present');
  });

  it('a call-back request that names the problem is a description', () => {
    expect(status('Please call me back at 412-555-0199: none of my students can open the Unit 3 test since this morning.')).toBe('present');
  });

  describe('a message that points at the subject', () => {
    const withSubject = (subject: string, description: string) =>
      detectDescription(buildSources(toSafeTicket(ticket({ subject, description })))).status;

    it('describes nothing when the subject is empty or says nothing either', () => {
      expect(withSubject('', 'see subject. thanks\n- Ms. Ortiz, Kennedy Middle School')).toBe('missing');
      expect(withSubject('help', 'please see subject\n\nCoach Ray Dominguez\nAthletics / PE\nDunmore High School')).toBe('missing');
    });

    it('a subject of a few words names a topic, not what is wrong', () => {
      expect(withSubject('Canvas', 'see subject')).not.toBe('present');
      expect(withSubject('Gradebook sync question', 'see subject, thanks')).not.toBe('present');
    });

    it('describes what the subject says when it says what is wrong', () => {
      expect(withSubject('Quiz timer resets at 10 minutes for 4th period', 'see subject. thanks\n- Ms. Ortiz, Kennedy Middle School')).toBe('present');
    });

    it('a form whose description field points at an empty subject describes nothing', () => {
      const form = 'Submitted via Help Center form\n\nName: J. Park\nSchool: Birchwood Elementary\nIssue: see subject\nSteps: n/a';
      expect(withSubject('', form)).toBe('missing');
    });
  });
  describe('a vague first message, what happens told in a reply', () => {
    const withReplies = (description: string, ...replies: Array<{ body: string; public?: boolean }>) =>
      detectDescription(
        buildSources(
          toSafeTicket(
            ticket({
              description,
              comments: [description, ...replies.map((r) => r.body)].map((body, i) => ({ id: i + 1, body, public: i === 0 || replies[i - 1]?.public !== false, attachments: [] })),
            }),
          ),
        ),
      );

    it('describes in the notes of the call a voicemail asked for', () => {
      const found = withReplies(
        'Voicemail transcription (08:14): "Hi it\'s Tom Becker from Greenview, please call me back ASAP, 555-0182. Thanks."',
        { body: "Called Tom back 8:31. Since 8am nobody at the school can log in: they click Sign in with Google and get 'Error 401: invalid_client'.", public: false },
      );
      expect(found.status).toBe('present');
      expect(found.evidence).toEqual(['comment 2 (after a request to be called back)']);
    });

    it('a call that reached no one, or a guess, is no notes of the call', () => {
      const voicemail = 'Voicemail transcription (08:14): "Hi it\'s Tom Becker from Greenview, please call me back ASAP, 555-0182. Thanks."';
      expect(withReplies(voicemail, { body: "Left VM 8:31, no answer. Probably the SSO outage from this morning, can't confirm.", public: false }).status).toBe('missing');
    });

    it("a form's short problem field beside a call asked for describes", () => {
      expect(withReplies('Help Center form\nName: Gary Huff\nSchool: Bellmont Elementary\nIssue: Gradebook export blank\nDetails: please call me back, 555-310-2290\nUser ID:').status).toBe('present');
    });

    it("a form's description field that only asks for a call describes nothing", () => {
      const form = 'Help Center form\n\nName: Gary Huff\nSchool: Bellmont Elementary\nSubject: help\nDescription: it\'s broken again. please call me 555-310-2290\nUser ID:\nSteps to reproduce:\nTried:';
      expect(withReplies(form).status).toBe('missing');
    });

    it("describes in the customer's reply", () => {
      const found = withReplies(
        "The quiz thing isn't working again. Can someone fix it?\n\nSent from my iPhone",
        { body: 'Hi Marco,\nSorry about that! What happens when the students open it?\n\nBest,\nAna\nBrightpath Support' },
        { body: 'When they open Quiz 4 and press Submit, it spins and then says "Attempt not saved". All of 3rd period.' },
      );
      expect(found.status).toBe('present');
      expect(found.evidence).toEqual(['comment 3 (a reply)']);
    });

    it.each([
      "Hi there, thanks for reaching out. Can you tell me which browser the students use? Thanks, Jonah",
      'I have re-run the sync on our side, let me know if the roster looks right now.',
      'Thank you for contacting BrightLearn. Your request has been received and a member of our team will respond within 24 hours.',
      'Any update on this? It is still not working and my students have a test tomorrow.',
      'Her username is jsmith04 and she is in Mr. Lee 3rd period, Room 12.',
      'Agent (Maya): Thanks for waiting. I looked at your course and the category weights add up to 110 percent, which explains it.',
    ])('not in a reply that tells nothing of what happens: %s', (body) => {
      expect(withReplies('Gradebook is broken again, please help', { body }).status).toBe('missing');
    });

    it('not in support’s reply or a private note', () => {
      expect(
        withReplies(
          'its broken again. please call me asap',
          { body: 'Hi Brian,\nSo we can help, could you let us know what isn\'t working and what you see when it happens?\n\nBest,\nBrightpath Support' },
          { body: 'No prior tickets found for this requester email. Set to pending.', public: false },
        ).status,
      ).toBe('missing');
    });
  });
});

describe('a forward of a message that only says it is broken', () => {
  const forward = (note: string, body: string) =>
    `${note}\n\nDr. Lorraine Fitch\nPrincipal, Hawthorne Elementary School\n\n-----Original Message-----\nFrom: Sara Quinn\nSent: Thursday, February 20, 2025 10:12 AM\nSubject: Brightpath\n\n${body}\n\nSara`;
  it('describes nothing when its note only hands it on', () =>
    expect(status(forward("Can you help with this? She's pretty frustrated.", "It's not working AGAIN. Third time this month. Can someone please just fix it??"))).toBe('missing'));
  it('describes when the forwarded message tells what happens', () =>
    expect(status(forward('Can you help with this?', "It's not working again: the gradebook spins and never loads for my 3rd period."))).toBe('present'));
  it('describes when the note tells what happens', () =>
    expect(status(forward('Teachers say the gradebook spins and never loads since Monday.', "It's not working AGAIN. Can someone please just fix it??"))).toBe('present'));
});
