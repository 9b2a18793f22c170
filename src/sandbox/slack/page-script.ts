// The page's script, as text. It builds every node with textContent: nothing a ticket or a person
// typed ever becomes HTML. It polls /_stand-in/state and redraws a part only when that part changed.
export const PAGE_SCRIPT = String.raw`
'use strict';
var state = { users: [], channels: [], views: [], faults: [], deliveries: [], connected: false };
var drawn = {};
function $(id) { return document.getElementById(id); }
function el(tag, attrs) {
  var n = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (k) {
    if (k === 'class') n.className = attrs[k]; else n.setAttribute(k, attrs[k]);
  });
  for (var i = 2; i < arguments.length; i++) {
    var c = arguments[i];
    if (c === null || c === undefined || c === false) continue;
    n.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return n;
}
function userName(id) {
  var u = state.users.find(function (x) { return x.id === id; });
  return u ? u.name : id;
}
function channelName(id) {
  var c = state.channels.find(function (x) { return x.id === id; });
  return c ? c.name : id;
}
// Slack markup as Slack shows it, from mrkdwn.ts's tokens (embedded before this script): <!channel>
// and <@U1> are real mentions, <url|label> a link, *bold*, _italic_, ~strike~, code, :emoji:.
function draw(tokens, out) {
  tokens.forEach(function (k) {
    if (k.t === 'text') out.appendChild(document.createTextNode(k.v));
    else if (k.t === 'b' || k.t === 'i' || k.t === 's') out.appendChild(draw(k.c, el(k.t)));
    else if (k.t === 'code') out.appendChild(el('code', { class: 'inline' }, k.v));
    else if (k.t === 'emoji') out.appendChild(el('span', { class: 'emoji', role: 'img', 'aria-label': k.code, title: ':' + k.code + ':' }, k.v));
    else if (k.t === 'mention') out.appendChild(el('span', { class: 'mention', title: k.real ? 'a real mention' : '' }, k.v));
    else if (k.t === 'link') {
      var href = sandboxLink(k.href, state.ticketLinks || undefined);
      out.appendChild(/^(https?:|mailto:)/.test(href) ? el('a', { href: href, target: '_blank', rel: 'noopener' }, k.v) : document.createTextNode(k.v));
    }
  });
  return out;
}
function mrkdwn(text) {
  return draw(mrkdwnTokens(text, function (id) { return id.charAt(0) === 'C' ? channelName(id) : userName(id); }), el('span', { class: 'mrkdwn' }));
}
function textObj(t) {
  if (!t || typeof t.text !== 'string') return null;
  return t.type === 'mrkdwn' ? mrkdwn(t.text) : draw(plainTokens(t.text, t.emoji), el('span', { class: 'plain' }));
}
function renderBlock(b) {
  if (!b || typeof b !== 'object') return null;
  if (b.type === 'header') return el('div', { class: 'b-header' }, textObj(b.text));
  if (b.type === 'divider') return el('hr');
  if (b.type === 'context') return el('div', { class: 'b-context' }, ...(b.elements || []).map(textObj));
  if (b.type === 'section') {
    var fields = el('div', { class: 'b-fields' }, ...(b.fields || []).map(function (f) { return el('div', {}, textObj(f)); }));
    return el('div', { class: 'b-section' }, textObj(b.text), (b.fields || []).length ? fields : null);
  }
  if (b.type === 'actions') return el('div', { class: 'b-context' }, '[' + (b.elements || []).length + ' button(s)]');
  return el('div', { class: 'b-context' }, '[' + String(b.type) + ' block]');
}
function renderMessage(ch, m) {
  var isBot = !!m.bot_id;
  var pinned = ch.pins.indexOf(m.ts) >= 0;
  return el('li', { class: 'msg' + (m.thread_ts && m.thread_ts !== m.ts ? ' reply' : ''), 'data-testid': 'message', 'data-ts': m.ts },
    el('div', { class: 'meta' }, el('b', {}, userName(m.user)), isBot ? el('span', { class: 'tag' }, 'APP') : null,
      ' ', new Date(Number(m.ts) * 1000).toLocaleTimeString(), pinned ? el('span', { class: 'tag' }, 'pinned') : null,
      m.edited ? ' (edited)' : '', ' ', el('code', {}, m.ts)),
    // Slack shows a message's blocks when it has some; its text is then only the notification's.
    m.blocks && m.blocks.length
      ? el('div', { class: 'blocks' }, ...m.blocks.map(renderBlock))
      : el('div', { class: 'fallback' }, mrkdwn(m.text || '')));
}
// Newest conversation first; each thread's replies under their parent, oldest first.
function threaded(ch) {
  var top = ch.messages.filter(function (m) { return !m.thread_ts || m.thread_ts === m.ts; }).reverse();
  var out = [];
  top.forEach(function (p) {
    out.push(p);
    ch.messages.forEach(function (r) { if (r.thread_ts === p.ts && r.ts !== p.ts) out.push(r); });
  });
  return out;
}
function renderChannel(ch) {
  return el('section', { class: 'channel' + (ch.isArchived ? ' archived' : ''), 'data-testid': 'channel-' + ch.name, id: ch.id },
    el('h2', {}, (ch.isPrivate ? '🔒 ' : '#') + ch.name, ' ', el('code', {}, ch.id), ch.isArchived ? el('span', { class: 'tag' }, 'archived') : null),
    ch.topic.value ? el('div', { class: 'meta' }, 'Topic: ', ch.topic.value) : null,
    el('div', { class: 'meta', 'data-testid': 'members' }, 'Members: ', ch.members.map(userName).join(', ') || '(none)'),
    ch.bookmarks.length ? el('div', { class: 'meta' }, 'Bookmarks: ', ...ch.bookmarks.map(function (b) {
      return /^https?:\/\//.test(b.link) ? el('a', { href: sandboxLink(b.link, state.ticketLinks || undefined), target: '_blank', rel: 'noopener', class: 'bookmark' }, b.title) : el('span', {}, b.title);
    })) : null,
    el('ul', { class: 'msgs' }, ...threaded(ch).map(function (m) { return renderMessage(ch, m); })),
    ch.ephemeral.length ? el('div', { class: 'meta' }, ...ch.ephemeral.slice(-3).map(function (e) {
      return el('div', {}, '(only ' + userName(e.user) + ' sees) ', mrkdwn(e.text));
    })) : null);
}
function renderModal(v) {
  var blocks = v.view.blocks || [];
  var errors = v.errors || {};
  var form = el('form', { class: 'modal', 'data-testid': 'modal', 'data-view-id': v.id },
    el('h3', {}, (v.view.title && v.view.title.text) || 'Modal', ' ', el('small', {}, 'for ' + userName(v.userId || ''))));
  blocks.forEach(function (b) {
    if (b.type !== 'input' || !b.element) { var r = renderBlock(b); if (r) form.appendChild(r); return; }
    var name = b.block_id + '/' + b.element.action_id;
    var label = el('label', {}, (b.label && b.label.text) || b.block_id, b.optional ? ' (optional)' : '');
    var input;
    if (b.element.type === 'static_select') {
      input = el('select', { name: name }, el('option', { value: '' }, '—'),
        ...(b.element.options || []).map(function (o) { return el('option', { value: o.value }, o.text && o.text.text); }));
      if (b.element.initial_option) input.value = b.element.initial_option.value;
    } else {
      input = el(b.element.multiline ? 'textarea' : 'input', { name: name });
      if (b.element.initial_value) input.value = b.element.initial_value;
    }
    form.appendChild(el('div', { class: 'field' }, label, input, errors[b.block_id] ? el('div', { class: 'error' }, errors[b.block_id]) : null));
  });
  var submit = el('button', { type: 'submit', 'data-testid': 'modal-submit' }, (v.view.submit && v.view.submit.text) || 'Submit');
  var cancel = el('button', { type: 'button' }, 'Cancel');
  cancel.onclick = function () { call('/_stand-in/views/' + v.id + '/close', {}); };
  form.appendChild(el('div', {}, submit, ' ', cancel));
  form.onsubmit = function (e) {
    e.preventDefault();
    var values = {};
    Array.prototype.forEach.call(form.elements, function (f) {
      if (!f.name) return;
      var parts = f.name.split('/');
      values[parts[0]] = values[parts[0]] || {};
      values[parts[0]][parts[1]] = f.value;
    });
    call('/_stand-in/views/' + v.id + '/submit', { values: values });
  };
  return form;
}
function redraw(part, data, fn) {
  var key = JSON.stringify(data);
  if (drawn[part] === key) return;
  drawn[part] = key;
  var box = $(part);
  box.replaceChildren(...fn());
}
function fillSelect(sel, items, label) {
  var keep = sel.value;
  sel.replaceChildren(...items.map(function (i) { return el('option', { value: i.id }, label(i)); }));
  if (keep) sel.value = keep;
}
function render() {
  redraw('channels', state.channels, function () { return state.channels.slice().reverse().map(renderChannel); });
  redraw('modals', state.views, function () {
    // Redrawing a modal (say, to show errors) keeps what the person already typed, as Slack does.
    var kept = {};
    document.querySelectorAll('#modals form').forEach(function (f) {
      Array.prototype.forEach.call(f.elements, function (i) { if (i.name) kept[f.getAttribute('data-view-id') + ' ' + i.name] = i.value; });
    });
    return state.views.map(function (v) {
      var form = renderModal(v);
      Array.prototype.forEach.call(form.elements, function (i) {
        var k = v.id + ' ' + i.name;
        if (i.name && Object.prototype.hasOwnProperty.call(kept, k)) i.value = kept[k];
      });
      return form;
    });
  });
  redraw('pickers', [state.channels.map(function (c) { return [c.id, c.name, c.isArchived]; }), state.users], function () {
    fillSelect($('post-channel'), state.channels.filter(function (c) { return !c.isArchived; }).reverse(), function (c) { return '#' + c.name; });
    fillSelect($('post-user'), state.users.filter(function (u) { return !u.isBot; }), function (u) { return u.name; });
    return [];
  });
  redraw('deliveries', state.deliveries, function () {
    return state.deliveries.slice().reverse().map(function (d) {
      return el('li', {}, d.kind + ' → ' + d.url + ': ' + (d.status === null ? 'unreachable (' + d.error + ')' : d.status));
    });
  });
  redraw('faults', state.faults, function () {
    return state.faults.length ? state.faults.map(function (f) { return el('li', {}, JSON.stringify(f)); }) : [el('li', {}, 'none')];
  });
  $('connection').textContent = state.connected ? 'Posts are sent to the proxy, signed.' : 'No proxy configured: posts stay here.';
}
function say(text, bad) { var s = $('status'); s.textContent = text; s.className = bad ? 'error' : ''; }
function call(path, body, method) {
  return fetch(path, { method: method || 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
    .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error(j.error || r.status); return j; }); })
    .then(function (j) { say('Done.'); refresh(); return j; })
    .catch(function (e) { say(String(e.message || e), true); });
}
function refresh() {
  return fetch('/_stand-in/state').then(function (r) { return r.json(); })
    .then(function (s) { state = s; render(); })
    .catch(function () { say('Stand-in not answering.', true); });
}
$('post-form').onsubmit = function (e) {
  e.preventDefault();
  var body = { channel: $('post-channel').value, user: $('post-user').value, text: $('post-text').value };
  if ($('post-thread').value) body.thread_ts = $('post-thread').value;
  call('/_stand-in/post', body).then(function (j) { if (j) $('post-text').value = ''; });
};
$('summary-command').onclick = function () {
  call('/_stand-in/command', { channel: $('post-channel').value, user: $('post-user').value, command: '/outage-summary', text: '' });
};
document.querySelectorAll('[data-fault]').forEach(function (b) {
  b.onclick = function () { call('/_stand-in/faults', JSON.parse(b.getAttribute('data-fault'))); };
});
$('clear-faults').onclick = function () { call('/_stand-in/faults', undefined, 'DELETE'); };
refresh();
setInterval(refresh, 1500);
`;
