package org.highroad.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.highroad.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A page that fails on the agency's side answers a person's browser with the error page in the reader's language
 * (500, with the reference the log holds), never the API's JSON; the API and clients that do not ask for HTML keep
 * their problem details.
 */
class UnexpectedErrorPageTest extends ApiTest {

    @Autowired
    ProblemDetailsAdvice advice;

    private static MockHttpServletRequest browser(String path, Locale language) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        request.addPreferredLocale(language);
        return request;
    }

    @Test
    void aStaffPageThatFailsIsAnErrorPageInTheReadersLanguage() throws Exception {
        MockHttpServletResponse en = new MockHttpServletResponse();
        ResponseEntity<ProblemDetail> answer = advice.unexpectedOrPage(new NullPointerException("a page's defect"),
                browser("/staff/vendors/1/qualifications/1", Locale.ENGLISH), en);
        assertThat(answer).isNull();
        assertThat(en.getStatus()).isEqualTo(500);
        assertThat(en.getContentType()).startsWith("text/html");
        assertThat(en.getContentAsString()).contains("Something went wrong", "nothing was changed", "quote reference")
                .doesNotContain("\"status\":500", "NullPointerException", "a page's defect");

        MockHttpServletResponse es = new MockHttpServletResponse();
        advice.unexpectedOrPage(new NullPointerException("a page's defect"),
                browser("/staff/vendors/1/qualifications/1", Locale.forLanguageTag("es")), es);
        assertThat(es.getStatus()).isEqualTo(500);
        assertThat(es.getContentAsString()).contains("Algo salió mal", "no se cambió nada");
    }

    @Test
    void theApiAndClientsNotAskingForHtmlKeepTheProblemDetails() {
        MockHttpServletRequest api = browser("/api/vendors/1", Locale.ENGLISH);
        ResponseEntity<ProblemDetail> answer = advice.unexpectedOrPage(new NullPointerException(), api,
                new MockHttpServletResponse());
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).startsWith("Something went wrong on our side");

        MockHttpServletRequest script = new MockHttpServletRequest("GET", "/staff/vendors/1");
        script.addHeader("Accept", "*/*");
        assertThat(advice.unexpectedOrPage(new NullPointerException(), script, new MockHttpServletResponse()).getStatusCode().value())
                .isEqualTo(500);
    }
}
