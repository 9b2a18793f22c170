// The ticket_sidebar location's code, a chunk of its own. Kept apart from App.tsx so boot.ts can start
// the fetch without evaluating React first.
export const loadTicketSideBar = () => import('./TicketSideBar');
