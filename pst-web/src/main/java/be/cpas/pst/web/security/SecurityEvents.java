package be.cpas.pst.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, accepted and refused, written to the log with the account name and the address they came from, so that
 * guessing at passwords leaves a trace (refused pages are logged by the error policy).
 */
@Component
class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("be.cpas.pst.security");

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        log.warn("Sign-in refused for '{}' from {}: {}", event.getAuthentication().getName(),
                address(event.getAuthentication().getDetails()), event.getException().getClass().getSimpleName());
    }

    @EventListener
    void accepted(AuthenticationSuccessEvent event) {
        log.info("Signed in: '{}' from {}", event.getAuthentication().getName(),
                address(event.getAuthentication().getDetails()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "?";
    }
}
