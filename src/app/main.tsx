// boot.ts first: its side effects (handshake, first read, the sidebar's fetch) must not wait for React.
import { zafClient } from './boot';
import '@zendeskgarden/css-bedrock';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lacks #root');
createRoot(container).render(<App client={zafClient} />);
