package org.highroad.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.operaton.bpm.engine.TaskService;

/**
 * A task's form as Tasklist shows it on a phone (390 × 844): the page never scrolls sideways, nor does Tasklist's task
 * pane hide what is wider than itself; every table of the form is either as narrow as the screen or scrolls sideways in
 * a region of its own, whose last column can be scrolled into view and which the keyboard reaches; axe-core finds
 * nothing in the form.
 */
public final class TasklistOnAPhone {

    private TasklistOnAPhone() {
    }

    /**
     * The task a record's process waits at, opened in Tasklist as a person reaches it: the user claims it (through
     * Tasklist's REST API, as its Claim button does), signs in to Tasklist in the browser and opens the task's form.
     */
    public static TasklistBrowser opened(WebDriver browser, int port, TaskService tasks, long businessKey, String taskKey,
            String user) throws IOException, InterruptedException {
        String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(businessKey))
                .taskDefinitionKey(taskKey).singleResult().getId();
        TasklistSession session = TasklistSession.signIn(port, user);
        assertThat(session.send("POST", TasklistSession.task(task) + "/claim", "{\"userId\":\"" + user + "\"}").statusCode())
                .as("%s claims task %s", user, task).isEqualTo(204);
        TasklistBrowser tasklist = TasklistBrowser.signIn(browser, port, user);
        tasklist.open(task);
        return tasklist;
    }

    /**
     * Checks the open task's form at 390 px; returns how many of its tables scroll in a region of their own (the
     * caller knows whether its form has a wide one).
     */
    public static int checked(WebDriver browser, String form) throws InterruptedException {
        browser.windowSize(390, 844);
        try {
            assertThat(browser.until("window.innerWidth <= 400")).as("a phone-sized window").isTrue();
            Thread.sleep(1500); // the form lays itself out again, and its script marks the regions that scroll
            browser.screenshot(Path.of("target", "tasklist-screenshots", form.replace(' ', '-') + "-390.png"));
            JsonNode seen = browser.script("""
                    var out = {width: window.innerWidth, page: [document.documentElement.scrollWidth,
                      document.documentElement.clientWidth], tables: []};
                    var pane = document.querySelector('.task-details .three-cols-layout-cell.content');
                    out.pane = pane ? [pane.scrollWidth, pane.clientWidth] : null;
                    var form = document.querySelector('.fjs-form');
                    form.querySelectorAll('table').forEach(function (table) {
                      var region = null;
                      for (var e = table; e && e !== form.parentElement; e = e.parentElement) {
                        var x = getComputedStyle(e).overflowX;
                        if (x === 'auto' || x === 'scroll') { region = e; break; }
                      }
                      var row = table.querySelector('tr');
                      var cells = row ? row.children : [];
                      var last = cells.length ? cells[cells.length - 1] : table;
                      var seen = {columns: cells.length, fits: table.getBoundingClientRect().right <= window.innerWidth + 1
                        && table.getBoundingClientRect().left >= -1};
                      if (region) {
                        region.scrollLeft = region.scrollWidth;
                        var box = region.getBoundingClientRect();
                        var end = last.getBoundingClientRect();
                        seen.region = {scrollWidth: region.scrollWidth, clientWidth: region.clientWidth,
                          right: Math.round(box.right), left: Math.round(box.left), tabindex: region.getAttribute('tabindex'),
                          lastColumnShown: end.right <= box.right + 1 && end.left >= box.left - 1};
                        region.scrollLeft = 0;
                      }
                      out.tables.push(seen);
                    });
                    return out;""");
            assertThat(seen.path("page").get(0).asInt()).as("the page does not scroll sideways: %s", seen)
                    .isLessThanOrEqualTo(seen.path("page").get(1).asInt());
            assertThat(seen.path("pane").isArray()).as("Tasklist's task pane: %s", seen).isTrue();
            assertThat(seen.path("pane").get(0).asInt()).as("Tasklist's task pane hides nothing to its right: %s", seen)
                    .isLessThanOrEqualTo(seen.path("pane").get(1).asInt());
            assertThat(seen.path("tables")).as("the form's tables").isNotEmpty();
            int scrolling = 0;
            int width = seen.path("width").asInt();
            for (JsonNode table : seen.path("tables")) {
                JsonNode region = table.path("region");
                boolean scrolls = !region.isMissingNode() && region.path("scrollWidth").asInt() > region.path("clientWidth").asInt();
                if (scrolls) {
                    scrolling++;
                    assertThat(region.path("right").asInt()).as("the table's region is within the screen: %s", seen)
                            .isLessThanOrEqualTo(width);
                    assertThat(region.path("lastColumnShown").asBoolean()).as("its last column scrolls into view: %s", seen)
                            .isTrue();
                    assertThat(region.path("tabindex").asText()).as("the keyboard reaches the region: %s", seen).isEqualTo("0");
                } else {
                    assertThat(table.path("fits").asBoolean()).as("a table that does not scroll fits the screen: %s", seen)
                            .isTrue();
                }
            }
            assertThat(axe(browser, ".fjs-form")).as("axe on the form at 390 px").isEmpty();
            return scrolling;
        } finally {
            browser.windowSize(1280, 1000);
        }
    }

    /** axe-core's WCAG 2.1 A and AA violations within the element the selector names. */
    static JsonNode axe(WebDriver browser, String selector) {
        String source;
        try (java.io.InputStream in = TasklistOnAPhone.class.getResourceAsStream("/axe/axe.min.js")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return browser.scriptAsync(source + "\n;var done = arguments[arguments.length - 1];"
                + "axe.run(document.querySelector(arguments[0]), {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));", selector);
    }
}
