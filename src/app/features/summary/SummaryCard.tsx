import styled from 'styled-components';
import { Tag } from '@zendeskgarden/react-tags';
import { getColor } from '@zendeskgarden/react-theming';
import { MD, SM } from '@zendeskgarden/react-typography';
import type { EngineeringSummary } from '../../../core/types';
import { useT } from '../../i18n/I18nProvider';
import type { AppendToReply } from '../../zaf';
import { InsertIntoReply } from '../reply/InsertIntoReply';
import { LongText } from '../text/LongText';
import { CUSTOMER_TYPE_TEXT, fieldValue, SOURCE_TEXT, summaryAsText, TEXT_FIELDS } from './summaryText';

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

type Props = { summary: EngineeringSummary; appendToReply: AppendToReply };

/** The Engineering Outage summary, as engineering posted it, with customer type and source as tags. */
export function SummaryCard({ summary, appendToReply }: Props) {
  const t = useT();
  return (
    <Card data-testid="summary-card" aria-labelledby="summary-title">
      <MD isBold id="summary-title">
        {t('summary.title')}
      </MD>
      <Tags>
        <Tag size="small" hue="blue" title={t('summary.fields.customerType')} data-testid="summary-customer-type">
          {t(CUSTOMER_TYPE_TEXT[summary.customerType])}
        </Tag>
        <Tag size="small" hue="kale" title={t('summary.fields.source')} data-testid="summary-source">
          {t(SOURCE_TEXT[summary.source])}
        </Tag>
      </Tags>
      <Fields>
        {TEXT_FIELDS.map(({ key, label }) => (
          <div key={key} data-testid={`summary-field-${key}`}>
            <Label>{t(label)}</Label>
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
