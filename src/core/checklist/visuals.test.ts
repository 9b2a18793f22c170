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

  it("an email signature's embedded logo is not a screenshot", () => {
    const body = 'The ADA report shows zeros.\n\nThanks,\nMark\nAssistant Principal\n[cid:image001.png@01DB18A2.5C3F7E10]';
    expect(detect(body, [{ fileName: 'image001.png', contentType: 'image/png' }]).status).toBe('missing');
  });

  it('an image embedded in the message itself is', () => {
    const body = 'Here is what the student sees:\n[cid:image001.png@01DB18A2.5C3F7E10]\n\nThanks,\nMark';
    expect(detect(body, [{ fileName: 'image001.png', contentType: 'image/png' }]).status).toBe('present');
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
