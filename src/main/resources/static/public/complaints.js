// Sends the complaint as JSON to POST /api/public/complaints and shows the receipt. Everything the worker typed is
// shown with textContent, never as HTML.
(function () {
  var form = document.getElementById('complaint');
  var anonymous = document.getElementById('anonymous');
  var contact = document.getElementById('contact-fields');

  function value(id) {
    var v = document.getElementById(id).value.trim();
    return v === '' ? undefined : v;
  }
  function number(id) {
    var v = value(id);
    return v === undefined ? undefined : Number(v);
  }
  function showContact() {
    contact.hidden = anonymous.checked;
  }
  function show(id, text) {
    document.getElementById(id).textContent = text;
  }

  anonymous.addEventListener('change', showContact);
  showContact();

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = {
      employer: value('employer'), contract: value('contract'), worksite: value('worksite'),
      narrative: value('narrative'), weekEnding: value('weekEnding'), hoursClaimed: number('hoursClaimed'),
      payClaimed: number('payClaimed'), language: value('language'), anonymous: anonymous.checked
    };
    if (!anonymous.checked) {
      body.contact = { name: value('contactName'), phone: value('contactPhone'), email: value('contactEmail') };
    }
    var errors = document.getElementById('errors');
    var list = document.getElementById('error-list');
    document.getElementById('send').disabled = true;
    fetch('/api/public/complaints', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
    }).then(function (result) {
      list.textContent = '';
      if (result.ok) {
        errors.hidden = true;
        form.hidden = true;
        show('receipt-number', result.answer.receipt);
        show('receipt-employer', body.employer || body.contract || '');
        show('receipt-worksite', body.worksite || '');
        document.getElementById('receipt').hidden = false;
        return;
      }
      var problems = result.answer.errors || [{ field: '', reason: result.answer.detail || 'could not be sent' }];
      problems.forEach(function (p) {
        var item = document.createElement('li');
        item.textContent = (p.field ? p.field + ': ' : '') + p.reason;
        list.appendChild(item);
      });
      errors.hidden = false;
    }).catch(function () {
      list.textContent = '';
      var item = document.createElement('li');
      item.textContent = 'The complaint could not be sent. Please try again.';
      list.appendChild(item);
      errors.hidden = false;
    }).finally(function () {
      document.getElementById('send').disabled = false;
    });
  });
})();
