// Highroad's Tasklist configuration: Operaton 1.0.3's own (its keyboard shortcuts), and the script that judges a
// Camunda Form's validity by the fields form-js marks invalid (highroad-tasklist-forms.js).
export default {
  requireJsConfig: {
    ngDeps: ['highroad.tasklistForms'],
    deps: ['highroad-tasklist-forms'],
    paths: {
      'highroad-tasklist-forms': 'scripts/highroad-tasklist-forms'
    }
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
