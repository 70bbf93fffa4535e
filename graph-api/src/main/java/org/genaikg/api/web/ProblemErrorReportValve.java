package org.genaikg.api.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error page for what it refuses before the application sees a request (a request line or
 * headers over the limit, a malformed request line or URI, a form it cannot read), as RFC 9457
 * problem details like every other error, instead of Tomcat's HTML page. Tomcat answers 400 to a
 * request line or headers over its limit; that one becomes 431 (Request Header Fields Too Large:
 * Tomcat reads the request line into the same 8 KB as the headers, so a long query string is one),
 * so that a client can tell "too large" from "malformed". The application's own errors never reach
 * it: {@link ProblemAdvice} has answered them already.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        if (status == HttpStatus.BAD_REQUEST.value() && tooLarge(throwable)) {
            status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value();
            response.setStatus(status);
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem(status, throwable)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already started: nothing more can be said
        }
    }

    /** Tomcat's words for a request line or headers over {@code server.max-http-request-header-size}. */
    static boolean tooLarge(Throwable throwable) {
        return throwable != null && throwable.getMessage() != null && throwable.getMessage().contains("too large");
    }

    /** The problem for a status Tomcat set; only a client error says what was wrong (a server error leaks nothing). */
    static Map<String, Object> problem(int status, Throwable throwable) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String type = "request-refused";
        String detail;
        if (status >= 500) {
            detail = "The request failed on the server; the server log has the details.";
        } else if (status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value()) {
            type = "request-too-large";
            detail = "The request line and headers may take 8 KB together; send a longer query in a POST body.";
        } else if (status == HttpStatus.BAD_REQUEST.value() && throwable != null && throwable.getMessage() != null) {
            // Tomcat's own words, e.g. "Invalid character found in the request target"
            detail = "The server could not read the request: " + throwable.getMessage() + ".";
        } else {
            detail = "The server refused the request before reading it (" + title + ").";
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemAdvice.TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }
}
