package org.highroad.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.highroad.platform.pages.PageFormats;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's form sent twice at once (a double click on a decision) may meet the record changed by the first send: the
 * reader gets the conflict page with the reason in words, 409 as the API answers it, never the API's JSON.
 */
class ConcurrentChangePageTest {

    @Test
    void aConcurrentChangeOnAPageIsTheConflictPage() {
        ModelAndView page = new PageErrors(new PageFormats(null)).concurrentChange();
        assertThat(page.getViewName()).isEqualTo("platform/conflict");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(page.getModel().get("detail")).isEqualTo(ProblemDetailsAdvice.CONCURRENT_CHANGE);
    }
}
