package org.highroad.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The correlation id is in the logging context while a request, its error page or a job runs, and only then. */
class CorrelationIdsTest {

    private final CorrelationIds filter = new CorrelationIds();

    @Test
    void aRequestsLinesCarryTheIdItIsAnsweredWithAndNothingIsLeftOnTheThreadAfterwards() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/agencies");
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<String> seen = new ArrayList<>();

        filter.doFilter(request, response, (req, res) -> seen.add(MDC.get(CorrelationIds.MDC_KEY)));

        assertThat(seen).singleElement().isEqualTo(response.getHeader(CorrelationIds.HEADER));
        assertThat(MDC.get(CorrelationIds.MDC_KEY)).isNull();
    }

    @Test
    void theErrorPageOfARequestLogsUnderTheRequestsId() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader(CorrelationIds.HEADER, "0123456789abcdef");
        List<String> seen = new ArrayList<>();

        filter.doFilter(request, response, (req, res) -> seen.add(MDC.get(CorrelationIds.MDC_KEY)));

        assertThat(seen).containsExactly("0123456789abcdef");
    }

    @Test
    void aCallersIdIsKeptOnlyWhenItIsAPlainToken() throws Exception {
        String[][] cases = {
            {"abc-123_X.9", "abc-123_X.9"},
            {"short", null},                                   // under 8 characters
            {"a".repeat(65), null},                            // over 64
            {"id with spaces", null},
            {"id\r\nX-Injected: 1", null},
            {"ĳssel-0123456", null},                           // letters outside ASCII
        };
        for (String[] c : cases) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/agencies");
            request.addHeader(CorrelationIds.HEADER, c[0]);
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, (req, res) -> { });
            String answered = response.getHeader(CorrelationIds.HEADER);
            if (c[1] != null) {
                assertThat(answered).as(c[0]).isEqualTo(c[1]);
            } else {
                assertThat(answered).as(c[0]).matches("[0-9a-f]{16}");
            }
        }
    }

    @Test
    void eachJobBatchAndScheduledRunHasItsOwnIdAndTheThreadIsLeftAsItWas() {
        List<String> seen = new ArrayList<>();
        Runnable logs = () -> seen.add(MDC.get(CorrelationIds.MDC_KEY));

        CorrelatedTasks.correlated("job-").decorate(logs).run();
        CorrelatedTasks.correlated("job-").decorate(logs).run();
        MDC.put(CorrelationIds.MDC_KEY, "outer-request-id");
        try {
            CorrelatedTasks.correlated("task-").decorate(logs).run();
            assertThat(MDC.get(CorrelationIds.MDC_KEY)).isEqualTo("outer-request-id");
        } finally {
            MDC.remove(CorrelationIds.MDC_KEY);
        }

        assertThat(seen).hasSize(3);
        assertThat(seen.get(0)).matches("job-[0-9a-f]{16}");
        assertThat(seen.get(1)).matches("job-[0-9a-f]{16}").isNotEqualTo(seen.get(0));
        assertThat(seen.get(2)).matches("task-[0-9a-f]{16}");
        assertThat(MDC.get(CorrelationIds.MDC_KEY)).isNull();
    }
}
