// Shows the "you will be signed out soon" warning two minutes before a signed-in session ends.
// Without JavaScript the page footer says how long sessions last; nothing else depends on this.
(function () {
  var seconds = Number(document.body.getAttribute('data-session-seconds') || 0);
  var warning = document.getElementById('session-warning');
  if (!seconds || !warning) {
    return;
  }
  setTimeout(function () {
    warning.hidden = false;
    warning.focus();
  }, Math.max(0, seconds - 120) * 1000);
})();
