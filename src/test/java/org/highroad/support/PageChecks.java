package org.highroad.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** The browser checks every staff page passes: axe-core finds nothing, and at 390 px wide nothing scrolls sideways. */
public final class PageChecks {

    private PageChecks() {
    }

    public static void checked(WebDriver browser, String page) throws InterruptedException {
        checked(browser, "staff-screenshots", page);
    }

    /** As {@link #checked(WebDriver, String)}, its screenshot kept in {@code target/<folder>/}. */
    public static void checked(WebDriver browser, String folder, String page) throws InterruptedException {
        browser.screenshot(Path.of("target", folder, page.replace(' ', '-') + ".png"));
        assertThat(browser.axe()).as("axe on the " + page + " page").isEmpty();
        browser.windowSize(390, 844);
        try {
            assertThat(browser.until("window.innerWidth <= 400")).as("a phone-sized window").isTrue();
            assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")
                    .asBoolean()).as("no sideways scrolling on the " + page + " page at 390 px").isTrue();
        } finally {
            browser.windowSize(1280, 900);
        }
    }
}
