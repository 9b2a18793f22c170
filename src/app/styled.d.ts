import 'styled-components';
import type { IGardenTheme } from '@zendeskgarden/react-theming';

// Styled components in the app read Garden's theme.
declare module 'styled-components' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefaultTheme extends IGardenTheme {}
}
