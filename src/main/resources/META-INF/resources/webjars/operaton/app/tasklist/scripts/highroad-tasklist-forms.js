/*
 * Tasklist's Complete button for a Camunda Form with a dynamic list (the officer's ratings, one row per criterion).
 *
 * Operaton 1.0.3's Tasklist (cam-tasklist-form-operaton.js) counts a form as invalid when form-js's errors object has
 * any key. form-js 1.8.8 records a field's errors under [field id, row index] and, once the field is valid, removes
 * only the row's entry: an empty list stays under the field's id. So after the officer types in any field of a row
 * the form counts as invalid for good and Complete stays disabled, however valid the answers are.
 *
 * This judges validity as the officer sees it instead: the form is invalid while form-js marks a field invalid
 * (aria-invalid="true", shown with its error message). form-js still validates every field when Complete is pressed
 * (Tasklist refuses to submit a form with errors), and procurement's rules check the answers on the server.
 */
define('highroad-tasklist-forms', ['angular'], function (angular) {
  'use strict';

  var ngModule = angular.module('highroad.tasklistForms', []);

  ngModule.config(['$provide', function ($provide) {
    $provide.decorator('camTasklistFormOperatonDirective', ['$delegate', '$timeout', function ($delegate, $timeout) {
      var directive = $delegate[0];
      var compile = directive.compile;
      directive.compile = function () {
        var linked = compile.apply(this, arguments);
        var link = typeof linked === 'function' ? linked : linked.post;
        return function (scope, element, attrs, formController) {
          var judged = Object.create(formController);
          var failed = false;
          var pending = null;
          judged.notifyFormInitializationFailed = function (error) {
            failed = true;
            return formController.notifyFormInitializationFailed(error);
          };
          judged.notifyFormValidated = function (invalid) {
            if (pending) {
              $timeout.cancel(pending);
              pending = null;
            }
            if (!invalid || failed) {
              return formController.notifyFormValidated(invalid);
            }
            // form-js shows its errors once it has rendered the change
            pending = $timeout(function () {
              pending = null;
              formController.notifyFormValidated(failed
                  || element[0].querySelector('[aria-invalid="true"]') !== null);
            }, 50);
          };
          return link.call(this, scope, element, attrs, judged);
        };
      };
      return $delegate;
    }]);
  }]);

  /*
   * A form's wide table scrolls sideways in a region of its own (styles/user-styles.css), so that a phone shows all its
   * columns: a region that scrolls is made reachable by the keyboard (tabindex, WCAG 2.1.1), a frame of a table
   * component named by its label as a region. Checked again whenever the form renders or the window changes size.
   */
  var SCROLLING = '.fjs-form-field-text table, .fjs-form-field-html table, .fjs-table-inner-container';

  function markScrollRegions() {
    document.querySelectorAll(SCROLLING).forEach(function (region) {
      var scrolls = region.scrollWidth > region.clientWidth + 1;
      if (scrolls && !region.hasAttribute('tabindex')) {
        region.setAttribute('tabindex', '0');
        region.setAttribute('data-highroad-scroll', '');
        if (region.tagName !== 'TABLE') {
          var field = region.closest('.fjs-form-field');
          var label = field && field.querySelector('.fjs-form-field-label');
          region.setAttribute('role', 'region');
          region.setAttribute('aria-label', label && label.textContent.trim() ? label.textContent.trim() : 'Table');
        }
      } else if (!scrolls && region.hasAttribute('data-highroad-scroll')) {
        ['tabindex', 'data-highroad-scroll', 'role', 'aria-label'].forEach(function (name) {
          region.removeAttribute(name);
        });
      }
    });
  }

  var pendingMark = null;
  function markSoon() {
    if (pendingMark === null) {
      pendingMark = window.setTimeout(function () {
        pendingMark = null;
        markScrollRegions();
      }, 100);
    }
  }

  function watchScrollRegions() {
    new MutationObserver(markSoon).observe(document.body, {childList: true, subtree: true});
    window.addEventListener('resize', markSoon);
    markSoon();
  }

  if (document.body) {
    watchScrollRegions();
  } else {
    document.addEventListener('DOMContentLoaded', watchScrollRegions);
  }

  return ngModule;
});
