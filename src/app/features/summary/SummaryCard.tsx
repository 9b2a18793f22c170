import styled from 'styled-components';
import { Tag } from '@zendeskgarden/react-tags';
import { getColor } from '@zendeskgarden/react-theming';
import { MD, SM } from '@zendeskgarden/react-typography';
import type { EngineeringSummary, SummaryFieldKey } from '../../../core/summaryFields';
import { useT } from '../../i18n/I18nProvider';
import type { AppendToReply } from '../../zaf';
import { InsertIntoReply } from '../reply/InsertIntoReply';
import { LongText } from '../text/LongText';
import { CHOICE_FIELDS, choiceText, fieldLabelKey, fieldValue, summaryAsText, TEXT_FIELDS } from './summaryText';

const Card = styled.section`
  border-top: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  padding-top: ${(p) => p.theme.space.xs};
`;

const Tags = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xxs};
  margin: ${(p) => p.theme.space.xxs} 0 ${(p) => p.theme.space.xs};
`;

const Fields = styled.dl`
  margin: 0 0 ${(p) => p.theme.space.xs};
`;

const Label = styled(SM).attrs({ tag: 'dt', isBold: true })`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

const Value = styled(SM).attrs({ tag: 'dd' })`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

// Tag colours for the choice fields, in table order.
const TAG_HUES = ['blue', 'kale', 'teal', 'purple'] as const;
const testIdOf = (key: SummaryFieldKey) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

type Props = { summary: EngineeringSummary; appendToReply: AppendToReply };

/** The Engineering Outage summary, as engineering posted it, with the choice fields (customer type, source) as tags. */
export function SummaryCard({ summary, appendToReply }: Props) {
  const t = useT();
  return (
    <Card data-testid="summary-card" aria-labelledby="summary-title">
      <MD isBold id="summary-title">
        {t('summary.title')}
      </MD>
      <Tags>
        {CHOICE_FIELDS.map(({ key }, i) => (
          <Tag key={key} size="small" hue={TAG_HUES[i % TAG_HUES.length]} title={t(fieldLabelKey(key))} data-testid={`summary-${testIdOf(key)}`}>
            {choiceText(t, summary, key)}
          </Tag>
        ))}
      </Tags>
      <Fields>
        {TEXT_FIELDS.map(({ key }) => (
          <div key={key} data-testid={`summary-field-${key}`}>
            <Label>{t(fieldLabelKey(key))}</Label>
            <Value>
              <LongText text={fieldValue(t, summary, key)} testId={`summary-value-${key}`} />
            </Value>
          </div>
        ))}
      </Fields>
      <InsertIntoReply
        testId="insert-summary"
        label={t('summary.insert')}
        text={summaryAsText(t, summary)}
        appendToReply={appendToReply}
      />
    </Card>
  );
}
