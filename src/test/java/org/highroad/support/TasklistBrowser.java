package org.highroad.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tasklist in headless Chromium: signs in with its own sign-in form, opens a task by id and waits until its Camunda
 * Form is rendered by the form-js viewer Tasklist ships; reads what a person sees there (text, links, table cells).
 */
public final class TasklistBrowser {

    /** The rendered form of the open task. */
    public static final String FORM = ".fjs-form";

    private final WebDriver browser;
    private final String base;

    private TasklistBrowser(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** Signs in to Tasklist as this user (password {@link TestUsers#PASSWORD}). */
    public static TasklistBrowser signIn(WebDriver browser, int port, String user) throws InterruptedException {
        TasklistBrowser tasklist = new TasklistBrowser(browser, "http://localhost:" + port);
        browser.windowSize(1280, 1000);
        browser.open(tasklist.base + "/operaton/app/tasklist/default/");
        assertThat(browser.until("document.querySelector('input[ng-model=\"username\"]') !== null"))
                .as("Tasklist's sign-in form").isTrue();
        browser.type("input[ng-model=\"username\"]", user);
        browser.type("input[ng-model=\"password\"]", TestUsers.PASSWORD + "\uE007"); // Enter submits the sign-in form
        String first = "";
        if (!tasklist.within(20, "document.querySelector('form[name=\"signinForm\"]') === null")) {
            first = tasklist.page();
            // the sign-in form's own request, sent from the page (a slow page may not have bound the form yet)
            JsonNode status = browser.scriptAsync("var done = arguments[arguments.length - 1];"
                    + " var token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];"
                    + " fetch('/operaton/api/admin/auth/user/default/login/tasklist', {method: 'POST', credentials: 'same-origin',"
                    + " headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token},"
                    + " body: 'username=' + encodeURIComponent(arguments[0]) + '&password=' + encodeURIComponent(arguments[1])})"
                    + ".then(r => done(r.status), e => done(String(e)));", user, TestUsers.PASSWORD);
            assertThat(status.asInt()).as("signing in to Tasklist: %s", status).isEqualTo(200);
        }
        // Tasklist reads who is signed in when it loads, and its sign-in page stays even when one is: load it again,
        // then go to its task list
        browser.script("location.reload();");
        Thread.sleep(1000);
        tasklist.within(30, "document.readyState === 'complete' && document.querySelector('.form-signin, [cam-tasks]') !== null");
        browser.script("location.hash = '#/';");
        assertThat(tasklist.within(60, "document.querySelector('form[name=\"signinForm\"]') === null"
                + " && location.hash.indexOf('login') < 0")).as("signed in to Tasklist: %s (after the form: %s) %s", tasklist.page(),
                first, browser.scriptAsync("var done = arguments[arguments.length - 1];"
                        + " fetch('/operaton/api/admin/auth/user/default', {credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + t + ' cookies: ' + document.cookie"
                        + " + ' requests: ' + performance.getEntriesByType('resource').map(e => e.name.replace(location.origin, '')"
                        + " + '=' + e.responseStatus).join(', '))));")).isTrue();
        tasklist.record();
        return tasklist;
    }

    /** Opens the task and waits for its form (and any table or dynamic list in it) to be rendered. */
    public void open(String taskId) throws InterruptedException {
        browser.open(base + "/operaton/app/tasklist/default/#/?task=" + taskId + "&detailsTab=task-detail-form");
        boolean rendered = within(60, "document.querySelector('" + FORM + "') !== null"
                + " && document.querySelector('" + FORM + "').innerText.length > 0");
        assertThat(rendered).as("the form of task %s is rendered in Tasklist: %s", taskId, page()).isTrue();
        record();
    }

    /** The text the person reads in the form. */
    public String formText() {
        return browser.script("return document.querySelector(arguments[0]).innerText;", FORM).asText();
    }

    /** The links of the form, as the browser resolved them (relative ones against Tasklist's own address). */
    public JsonNode formLinks() {
        return browser.script("return Array.from(document.querySelectorAll(arguments[0] + ' a'))"
                + ".map(a => ({text: a.innerText, href: a.getAttribute('href')}));", FORM);
    }

    /** The text of every cell of the form's tables, row by row. */
    public JsonNode tableCells() {
        return browser.script("return Array.from(document.querySelectorAll(arguments[0] + ' table tbody tr'))"
                + ".map(tr => Array.from(tr.querySelectorAll('td')).map(td => td.innerText.trim()));", FORM);
    }

    /**
     * Completes the task with Tasklist's own button; true once Tasklist has completed it: Tasklist then leaves the task
     * (its id leaves the address and the form goes). Tasklist's "The task has been removed" alert is always in the page
     * (folded to no height until the task is found gone), so only the class Tasklist sets on a removed task
     * ({@code .task-removed}) says so; a task removed before the button is pressed fails here.
     */
    public boolean complete() throws InterruptedException {
        String button = "button[ng-click=\"complete()\"]";
        assertThat(within(30, "document.querySelector('" + button + "') !== null"
                + " && !document.querySelector('" + button + "').disabled"))
                .as("Tasklist's Complete button is enabled: %s%n%s%n%s", page(), formState(), recorded()).isTrue();
        assertThat(browser.script("return document.querySelector('.task-removed') === null;").asBoolean())
                .as("the task is still there before Complete is pressed: %s%n%s", page(), recorded()).isTrue();
        press(button);
        return within(30, "location.hash.indexOf('task=') < 0 && document.querySelector('" + FORM + "') === null");
    }

    /**
     * Clicks an element as a person's click reaches it, without WebDriver's check that nothing covers it: Tasklist's
     * notifications and animated panels may lie over a button for a moment.
     */
    public void press(String css) {
        assertThat(browser.script("var e = document.querySelector(arguments[0]); if (!e) { return false; }"
                + " e.scrollIntoView({block: 'center'}); e.click(); return true;", css).asBoolean())
                .as("an element " + css).isTrue();
    }

    /** Waits up to so many seconds (Tasklist is slow on a busy machine) until the script's condition holds. */
    public boolean within(int seconds, String condition) throws InterruptedException {
        for (int waited = 0; waited < seconds; waited += 10) {
            if (browser.until(condition)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the form's fields whose label starts with this text ({@code data-test} attribute) so that they can be typed
     * into as a person does; returns how many there are (a dynamic list has one per row).
     */
    public int markFields(String label, String mark) {
        return browser.script("var n = 0; document.querySelectorAll(arguments[0] + ' label').forEach(l => {"
                + " var f = l.htmlFor && document.getElementById(l.htmlFor);"
                + " if (f && l.innerText.trim().startsWith(arguments[1])) { f.setAttribute('data-test', arguments[2]); n++; } });"
                + " return n;", FORM, label, mark).asInt();
    }

    /**
     * Starts recording, in the page, what Tasklist asks of the server (every XMLHttpRequest and fetch: method, address,
     * status, the start of the request's and the answer's body) and what goes wrong in the page (console errors,
     * uncaught errors, rejected promises), as a browser's developer tools would show them; {@link #recorded()} reads it.
     * The record lasts until the page is loaded again (Tasklist changes its views without loading).
     */
    public void record() {
        browser.script("if (window.__recorded) { return; } var log = window.__recorded = [];"
                + " var cut = s => s == null ? '' : String(s).substring(0, 600);"
                + " var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;"
                + " XMLHttpRequest.prototype.open = function (m, u) { this.__what = m + ' ' + u; return open.apply(this, arguments); };"
                + " XMLHttpRequest.prototype.send = function (body) { var x = this, what = x.__what;"
                + "   log.push('> ' + what + ' ' + cut(body));"
                + "   x.addEventListener('loadend', () => log.push('< ' + x.status + ' ' + what + ' '"
                + "     + cut(x.responseType === '' || x.responseType === 'text' ? x.responseText : x.responseType)));"
                + "   return send.apply(this, arguments); };"
                + " var fetched = window.fetch; window.fetch = function (u, o) { var what = ((o && o.method) || 'GET') + ' ' + u;"
                + "   log.push('> ' + what + ' ' + cut(o && o.body));"
                + "   return fetched.apply(this, arguments).then(r => { log.push('< ' + r.status + ' ' + what); return r; },"
                + "     e => { log.push('< failed ' + what + ' ' + e); throw e; }); };"
                + " var error = console.error; console.error = function () {"
                + "   log.push('console.error ' + cut(Array.from(arguments).map(a => a && a.stack ? a.stack : (typeof a === 'object' ? JSON.stringify(a) : a)).join(' ')));"
                + "   return error.apply(this, arguments); };"
                + " window.addEventListener('error', e => log.push('error ' + cut(e.message + ' ' + (e.error && e.error.stack))));"
                + " window.addEventListener('unhandledrejection', e => log.push('rejected ' + cut(e.reason && e.reason.stack ? e.reason.stack"
                + "   : JSON.stringify(e.reason))));");
    }

    /**
     * The form's state as Tasklist judges it (for a failure's message): the Complete button, the fields with their
     * values and whether form-js marks them invalid, form-js's error messages, and Tasklist's own flags where its
     * scopes can be read.
     */
    public String formState() {
        return browser.script("var b = document.querySelector('button[ng-click=\\\"complete()\\\"]');"
                + " var out = {button: b ? b.outerHTML.substring(0, 300) : null};"
                + " out.fields = Array.from(document.querySelectorAll(arguments[0] + ' input, ' + arguments[0] + ' textarea'))"
                + "   .map(f => f.id + '=' + (f.type === 'radio' ? f.checked : f.value) + (f.getAttribute('aria-invalid') === 'true' ? ' INVALID' : ''));"
                + " out.errors = Array.from(document.querySelectorAll(arguments[0] + ' .fjs-form-field-error')).map(e => e.innerText);"
                + " try { var s = window.angular && b && angular.element(b).scope();"
                + "   if (s) { out.scope = {invalid: s.$invalid, removed: s.taskRemoved, inProgress: s.completeInProgress,"
                + "     loaded: s.$loaded, options: s.options}; } } catch (e) { out.scope = String(e); }"
                + " return JSON.stringify(out);", FORM).asText();
    }

    /** What {@link #record()} has recorded so far, one line per request, answer or error. */
    public String recorded() {
        JsonNode log = browser.script("return window.__recorded || ['(nothing recorded: the page was loaded again)'];");
        StringBuilder lines = new StringBuilder();
        log.forEach(line -> lines.append(line.asText()).append('\n'));
        return lines.toString();
    }

    /**
     * Types the text into the form's field as the browser's own text input does (the field focused, its text replaced
     * through the editing commands a keyboard's typing goes through, so form-js gets its input events, then the field
     * left), and waits until the field keeps it; returns the field's value then. form-js takes a text's input after a
     * pause, and a field's input typed while the form renders another field's change can be lost, as a person's
     * typing can: the text is typed again (up to three times). chromedriver's key events do not reach Tasklist's page
     * in headless Chromium here (not one keydown arrives, not even in a plain input), so WebDriver's typing is not
     * used in the form.
     */
    public String fill(String css, String text) throws InterruptedException {
        String value = null;
        for (int attempt = 0; attempt < 3 && !text.equals(value); attempt++) {
            browser.script("var f = document.querySelector(arguments[0]); if (!f) { return; }"
                    + " f.scrollIntoView({block: 'center'}); f.focus(); f.select();"
                    + " document.execCommand('insertText', false, arguments[1]); f.blur();", css, text);
            Thread.sleep(1000);
            value = browser.script("var f = document.querySelector(arguments[0]); return f ? f.value : null;", css).asText();
        }
        return value;
    }

    /** What the page shows now (for a failure's message). */
    public String page() {
        String text = browser.script("var f = document.querySelector('form[name=\"signinForm\"]');"
                + " return location.href + (f ? ' [sign-in form; user ' + f.querySelector('input').value + ']' : '') + ' '"
                + " + document.body.innerText;").asText();
        return text.length() > 3000 ? text.substring(0, 3000) + "…" : text;
    }

    public WebDriver browser() {
        return browser;
    }
}
