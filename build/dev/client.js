// The live preview's script, added to every page the dev server sends (never
// to a built site): reloads the page when the server says its file was
// rewritten, and shows the manuscript's errors over the page until the next
// good build.
(function () {
  var script = document.currentScript;
  var page = script && script.getAttribute('data-page');
  var overlay = null;

  function showErrors(problems) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'dev-overlay';
      overlay.setAttribute('role', 'alertdialog');
      overlay.setAttribute('aria-label', 'Errors in the manuscript');
      var box = document.createElement('div');
      box.className = 'dev-overlay-box';
      var title = document.createElement('p');
      title.className = 'dev-overlay-title';
      title.textContent = 'The manuscript has errors; the preview shows the last good build until they are fixed.';
      var list = document.createElement('ul');
      list.className = 'dev-overlay-report';
      box.appendChild(title);
      box.appendChild(list);
      overlay.appendChild(box);
      (document.body || document.documentElement).appendChild(overlay);
    }
    var report = overlay.querySelector('.dev-overlay-report');
    report.textContent = '';
    problems.forEach(function (problem) {
      var item = document.createElement('li');
      item.className = 'dev-problem dev-' + problem.severity;
      var place = document.createElement('code');
      place.className = 'dev-place';
      place.textContent = problem.place;
      var reason = document.createElement('span');
      reason.className = 'dev-reason';
      reason.textContent = problem.severity + ': ' + problem.reason + (problem.rule ? ' (' + problem.rule + ')' : '');
      item.appendChild(place);
      item.appendChild(reason);
      report.appendChild(item);
    });
  }

  function hideErrors() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  var retry = 0;
  function connect() {
    var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/__dev/ws');
    socket.onopen = function () {
      // After the server was restarted, the page may be out of date.
      if (retry > 0) location.reload();
      retry = 0;
    };
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      if (message.type === 'reload' && (message.pages.indexOf(page) !== -1 || message.pages.indexOf('*') !== -1)) location.reload();
      else if (message.type === 'errors') showErrors(message.problems);
      else if (message.type === 'clean') hideErrors();
    };
    socket.onclose = function () {
      retry++;
      setTimeout(connect, Math.min(2000, 200 * retry));
    };
  }
  connect();
})();
