'use strict';
// The simulator page. Each pane chats as one openid and shows that user's chat as the server keeps it (what the pane
// sent and what the simulated platform delivered), fetched "after the last sequence number seen": the history
// survives a restart of the server, and whatever was delivered while the page could not reach it shows up as soon as
// it can again. While the server is unreachable the header says so and the page polls again with a growing delay.
(() => {
  const POLL_MS = 1000;
  const MAX_DELAY_MS = 8000;
  const texts = document.getElementById('texts').dataset;
  const connection = document.getElementById('connection');
  const faultStatus = document.getElementById('faultStatus');
  const panes = [];
  let failures = 0;

  function addPane(openid) {
    const node = document.getElementById('paneTemplate').content.firstElementChild.cloneNode(true);
    const pane = { node, after: 0, shown: new Set(), openid: node.querySelector('.openid'), log: node.querySelector('.log') };
    pane.openid.value = openid;
    pane.openid.addEventListener('change', () => { pane.after = 0; pane.shown.clear(); pane.log.replaceChildren(); });
    node.querySelector('.close').addEventListener('click', () => { node.remove(); panes.splice(panes.indexOf(pane), 1); });
    const text = node.querySelector('.text');
    const sendText = () => {
      if (text.value.trim()) { push(pane, { type: 'text', content: text.value }); text.value = ''; }
    };
    node.querySelector('.send').addEventListener('click', sendText);
    text.addEventListener('keydown', e => { if (e.key === 'Enter') sendText(); });
    node.querySelector('.loc').addEventListener('click', () => push(pane, { type: 'location',
      latitude: number(node.querySelector('.lat').value), longitude: number(node.querySelector('.lng').value),
      label: node.querySelector('.label').value }));
    node.querySelector('.img').addEventListener('click', () => push(pane, { type: 'image', picUrl: node.querySelector('.pic').value }));
    node.querySelector('.sub').addEventListener('click', () => push(pane, { type: 'subscribe', templateId: node.querySelector('.tpl').value }));
    document.getElementById('panes').appendChild(node);
    panes.push(pane);
  }

  function number(value) {
    const n = Number.parseFloat(value);
    return Number.isNaN(n) ? null : n;
  }

  function show(pane, cls, text, seq) {
    if (seq !== undefined) {
      if (pane.shown.has(seq)) return;
      pane.shown.add(seq);
    }
    const div = document.createElement('div');
    div.className = 'msg ' + cls;
    div.textContent = text;
    pane.log.appendChild(div);
    pane.log.scrollTop = pane.log.scrollHeight;
  }

  function describe(entry) {
    const b = entry.body;
    if (entry.kind === 'user') {
      if (b.type === 'text') return b.content;
      if (b.type === 'location') return '📍 ' + (b.label || b.latitude + ',' + b.longitude);
      if (b.type === 'image') return '🖼 ' + b.picUrl;
      return texts.subscribed + b.templateId;
    }
    if (entry.kind === 'subscribe') {
      const values = Object.entries(b.data || {}).map(([k, v]) => k + ': ' + v.value).join('\n');
      return texts.subscribeMessage + b.template_id + '\n' + values;
    }
    if (b.msgtype === 'text') return b.text.content;
    return b.msgtype + ': ' + JSON.stringify(b[b.msgtype]);
  }

  function cssClass(entry) {
    return entry.kind === 'user' ? 'me' : entry.kind === 'subscribe' ? 'note' : 'bot';
  }

  async function push(pane, action) {
    const openid = pane.openid.value.trim();
    if (!openid) { show(pane, 'err', texts.needOpenid); return; }
    const entry = { kind: 'user', body: Object.assign({ openid }, action) };
    let response;
    try {
      response = await fetch('/simulator/api/push', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(entry.body) });
    } catch (unreachable) {
      show(pane, 'me', describe(entry));
      show(pane, 'err', texts.pushUnreachable);
      unreachableNow();
      return;
    }
    const result = await response.json().catch(() => ({}));
    if (result.seq) show(pane, 'me', describe(entry), result.seq);
    if (!response.ok || result.status !== 200) {
      show(pane, 'err', texts.pushFailed + (result.message || result.answer || response.status));
    }
  }

  async function fetchChat(pane) {
    const openid = pane.openid.value.trim();
    if (!openid) return;
    const response = await fetch('/simulator/api/messages?openid=' + encodeURIComponent(openid) + '&after=' + pane.after);
    if (!response.ok) throw new Error('HTTP ' + response.status);
    for (const entry of await response.json()) {
      pane.after = Math.max(pane.after, entry.seq);
      show(pane, cssClass(entry), describe(entry), entry.seq);
    }
  }

  async function poll() {
    try {
      for (const pane of panes) await fetchChat(pane);
      if (failures > 0) reachableAgain();
    } catch (unreachable) {
      unreachableNow();
    }
    setTimeout(poll, failures === 0 ? POLL_MS : Math.min(POLL_MS * 2 ** failures, MAX_DELAY_MS));
  }

  function unreachableNow() {
    failures++;
    connection.hidden = false;
  }

  function reachableAgain() {
    failures = 0;
    connection.hidden = true;
    loadFault();
  }

  function describeFault(fault) {
    return fault.percent > 0
      ? texts.faultOn.replace('[percent]', fault.percent).replace('[errcode]', fault.errcode) : texts.faultOff;
  }

  function showFault(prefix, fault) {
    faultStatus.classList.remove('refused');
    faultStatus.textContent = prefix + describeFault(fault);
  }

  function showRefusal(problem) {
    const known = { 'missing-percent': texts.faultInvalidPercent, 'invalid-percent': texts.faultInvalidPercent,
      'invalid-errcode': texts.faultInvalidErrcode };
    faultStatus.classList.add('refused');
    faultStatus.textContent = texts.faultRefused + (known[problem.code] || problem.message || '');
  }

  async function loadFault() {
    try {
      const response = await fetch('/simulator/api/faults');
      if (response.ok) showFault(texts.faultCurrent, await response.json());
    } catch (unreachable) { /* the poll reports it */ }
  }

  async function applyFault() {
    const errcode = Number.parseInt(document.getElementById('faultCode').value, 10);
    const percent = number(document.getElementById('faultPercent').value);
    try {
      const response = await fetch('/simulator/api/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ errcode: Number.isNaN(errcode) ? null : errcode, percent }) });
      const result = await response.json().catch(() => ({}));
      if (response.ok) showFault(texts.faultApplied, result); else showRefusal(result);
    } catch (unreachable) {
      showRefusal({ message: texts.unreachable });
      unreachableNow();
    }
  }

  document.getElementById('applyFault').addEventListener('click', applyFault);
  document.getElementById('addPane').addEventListener('click', () => addPane(''));
  addPane('o_resident_1');
  addPane('o_demo_worker_g1a');
  loadFault();
  poll();
})();
