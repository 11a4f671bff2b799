package org.rogatory.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies above {@code rogatory.api.max-body-size} with 413: at once when the client
 * announces the length, and as soon as the limit is crossed when it streams the body in chunks.
 * Without it a client could make the server buffer any amount of JSON. Imports of reference data
 * (a register of 100,000 persons is some 10 MB) have their own, larger limit,
 * {@code rogatory.api.max-import-size}.
 */
@Component
class BodySizeLimit extends OncePerRequestFilter {

    static final String DETAIL = "The body is larger than this server accepts.";

    static final String IMPORTS = "/api/v1/reference/";

    private final long maxBytes;
    private final long maxImportBytes;

    BodySizeLimit(@Value("${rogatory.api.max-body-size:5MB}") DataSize maxBodySize,
            @Value("${rogatory.api.max-import-size:200MB}") DataSize maxImportSize) {
        this.maxBytes = maxBodySize.toBytes();
        this.maxImportBytes = maxImportSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().startsWith(IMPORTS) ? maxImportBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(ProblemKind.PAYLOAD_TOO_LARGE.status().value());
            response.setContentType(Problems.MEDIA_TYPE.toString());
            Problems.write(Problems.of(ProblemKind.PAYLOAD_TOO_LARGE, DETAIL), response.getOutputStream());
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    static boolean exceeded(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    static final class TooLarge extends IOException {
        TooLarge() {
            super(DETAIL);
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        Counting(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > maxBytes) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
