// Theme (saved choice, else the system's), the contents menu on small
// screens, and the Copy button of code blocks.
(function () {
  var root = document.documentElement;
  var saved = null;
  try { saved = localStorage.getItem('book-theme'); } catch (e) { /* storage may be off for file:// */ }
  if (saved === 'dark' || saved === 'light') root.setAttribute('data-theme', saved);

  function isDark() {
    return root.getAttribute('data-theme') === 'dark' ||
      (!root.getAttribute('data-theme') && window.matchMedia('(prefers-color-scheme: dark)').matches);
  }

  /** The code as a reader would type it: no line numbers or wrap marks, and of a session only the input, without prompts. */
  function codeText(pre) {
    var copy = pre.cloneNode(true);
    var skip = copy.querySelectorAll('.line-number, .wrap-mark, [aria-hidden="true"], [data-no-copy]');
    for (var i = 0; i < skip.length; i++) skip[i].remove();
    var text = copy.textContent.replace(/\n$/, '');
    var lines = text.split('\n');
    if (/^>>>( |$)/.test(lines.find(function (l) { return l.trim() !== ''; }) || '')) {
      lines = lines.filter(function (l) { return /^(>>>|\.\.\.)( |$)/.test(l); }).map(function (l) { return l.slice(4); });
    }
    return lines.join('\n') + '\n';
  }
  window.bookCodeText = codeText;

  function writeClipboard(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      area.remove();
      if (ok) resolve(); else reject(new Error('copy refused'));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('.theme-toggle');
    if (toggle) {
      toggle.setAttribute('aria-pressed', isDark() ? 'true' : 'false');
      toggle.addEventListener('click', function () {
        var next = isDark() ? 'light' : 'dark';
        root.setAttribute('data-theme', next);
        toggle.setAttribute('aria-pressed', next === 'dark' ? 'true' : 'false');
        try { localStorage.setItem('book-theme', next); } catch (e) { /* not saved, still applied */ }
      });
    }

    var menu = document.querySelector('.menu-toggle');
    var sidebar = document.getElementById('sidebar');
    if (menu && sidebar) {
      var setOpen = function (open, refocus) {
        sidebar.classList.toggle('open', open);
        menu.setAttribute('aria-expanded', open ? 'true' : 'false');
        if (open) {
          var target = sidebar.querySelector('.current > a') || sidebar.querySelector('a');
          if (target) target.focus();
        } else if (refocus) {
          menu.focus();
        }
      };
      menu.addEventListener('click', function () { setOpen(!sidebar.classList.contains('open'), false); });
      document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && sidebar.classList.contains('open')) setOpen(false, true);
      });
      sidebar.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('a')) setOpen(false, false);
      });
    }

    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button.copy-code');
      if (!button) return;
      var pre = button.parentElement && button.parentElement.querySelector('pre');
      if (!pre) return;
      var label = button.getAttribute('data-label') || button.textContent;
      button.setAttribute('data-label', label);
      writeClipboard(codeText(pre)).then(function () {
        button.textContent = button.getAttribute('data-copied') || label;
        setTimeout(function () { button.textContent = label; }, 1500);
      }, function () { /* the clipboard is refused: the code stays selectable */ });
    });
    // The language switcher opens the same section: every edition keeps the source's anchors.
    var languages = document.querySelectorAll('.languages a');
    for (var i = 0; i < languages.length; i++) languages[i].addEventListener('click', function (event) {
      if (location.hash) event.currentTarget.setAttribute('href', event.currentTarget.getAttribute('href').split('#')[0] + location.hash);
    });

    var current = document.querySelector('.sidebar .current');
    if (current && current.scrollIntoView) current.scrollIntoView({ block: 'center' });
  });
})();
