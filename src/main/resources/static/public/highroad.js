// A little help where the browser has it; every page works without this file.
// A form marked data-progress shows its progress indicator while it is sent and read on the server. A form with a file
// is sent by XMLHttpRequest where the browser has it, so the indicator shows the bytes sent of the whole; the answer
// (the payroll's page after a redirect, or the form again with its errors) then replaces the page as a plain post would.
(function () {
  function kilobytes(n) {
    return n < 1024 * 1024 ? Math.max(1, Math.round(n / 1024)) + ' KB' : (n / 1024 / 1024).toFixed(1) + ' MB';
  }

  function showAnswer(xhr, action) {
    var landed = xhr.responseURL || '';
    if (landed && landed.split('#')[0] !== new URL(action, window.location.href).href) {
      window.location.assign(landed); // redirected, as after an accepted payroll: open that page
      return;
    }
    var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
    document.title = doc.title;
    document.body.replaceWith(document.adoptNode(doc.body));
    var errors = document.getElementById('errors');
    if (errors) {
      errors.focus();
    }
  }

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
    var file = form.querySelector('input[type=file]');
    if (!status || !file || !file.files || !file.files.length || !window.FormData || !window.DOMParser || !('upload' in new XMLHttpRequest())) {
      return; // sent as a plain post: the indicator shows activity only
    }
    event.preventDefault();
    var bar = status.querySelector('progress');
    var text = status.querySelector('[data-sent]');
    var said = -1;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable) {
        return;
      }
      bar.max = e.total;
      bar.value = e.loaded;
      var tenth = Math.floor(e.loaded * 10 / e.total);
      if (tenth !== said && text) { // the status is announced: say it every tenth, not every packet
        said = tenth;
        text.textContent = text.getAttribute('data-sent').replace('%sent%', kilobytes(e.loaded))
          .replace('%total%', kilobytes(e.total)).replace('%percent%', String(tenth * 10));
      }
    });
    xhr.upload.addEventListener('load', function () {
      bar.removeAttribute('value'); // the file is sent; the server reads and checks it
      if (text) {
        text.textContent = text.getAttribute('data-checking');
      }
    });
    xhr.addEventListener('load', function () {
      showAnswer(xhr, form.action);
    });
    xhr.addEventListener('error', function () {
      form.submit(); // the request failed on the way: send the form as a plain post
    });
    xhr.send(new FormData(form));
  });

  // A page with errors moves the reader to their summary, which announces them.
  document.addEventListener('DOMContentLoaded', function () {
    var errors = document.getElementById('errors');
    if (errors) {
      errors.focus();
    }
  });
})();
