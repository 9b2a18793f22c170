import '@zendeskgarden/css-bedrock';
import { createRoot } from 'react-dom/client';
import { App, preloadTicketSideBar } from './App';
import { initZafClient, startFirstRead } from './zaf';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lacks #root');
// Started here, once, so a re-render can never open a second handshake; the first read and the
// location's code load while React renders.
const client = initZafClient();
if (client !== false) {
  startFirstRead(client);
  preloadTicketSideBar();
}
createRoot(container).render(<App client={client} />);
