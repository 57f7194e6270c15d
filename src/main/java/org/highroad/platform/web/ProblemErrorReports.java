package org.highroad.platform.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the servlet container answers itself, for a request it refuses before any application sees it (an encoded
 * slash or a NUL character in the path, a malformed request line): an RFC 9457 problem like every other error, in
 * place of Tomcat's HTML error page, naming no server, version or exception. Errors inside Highroad never get here:
 * they are answered by Highroad ({@link ErrorAnswers}) before the container would report them.
 * <p>
 * The host's error report valve is replaced after Spring Boot has configured its own (hence the lowest precedence), and
 * named as the host's error report valve class, so the host adds no other one when it starts.
 */
@Component
class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemValve());
                host.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report valve, writing a problem body instead of an HTML page. */
    public static class ProblemValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            String title = status == null ? "Error" : status.getReasonPhrase();
            String detail = code == 400 ? "The request is not one this server takes (for example, its path has an encoded "
                    + "slash or a NUL character), so Highroad did not read it." : title + ".";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("utf-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code
                            + ",\"detail\":\"" + detail + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException unwritable) {
                // the client has gone or the response cannot take a body; nothing more to tell
            }
        }
    }
}
