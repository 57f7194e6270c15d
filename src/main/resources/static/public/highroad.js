// A little help where the browser has it; every page works without this file.
// A form marked data-progress shows its progress indicator while the file is sent and read on the server.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.hasAttribute('data-progress')) {
    return;
  }
  var status = document.getElementById(form.getAttribute('data-progress'));
  if (status) {
    status.hidden = false;
  }
  var button = form.querySelector('button[type=submit]');
  if (button) {
    button.setAttribute('aria-disabled', 'true');
  }
});
// A page with errors moves the reader to their summary, which announces them.
document.addEventListener('DOMContentLoaded', function () {
  var errors = document.getElementById('errors');
  if (errors) {
    errors.focus();
  }
});
