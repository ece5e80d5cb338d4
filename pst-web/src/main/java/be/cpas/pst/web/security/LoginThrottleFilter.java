package be.cpas.pst.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns away a sign-in attempt for a locked account and address before the password is even checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        String username = request.getParameter("username");
        String address = request.getRemoteAddr();
        if (!throttle.tryStart(username, address)) {
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            throttle.end(username, address);
        }
    }
}
