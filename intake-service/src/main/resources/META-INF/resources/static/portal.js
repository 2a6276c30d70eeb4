// Portal behaviour: upload with progress (drag and drop or file input), live status by polling the JSON API.
// Everything user-supplied is inserted with textContent, never as HTML.
(function () {
  'use strict';

  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute('content') : '';

  function formatTime(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
  }

  function errorText(xhr) {
    try {
      var body = JSON.parse(xhr.responseText);
      if (body && body.messageZh) { return body.messageZh; }
    } catch (e) { /* not JSON */ }
    return '上传失败（HTTP ' + xhr.status + '），请稍后重试。';
  }

  function setupUploadZone(zone) {
    var input = zone.querySelector('[data-file-input]');
    var drop = zone.querySelector('[data-drop]');
    var chosen = zone.querySelector('[data-chosen]');
    var progress = zone.querySelector('[data-progress]');
    var bar = zone.querySelector('[data-bar]');
    var progressText = zone.querySelector('[data-progress-text]');
    var message = zone.querySelector('[data-upload-message]');
    var select = zone.querySelector('[data-agency-select]');
    var buttons = zone.querySelectorAll('[data-submit]');
    var file = null;

    function choose(f) {
      file = f || null;
      chosen.textContent = file ? '已选择：' + file.name + '（' + Math.ceil(file.size / 1024) + ' KB）' : '';
      buttons.forEach(function (b) { b.disabled = !file; });
      message.textContent = '';
    }

    input.addEventListener('change', function () { choose(input.files[0]); });
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) { choose(e.dataTransfer.files[0]); }
    });

    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        if (!file) { return; }
        var dryRun = button.getAttribute('data-submit') === 'dry-run';
        var form = new FormData();
        form.append('file', file, file.name);
        var agencyId = select ? select.value : zone.getAttribute('data-agency-id');
        if (agencyId) { form.append('agencyId', agencyId); }
        var xhr = new XMLHttpRequest();
        xhr.open('POST', '/api/submissions' + (dryRun ? '?dryRun=true' : ''));
        xhr.setRequestHeader('X-CSRF-Token', csrf);
        xhr.setRequestHeader('Accept', 'application/json');
        progress.hidden = false;
        bar.style.width = '0%';
        progressText.textContent = '0%';
        buttons.forEach(function (b) { b.disabled = true; });
        message.textContent = dryRun ? '正在上传（预检）…' : '正在上传…';
        xhr.upload.addEventListener('progress', function (e) {
          if (e.lengthComputable) {
            var pct = Math.round(e.loaded * 100 / e.total);
            bar.style.width = pct + '%';
            progressText.textContent = pct + '%';
          }
        });
        xhr.addEventListener('load', function () {
          if (xhr.status === 202 || xhr.status === 200) {
            bar.style.width = '100%';
            progressText.textContent = '100%';
            var receipt = JSON.parse(xhr.responseText);
            message.textContent = receipt.duplicate ? '该文件此前已报送过，正在打开原记录…' : '上传成功，正在打开报送详情…';
            window.location.href = '/submissions/' + encodeURIComponent(receipt.id);
          } else {
            message.textContent = errorText(xhr);
            buttons.forEach(function (b) { b.disabled = !file; });
          }
        });
        xhr.addEventListener('error', function () {
          message.textContent = '网络错误，上传未完成，请重试。';
          buttons.forEach(function (b) { b.disabled = !file; });
        });
        xhr.send(form);
      });
    });
  }

  function cell(text, className) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) { td.className = className; }
    return td;
  }

  // Nothing of a report under review or of a legacy report is known to be wrong: no number of "problems" for them.
  function problemCount(s) {
    switch (s.status) {
      case 'RECEIVED': case 'LEGACY': return '—';
      case 'NEEDS_REVIEW': return '待复核';
      default: return String(s.findings.length);
    }
  }

  function renderList(tbody, submissions) {
    tbody.textContent = '';
    if (!submissions.length) {
      var empty = document.createElement('tr');
      var td = cell('还没有报送记录。', 'muted');
      td.colSpan = 6;
      empty.appendChild(td);
      tbody.appendChild(empty);
      return;
    }
    submissions.forEach(function (s) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-submission-id', s.id);
      var nameCell = document.createElement('td');
      var link = document.createElement('a');
      link.href = '/submissions/' + encodeURIComponent(s.id);
      link.textContent = s.fileName;
      nameCell.appendChild(link);
      tr.appendChild(nameCell);
      tr.appendChild(cell(s.agencyId));
      tr.appendChild(cell(s.dryRun ? '预检' : '正式报送'));
      tr.appendChild(cell(formatTime(s.submittedAt)));
      var statusCell = document.createElement('td');
      var badge = document.createElement('span');
      badge.className = 'status status-' + s.status;
      badge.setAttribute('data-status', s.status);
      badge.textContent = s.statusZh || s.status; // the API carries the wording, so the list needs no copy of it
      statusCell.appendChild(badge);
      tr.appendChild(statusCell);
      tr.appendChild(cell(problemCount(s)));
      tbody.appendChild(tr);
    });
  }

  function pollList(tbody) {
    function load() {
      fetch('/api/submissions', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (list) { renderList(tbody, list); })
        .catch(function () { /* keep the last list; the next poll retries */ })
        .then(function () { setTimeout(load, 2000); });
    }
    load();
  }

  function pollSubmission(section) {
    var id = section.getAttribute('data-submission-id');
    function check() {
      fetch('/api/submissions/' + encodeURIComponent(id), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (s && s.status !== 'RECEIVED') {
            window.location.reload(); // the findings and table grids are rendered by the server
          } else {
            setTimeout(check, 1500);
          }
        })
        .catch(function () { setTimeout(check, 3000); });
    }
    setTimeout(check, 1500);
  }

  document.querySelectorAll('[data-upload-zone]').forEach(setupUploadZone);
  document.querySelectorAll('[data-time]').forEach(function (el) { el.textContent = formatTime(el.getAttribute('data-time')); });
  var list = document.querySelector('[data-submission-list]');
  if (list) { pollList(list); }
  var submission = document.querySelector('#submission[data-status="RECEIVED"]');
  if (submission) { pollSubmission(submission); }
}());
