import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import type { ItemStatus } from '../../../core/types';

/** An item's status, or 'not_needed' when an agent said the ticket does not need it. */
export type IconKind = ItemStatus | 'not_needed';

const VARIABLE: Record<IconKind, string> = {
  present: 'foreground.success',
  weak: 'foreground.warning',
  missing: 'foreground.danger',
  not_needed: 'foreground.subtle',
};

const Svg = styled.svg<{ $status: IconKind; $muted: boolean }>`
  flex: none;
  width: ${(p) => p.theme.iconSizes.md};
  height: ${(p) => p.theme.iconSizes.md};
  color: ${(p) => getColor({ theme: p.theme, variable: p.$muted ? 'foreground.subtle' : VARIABLE[p.$status] })};
`;

// Small inline glyphs (check, exclamation, cross, dash in a circle) rather than an icon package: four
// shapes are cheaper than a dependency in a 100 KB budget.
const PATHS: Record<IconKind, string> = {
  present: 'M4.5 8.2l2.3 2.3 4.7-5',
  weak: 'M8 4.5v4.2M8 11.2v.3',
  missing: 'M5.5 5.5l5 5m0-5l-5 5',
  not_needed: 'M5 8h6',
};

/** `muted`: an optional item that is not present is no alarm, so it is drawn in grey. */
export function StatusIcon({ status, label, muted = false }: { status: IconKind; label: string; muted?: boolean }) {
  return (
    <Svg $status={status} $muted={muted && status !== 'present'} viewBox="0 0 16 16" role="img" aria-label={label} focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d={PATHS[status]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </Svg>
  );
}
