package be.cpas.pst.web.security;

import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every session holds the account as it is now, not as it was at sign-in: on each request the account is read again
 * (one statement by its key). A deactivated account, or one whose password was changed elsewhere (by the person in
 * another session, or reset by the administrator), ends the session: the person is sent to the sign-in page and
 * told why. Changed roles or name take effect at once in the open session.
 */
final class AccountSessionGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountSessionGuard.class);
    static final String ENDED = "/login?fin";

    private final AccountRepository accounts;
    private final SignedInPrincipal signedIn;

    AccountSessionGuard(AccountRepository accounts, SignedInPrincipal signedIn) {
        this.accounts = accounts;
        this.signedIn = signedIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<Account> account = accounts.findById(principal.accountId());
            if (account.isEmpty() || !account.get().isActive()
                    || !account.get().getPasswordHash().equals(principal.getPassword())) {
                log.info("Session of account {} ended: the account was deactivated or its password changed",
                        principal.accountId());
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                String target = request.getContextPath() + ENDED;
                if (request.getHeader("HX-Request") != null) {
                    response.setHeader("HX-Redirect", target);
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect(target);
                }
                return;
            }
            if (!principal.isCurrent(account.get())) {
                signedIn.refresh(request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
