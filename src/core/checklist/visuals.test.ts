import { ticket } from '../fixtures/build';
import { buildCorpus, buildSources, toSafeTicket } from './source';
import { detectVisuals, isVisualAttachment } from './visuals';

describe('isVisualAttachment', () => {
  it.each([
    ['shot.png', ''], ['IMG_0001.HEIC', 'application/octet-stream'], ['clip.MOV', ''], ['recording.webm', ''], ['a', 'image/jpeg'],
    ['b', 'video/mp4'], ['Screen Shot 2026-11-20 at 9.41.02 AM.png', 'image/png'], ['photo.jpeg?token=1', ''],
  ])('%p (%p) is a visual', (fileName, contentType) => expect(isVisualAttachment({ fileName, contentType })).toBe(true));

  it.each([
    ['report.pdf', 'application/pdf'], ['network.har', 'application/json'], ['crash.log', 'text/plain'], ['data.csv', ''], ['', ''],
  ])('%p (%p) is not', (fileName, contentType) => expect(isVisualAttachment({ fileName, contentType })).toBe(false));
});

describe('detectVisuals', () => {
  const detect = (body: string, attachments: Array<{ fileName: string; contentType: string }>) => {
    const safe = toSafeTicket(ticket({ description: body, comments: [{ id: 1, body, public: true, attachments }] }));
    return detectVisuals(safe, buildCorpus(buildSources(safe)));
  };
  // The name an email client gives an image embedded in the message (a signature's logo, or a pasted screenshot).
  const embeddedImage = [{ fileName: 'image001.png', contentType: 'image/png' }];

  it("an email signature's embedded logo is not a screenshot", () => {
    const body = 'The ADA report shows zeros.\n\nThanks,\nMark\nAssistant Principal\n[cid:image001.png@01DB18A2.5C3F7E10]';
    expect(detect(body, embeddedImage).status).toBe('missing');
  });

  it('a logo under a signature with no sign-off, ending the message before a forwarded one, is not', () => {
    const body = 'Forwarding the teacher\'s email below.\n\nMariana Castillo\nCoordinadora de Tecnología | San Jacinto ISD\n[cid:image001.png@01DC41B0.2C7E5A90]\n\nDe: Verónica Luna <vluna@example.org>\nAsunto: Tareas\n\nLa lista sale vacía.';
    expect(detect(body, embeddedImage).status).toBe('missing');
  });

  it('an image ending the message that the line above points at is', () => {
    const body = 'The list comes up empty.\n\nSee below\n[cid:image001.png@01DC41B0.2C7E5A90]';
    expect(detect(body, embeddedImage).status).toBe('present');
  });

  it("an email client's embedded image in a message offering a screenshot is its logo; a named screenshot is not", () => {
    const body = 'The portal shows 0% for Jaylen. I can send a screenshot if that helps.\n\nThank you!\nMelissa Grant';
    expect(detect(body, embeddedImage).status).toBe('missing');
    expect(detect(body, [{ fileName: 'portal.png', contentType: 'image/png' }]).status).toBe('present');
  });

  it.each([
    'Hi Tom\nThis is what Ava sees\n[cid:image001.png@01DC41B0.2C7E5A90]',
    'FYI\nfrom Mrs. Lane\'s room\n[cid:image001.png@01DC41B0.2C7E5A90]\n\nFrom: Karen Blake <kblake@example.org>\nSubject: quiz',
    'Screenshot of the error is below. I can also send a screenshot of her settings.\n[cid:image001.png@01DC41B0.2C7E5A90]',
  ])('a pasted screenshot under a caption, or beside an offer of another, is one: %p', (body) =>
    expect(detect(body, embeddedImage).status).toBe('present'));

  it("an HTML mail's own logo, by its address, is not; a screenshot's address is", () => {
    const logo = '<p>Students loop on the login page.</p><p>--<br>Brookfield Academy<br><img src="https://brookfieldacademy.org/email/logo-small.gif"></p>';
    expect(detect(logo, []).status).toBe('missing');
    const shot = '<p>This is what they see:</p><p><img src="https://files.example.org/uploads/login-loop.png"></p>';
    expect(detect(shot, []).status).toBe('present');
    const named = '<p>The logo is stretched:</p><p><img src="https://files.example.org/uploads/login-logo-stretched.png"></p>';
    expect(detect(named, []).status).toBe('present');
  });

  it('an image embedded in the message itself is', () => {
    const body = 'Here is what the student sees:\n[cid:image001.png@01DB18A2.5C3F7E10]\n\nThanks,\nMark';
    expect(detect(body, embeddedImage).status).toBe('present');
  });

  it("an HTML signature's logo, under paragraphs and a '--', is not a screenshot", () => {
    const body =
      '<p>The bell schedule is wrong on the kiosk.</p><p>Best,<br>Omar</p><p>--<br>Omar Reed | IT<br>Lakeside Schools<br><img src="cid:lakeside-crest.png" alt="crest"></p>';
    expect(detect(body, [{ fileName: 'lakeside-crest.png', contentType: 'image/png' }]).status).toBe('missing');
  });

  it('an HTML image embedded above the sign-off is a screenshot', () => {
    const body = '<p>This is what the kiosk shows:</p><p><img src="cid:kiosk.png"></p><p>Best,<br>Omar</p>';
    expect(detect(body, [{ fileName: 'kiosk.png', contentType: 'image/png' }]).status).toBe('present');
  });

  it('a screenshot talked of but not attached is missing', () => {
    expect(detect("I'll send a screenshot tomorrow. Screenshot attached.", []).status).toBe('missing');
  });
});
