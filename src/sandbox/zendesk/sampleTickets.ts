import { htmlToText, textToHtml, type SandboxComment, type SandboxTicket } from './page/model';

// Six tickets a school-facing support team really gets: one complete outage, one terse, one pasted
// from an email client as heavy HTML, one whose facts sit in later internal notes, one with a
// screenshot and a Loom link, and one course-content problem.

type CommentSeed = {
  text?: string;
  html?: string;
  public?: boolean;
  by?: 'requester' | 'agent';
  attachments?: Array<{ fileName: string; contentType: string }>;
};

const AGENTS = [{ id: 9001, name: 'Sandbox Agent', role: 'agent' as const }];
let attachmentId = 5000;

function ticket(
  seed: Omit<SandboxTicket, 'comments' | 'createdAt' | 'updatedAt' | 'priority' | 'customFields' | 'description'> & {
    customFields?: SandboxTicket['customFields'];
    comments: CommentSeed[];
    minutesAgo: number;
    priority?: SandboxTicket['priority'];
  },
): SandboxTicket {
  const start = Date.UTC(2026, 10, 24, 15, 0) - seed.minutesAgo * 60_000;
  const comments: SandboxComment[] = seed.comments.map((c, i) => {
    const html = c.html ?? textToHtml(c.text ?? '');
    return {
      id: seed.id * 10 + i,
      htmlBody: html,
      plainBody: c.html ? htmlToText(c.html) : (c.text ?? ''),
      public: c.public ?? true,
      author: c.by === 'agent' ? AGENTS[0]! : { id: seed.requester.id, name: seed.requester.name, role: 'end-user' },
      createdAt: new Date(start + i * 17 * 60_000).toISOString(),
      attachments: (c.attachments ?? []).map((a) => {
        const id = attachmentId++;
        return { id, ...a, url: `/attachments/${id}/${encodeURIComponent(a.fileName)}`, size: 48_213 };
      }),
    };
  });
  const { minutesAgo: _m, comments: _c, ...rest } = seed;
  return {
    priority: 'normal',
    customFields: { '360001': null, '360002': null, '360005': null },
    ...rest,
    // Zendesk's description is the first comment's text.
    description: comments[0]?.plainBody ?? '',
    comments,
    createdAt: new Date(start).toISOString(),
    updatedAt: new Date(start + (comments.length - 1) * 17 * 60_000).toISOString(),
  };
}

