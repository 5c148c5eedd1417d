// Where JavaScript runs, a page that says work is under way looks again every two seconds;
// without it, the page's "Check again" button does the same.
(function () {
  if (document.querySelector('[data-impact-running]')) {
    setTimeout(function () { window.location.reload(); }, 2000);
  }
})();
