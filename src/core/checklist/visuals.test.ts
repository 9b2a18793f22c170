import { isVisualAttachment } from './visuals';

describe('isVisualAttachment', () => {
  it.each([
    ['shot.png', ''], ['IMG_0001.HEIC', 'application/octet-stream'], ['clip.MOV', ''], ['recording.webm', ''], ['a', 'image/jpeg'],
    ['b', 'video/mp4'], ['Screen Shot 2026-11-20 at 9.41.02 AM.png', 'image/png'], ['photo.jpeg?token=1', ''],
  ])('%p (%p) is a visual', (fileName, contentType) => expect(isVisualAttachment({ fileName, contentType })).toBe(true));

  it.each([
    ['report.pdf', 'application/pdf'], ['network.har', 'application/json'], ['crash.log', 'text/plain'], ['data.csv', ''], ['', ''],
  ])('%p (%p) is not', (fileName, contentType) => expect(isVisualAttachment({ fileName, contentType })).toBe(false));
});
