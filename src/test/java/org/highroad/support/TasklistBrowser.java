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
        return tasklist;
    }

    /** Opens the task and waits for its form (and any table or dynamic list in it) to be rendered. */
    public void open(String taskId) throws InterruptedException {
        browser.open(base + "/operaton/app/tasklist/default/#/?task=" + taskId + "&detailsTab=task-detail-form");
        boolean rendered = within(60, "document.querySelector('" + FORM + "') !== null"
                + " && document.querySelector('" + FORM + "').innerText.length > 0");
        assertThat(rendered).as("the form of task %s is rendered in Tasklist: %s", taskId, page()).isTrue();
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
     * Completes the task with Tasklist's own button; true once Tasklist no longer shows the task's form (or says the
     * task is gone: it was completed).
     */
    public boolean complete() throws InterruptedException {
        String button = "button[ng-click=\"complete()\"]";
        String gone = "document.body.innerText.indexOf('The task has been removed') >= 0";
        assertThat(within(30, "(document.querySelector('" + button + "') !== null"
                + " && !document.querySelector('" + button + "').disabled) || " + gone))
                .as("Tasklist's Complete button is enabled: %s", page()).isTrue();
        if (!browser.script("return " + gone + ";").asBoolean()) {
            press(button);
        }
        return within(30, "document.querySelector('" + FORM + "') === null || " + gone);
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
