// Evaluated first in the entry (main.tsx imports it before React): the SDK handshake goes out before
// React and the rest of the entry are evaluated, and the sidebar's chunk is asked for at once (its
// fetch starts when the entry's first task ends).
import { loadTicketSideBar } from './locations/loadTicketSideBar';
import { firstReadDone, initZafClient, startFirstRead } from './zaf';

/** The app's ZAF client, started once here (a re-render can never open a second handshake). */
export const zafClient = initZafClient();

if (zafClient !== false) {
  startFirstRead(zafClient);
  void loadTicketSideBar()
    .then((sidebar) => {
      // The warm-up (compiling the lexicons, a first run of each detector) only helps while the host
      // is still answering; once the ticket is in, the sidebar's own first call does that work.
      if (!firstReadDone(zafClient)) sidebar.prepareChecklist();
    })
    .catch(() => undefined);
}
