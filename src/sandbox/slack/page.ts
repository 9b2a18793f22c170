// The stand-in's page. Filled in below the API: a list of channels, refreshed from /_stand-in/state.
export const PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slack stand-in</title></head>
<body><h1>Slack stand-in</h1><p>State: <a href="/_stand-in/state">/_stand-in/state</a></p></body></html>`;
