package org.genaikg.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.genaikg.api.KgProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request body has a limit ({@code kg.limits.*}): 64 KB for {@code /api/cypher}, 1 MB for
 * {@code /sparql}, 64 KB for any other. A body whose declared length is over it is refused
 * ({@link RequestTooLarge}, 413) when the endpoint first reads it, before a byte is parsed; a body of
 * undeclared length (chunked) is refused as soon as the limit is passed. Forms are read by Tomcat
 * itself, within {@code server.tomcat.max-http-form-post-size}, and uploaded pages by the multipart
 * parser, within {@code spring.servlet.multipart.*}: both answer 413 through {@link ProblemAdvice} too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyLimits extends OncePerRequestFilter {
    private final KgProperties.Limits limits;

    RequestBodyLimits(KgProperties properties) {
        this.limits = properties.limits();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            chain.doFilter(request, response);
        } else {
            chain.doFilter(new LimitedBody(request, limit(request.getRequestURI())), response);
        }
    }

    private DataSize limit(String path) {
        if (path.equals("/api/cypher")) {
            return limits.cypherBody();
        }
        if (path.equals("/sparql")) {
            return limits.sparqlBody();
        }
        return limits.otherBody();
    }

    /** The request with its body readable up to {@code limit} bytes. */
    private static final class LimitedBody extends HttpServletRequestWrapper {
        private final DataSize limit;

        LimitedBody(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (getContentLengthLong() > limit.toBytes()) {
                throw tooLarge();
            }
            return new LimitedStream(super.getInputStream());
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private RequestTooLarge tooLarge() {
            return new RequestTooLarge("The body of " + getMethod() + " " + getRequestURI() + " may take at most "
                    + limit.toKilobytes() + " KB.");
        }

        /** Counts what is read and refuses the byte past the limit. */
        private final class LimitedStream extends ServletInputStream {
            private final ServletInputStream body;
            private long read;

            LimitedStream(ServletInputStream body) {
                this.body = body;
            }

            @Override
            public int read() throws IOException {
                int b = body.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = body.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > limit.toBytes()) {
                    throw tooLarge();
                }
            }

            @Override
            public boolean isFinished() {
                return body.isFinished();
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        }
    }
}
