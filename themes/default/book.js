// Theme (saved choice, else the system's) and the contents menu on small screens.
(function () {
  var root = document.documentElement;
  var saved = null;
  try { saved = localStorage.getItem('book-theme'); } catch (e) { /* storage may be off for file:// */ }
  if (saved === 'dark' || saved === 'light') root.setAttribute('data-theme', saved);

  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('.theme-toggle');
    if (toggle) toggle.addEventListener('click', function () {
      var dark = root.getAttribute('data-theme') === 'dark' ||
        (!root.getAttribute('data-theme') && window.matchMedia('(prefers-color-scheme: dark)').matches);
      var next = dark ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('book-theme', next); } catch (e) { /* not saved, still applied */ }
    });
    var menu = document.querySelector('.menu-toggle');
    var sidebar = document.getElementById('sidebar');
    if (menu && sidebar) menu.addEventListener('click', function () {
      var open = sidebar.classList.toggle('open');
      menu.setAttribute('aria-expanded', open ? 'true' : 'false');
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
