// The stand-in's page: channels as an engineer would see them, and the controls a person needs.
import { decodeSlack, EMOJI, emojiTokens, mrkdwnTokens, plainTokens, sandboxLink, STYLE_RE, styledTokens } from './mrkdwn';
import { PAGE_SCRIPT } from './page-script';

// mrkdwn.ts's functions, as the page's script: one renderer, tested in Node, run in the browser.
const MRKDWN_SCRIPT = [
  `const EMOJI = ${JSON.stringify(EMOJI)};`,
  `const STYLE_RE = ${String(STYLE_RE)};`,
  ...[decodeSlack, mrkdwnTokens, styledTokens, emojiTokens, plainTokens, sandboxLink].map(String),
].join('\n');

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 1fr 340px; min-height: 100vh; color: #1d1c1d; }
main { padding: 16px 24px; overflow: auto; }
aside { background: #f8f8f8; border-left: 1px solid #ddd; padding: 16px; }
h1 { font-size: 18px; margin: 0 0 12px; }
h2 { font-size: 16px; margin: 0 0 4px; }
.channel { border: 1px solid #ddd; border-radius: 6px; padding: 12px; margin-bottom: 16px; background: #fff; }
.channel.archived { background: #eee; border-style: dashed; }
.meta { color: #616061; font-size: 12px; margin: 2px 0; }
.meta a { margin-right: 8px; }
.msgs { list-style: none; padding: 0; margin: 8px 0 0; }
.msg { border-top: 1px solid #eee; padding: 6px 0; overflow-wrap: anywhere; }
.msg.reply { margin-left: 24px; }
.tag { background: #e8e8e8; border-radius: 3px; font-size: 10px; padding: 0 4px; margin-left: 4px; text-transform: uppercase; }
.mention { background: #fff2c2; color: #6b3d00; border-radius: 3px; padding: 0 2px; font-weight: 600; }
.mrkdwn, .plain { white-space: pre-wrap; }
code.inline { font-size: 12px; color: #c01343; background: #f6f6f6; border: 1px solid #ddd; border-radius: 3px; padding: 0 2px; }
.b-section { margin: 2px 0 6px; }
.blocks { border-left: 3px solid #ccc; padding-left: 8px; margin-top: 4px; }
.b-header { font-weight: 700; font-size: 15px; }
.b-fields { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 12px; }
.b-context { color: #616061; font-size: 12px; }
label { display: block; font-weight: 600; margin-top: 8px; }
input, select, textarea { width: 100%; box-sizing: border-box; font: inherit; }
textarea { min-height: 60px; }
button { margin-top: 8px; font: inherit; }
.modal { border: 2px solid #4a154b; border-radius: 8px; padding: 12px; background: #fff; margin-bottom: 12px; }
.error { color: #c01343; font-size: 12px; }
code { font-size: 11px; color: #595959; }
`;

export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Slack stand-in</title><style>${STYLE}</style></head>
<body>
<main>
  <h1>Slack stand-in <small class="meta" id="connection"></small></h1>
  <div id="channels"></div>
</main>
<aside>
  <div id="modals"></div>
  <form id="post-form">
    <h2>Post as an engineer</h2>
    <label for="post-channel">Channel</label><select id="post-channel" data-testid="post-channel"></select>
    <label for="post-user">As</label><select id="post-user" data-testid="post-user"></select>
    <label for="post-text">Message</label><textarea id="post-text" data-testid="post-text" required></textarea>
    <label for="post-thread">Reply in thread (ts, optional)</label><input id="post-thread">
    <button type="submit" data-testid="post-submit">Send</button>
    <button type="button" id="summary-command" data-testid="outage-summary">/outage-summary</button>
  </form>
  <p id="status" role="status"></p>
  <h2>Faults</h2>
  <button type="button" data-fault='{"kind":"ratelimit","retryAfterSec":5,"times":1}'>Next call: 429</button>
  <button type="button" data-fault='{"kind":"error500","times":1}'>Next call: 500</button>
  <button type="button" data-fault='{"kind":"drop","times":1}'>Next call: drop</button>
  <button type="button" data-fault='{"kind":"latency","ms":1500}'>Add 1.5 s latency</button>
  <button type="button" id="clear-faults">Clear faults</button>
  <ul id="faults"></ul>
  <h2>Sent to the proxy</h2>
  <ul id="deliveries"></ul>
  <div id="pickers" hidden></div>
</aside>
<script>${MRKDWN_SCRIPT}
${PAGE_SCRIPT}</script>
</body>
</html>`;
