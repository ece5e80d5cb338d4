package be.cpas.pst.web.publication;

import be.cpas.pst.reporting.publication.PublicPlans;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps what the public pages and downloads of a published plan answered to anonymous visitors, for as long as the
 * plan's published state (its {@code ETag}) is the same: the day a press article sends a town to the PST, each page
 * is drawn once, and every other visitor costs one SQL statement (is the published state unchanged?) and a copy.
 * Signed-in readers, searches (a query string) and anything but a full {@code 200} answer are never kept; the kept
 * answers weigh at most {@value #MAX_BYTES} bytes in all, the largest first to go.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Pattern PUBLIC_PLAN = Pattern.compile("^/pst/(\\d{1,18})(/.*)?$");
    private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Content-Disposition", "Cache-Control",
            "Content-Language", "ETag", "Last-Modified");

    /** Looked up at the first request: a filter is built with the web server, before the database's beans. */
    private final ObjectProvider<PublicPlans> plans;
    private final Cache<String, Answer> answers = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((String path, Answer answer) -> answer.body().length + path.length()).build();

    PublicPageCache(ObjectProvider<PublicPlans> plans) {
        this.plans = plans;
    }

    /** A kept answer: its headers and body, under the published state it was drawn for. */
    private record Answer(String etag, Map<String, String> headers, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.getUserPrincipal() != null || !PUBLIC_PLAN.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        Matcher matcher = PUBLIC_PLAN.matcher(path);
        Optional<PublicPlans.Stamp> stamp = matcher.matches() ? plans.getObject().stamp(Long.parseLong(matcher.group(1)))
                : Optional.empty();
        if (stamp.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String etag = stamp.get().etag();
        Answer kept = answers.getIfPresent(path);
        if (kept != null && kept.etag().equals(etag)) {
            kept.headers().forEach(response::setHeader);
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        ContentCachingResponseWrapper drawn = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, drawn);
        if (drawn.getStatus() == HttpServletResponse.SC_OK && etag.equals(drawn.getHeader("ETag"))) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                String value = drawn.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            if (drawn.getContentType() != null) {
                headers.put("Content-Type", drawn.getContentType());
            }
            answers.put(path, new Answer(etag, Map.copyOf(headers), drawn.getContentAsByteArray()));
        }
        drawn.copyBodyToResponse();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
