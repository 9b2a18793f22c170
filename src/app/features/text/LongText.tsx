import { useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { useT } from '../../i18n/I18nProvider';

/** Past this many characters or lines a text is shown shortened, with "Show more". */
export const LONG_TEXT_CHARS = 280;
export const LONG_TEXT_LINES = 6;

/** The start of a long text, cut at a word (or line) boundary, or null when the text is short. */
export function shortened(text: string, chars = LONG_TEXT_CHARS, lines = LONG_TEXT_LINES): string | null {
  const byLines = text.split('\n').slice(0, lines).join('\n');
  const head = byLines.length < text.length ? byLines : text;
  if (head.length <= chars && head === text) return null;
  if (head.length <= chars) return `${head.trimEnd()}…`;
  const cut = head.slice(0, chars);
  const space = cut.search(/\s\S*$/);
  return `${(space > chars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const Toggle = styled(Button)`
  display: block;
  white-space: normal;
`;

type Props = {
  text: string;
  /** On the text's own span; its toggle gets `${testId}-toggle`. */
  testId?: string;
};

/**
 * A text that may be thousands of characters long (a summary field, an engineer's update) in a 320 px
 * sidebar: shown shortened behind "Show more" / "Show less" when it is long, whole when it is not.
 * Rendered inside the caller's element (a dd, a quote), so it keeps that element's look.
 */
export function LongText({ text, testId }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const short = shortened(text);
  if (short === null) return <span data-testid={testId}>{text}</span>;
  return (
    <>
      <span data-testid={testId}>{open ? text : short}</span>
      <Toggle
        isLink
        size="small"
        aria-expanded={open}
        data-testid={testId === undefined ? undefined : `${testId}-toggle`}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? t('common.showLess') : t('common.showMore')}
      </Toggle>
    </>
  );
}
