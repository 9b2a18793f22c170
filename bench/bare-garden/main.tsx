import '@zendeskgarden/css-bedrock';
import { createRoot } from 'react-dom/client';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { Well } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';

// The baseline the render-time bench compares the sidebar against: React 18 + Garden, nothing else.
createRoot(document.getElementById('root')!).render(
  <ThemeProvider>
    <Well data-testid="bare-card">
      <Well.Title>Baseline</Well.Title>
      <Button size="small">Button</Button>
    </Well>
  </ThemeProvider>,
);
