import { useId, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import { ISSUE_TYPE_IDS } from '../../../core/types';
import { useT } from '../../i18n/I18nProvider';
import { ISSUE_TYPE_TEXT } from './issueTypeText';

const List = styled.dl`
  margin: ${(p) => p.theme.space.xxs} 0 0;

  dd {
    margin: 0 0 ${(p) => p.theme.space.xxs};
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  }
`;

/** All six types with their one-line meanings, on demand, so the agent can choose without a guide. */
export function TypeMeanings() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div>
      <Button isLink size="small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        {open ? t('issueType.hideMeanings') : t('issueType.showMeanings')}
      </Button>
      {open && (
        <List id={listId} data-testid="issue-type-meanings">
          {ISSUE_TYPE_IDS.map((id) => (
            <SM key={id} tag="div">
              <dt>
                <SM tag="span" isBold>
                  {t(ISSUE_TYPE_TEXT[id].label)}
                </SM>
              </dt>
              <dd>{t(ISSUE_TYPE_TEXT[id].meaning)}</dd>
            </SM>
          ))}
        </List>
      )}
    </div>
  );
}
