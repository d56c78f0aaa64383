// The customer site's own script: logging out tells RudderStack (reset) and the server, and stays on the page.
document.addEventListener('click', function (event) {
  if (event.target.id !== 'logout') return;
  window.rudderanalytics.reset();
  fetch('/logout', { method: 'POST' }).then(function () {
    document.getElementById('status').textContent = 'You are logged out.';
  });
});