export function sampleTickets(): SandboxTicket[] {
  attachmentId = 5000;
  return [
    ticket({
      id: 1001,
      subject: 'Gradebook will not load for anyone at Lincoln High',
      status: 'open',
      priority: 'urgent',
      tags: ['gradebook', 'lincoln_high'],
      requester: { id: 501, name: 'Maria Alvarez', email: 'malvarez@lincolnhs.example.org' },
      organization: { id: 71, name: 'Lincoln High School' },
      customFields: { '360001': 'Lincoln High School (District 12)', '360002': 'scope_school', '360005': null },
      minutesAgo: 95,
      comments: [
        {
          text:
            'School: Lincoln High School, District 12\n' +
            'User IDs: SID 4481923, SID 4481977, Guardian Identity ID 7c9e6679-7425-40de-944b-e07fc1f90ae7\n\n' +
            'Description: Since 7:40 this morning every teacher who opens the Gradebook gets a spinner and then ' +
            '"Something went wrong". Students cannot see their grades either.\n\n' +
            'Steps to Reproduce:\n1. Sign in as any teacher at Lincoln High\n2. Open Gradebook from the dashboard\n' +
            '3. Wait 30 seconds: the error page appears\n\n' +
            'Troubleshooting: Cleared cache and cookies, tried Chrome and Edge, tried an incognito window, ' +
            'confirmed it works for a teacher at another school.\n\n' +
            'Scope: the entire school (about 80 teachers, 1,900 students).',
          attachments: [{ fileName: 'gradebook-error.png', contentType: 'image/png' }],
        },
        { text: 'Thanks Maria, we are looking at this now.', by: 'agent' },
      ],
    }),
    ticket({
      id: 1002,
      subject: 'not working',
      status: 'new',
      tags: [],
      requester: { id: 502, name: 'jdoe', email: 'jdoe@mail.example.com' },
      organization: null,
      minutesAgo: 30,
      comments: [{ text: 'it doesnt work again. fix pls' }],
    }),
    ticket({
      id: 1003,
      subject: 'FW: Students locked out of assessments',
      status: 'open',
      tags: ['assessments'],
      requester: { id: 503, name: 'Dr. Kenji Watanabe', email: 'kwatanabe@riverside.example.edu' },
      organization: { id: 72, name: 'Riverside Unified' },
      minutesAgo: 240,
      comments: [
        {
          html:
            '<div dir="ltr"><div style="font-family:Calibri,sans-serif;font-size:11pt"><p><b>From:</b> ' +
            'Front Office &lt;office@riverside.example.edu&gt;<br><b>Sent:</b> Monday 8:02 AM</p>' +
            '<table border="0"><tr><td><b>School:</b></td><td>Riverside Middle School</td></tr>' +
            '<tr><td><b>Student ID:</b></td><td>SID 5520114</td></tr></table>' +
            '<p>Hello,</p><p>Students in <span style="color:#c00">Ms. Patel&#39;s 3rd period</span> are ' +
            'locked out of the Unit 4 assessment. They see &quot;Attempt limit reached&quot; before starting.</p>' +
            '<ul><li>Tried resetting the attempt from the teacher view</li><li>Tried a different browser</li></ul>' +
            '<p>Only that class seems affected.</p><img src="cid:image001.png@01DA" alt="logo">' +
            '<p style="color:#888">CONFIDENTIALITY NOTICE: This e-mail &amp; attachments are intended ' +
            'solely for the addressee&hellip;</p></div></div>',
        },
      ],
    }),
    ticket({
      id: 1004,
      subject: 'Roster sync missing new students',
      status: 'pending',
      tags: ['rostering'],
      requester: { id: 504, name: 'Tom Becker', email: 'tbecker@oakridge.example.org' },
      organization: { id: 73, name: 'Oakridge School District' },
      minutesAgo: 1440,
      comments: [
        { text: 'Hi, some of our new students are not showing up. Can you check?' },
        { text: 'Asked Tom for the student IDs and school on the phone.', by: 'agent', public: false },
        {
          text:
            'Internal: call notes.\nSchool: Oakridge Elementary\nStudent IDs: SID 3310045, SID 3310051, SID 3310060\n' +
            'Steps to reproduce: add a student in the SIS, wait for the nightly sync, search the class roster: ' +
            'the student is not there.\nWhat we tried: forced a manual sync from the admin console, no change.\n' +
            'Affects one class (Room 14, Grade 2).',
          by: 'agent',
          public: false,
        },
      ],
    }),
    ticket({
      id: 1005,
      subject: 'Video player stuck on loading in Biology lessons',
      status: 'open',
      tags: ['video'],
      requester: { id: 505, name: 'Aisha Okafor', email: 'aokafor@westfield.example.org' },
      organization: { id: 74, name: 'Westfield Academy' },
      customFields: { '360001': 'Westfield Academy', '360002': 'scope_one_user', '360005': null },
      minutesAgo: 60,
      comments: [
        {
          text:
            'The video in lesson 3 just spins for me. Recording of what I see: ' +
            'https://www.loom.com/share/0f3a9c2b7d1e4f6a8b5c3d2e1f0a9b8c\nStudent: SID 6672301',
        },
        {
          text: 'Screenshot attached from the student laptop (Chromebook, Chrome 131).',
          attachments: [{ fileName: 'Screenshot 2026-11-24 at 09.14.52.png', contentType: 'image/png' }],
        },
      ],
    }),
    ticket({
      id: 1006,
      subject: 'Wrong answer key in Algebra I, Unit 2 quiz',
      status: 'open',
      tags: ['content'],
      requester: { id: 506, name: 'Sam Rivera', email: 'srivera@hillcrest.example.org' },
      organization: { id: 75, name: 'Hillcrest Charter' },
      minutesAgo: 180,
      comments: [
        {
          text:
            'Course name: Algebra I (2025 edition)\n' +
            'URL: https://courses.example.com/algebra-1/unit-2/quiz-2-3\n' +
            'Course revision: rev 48213\n\n' +
            'Question 7 marks "x = -3" as wrong although it is the correct solution of 2x + 6 = 0. ' +
            'Every student who answers correctly loses the point.',
        },
      ],
    }),
  ];
}
