package be.cpas.pst.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.audit.SecurityEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Refused requests cost their sender nothing: one address adds at most {@value SecurityEvents#ROWS_PER_ADDRESS} rows
 * in ten minutes for its refused sign-ins (whatever names it types), and as many per signed-in account for its refused
 * pages; another sender is still recorded.
 */
class SecurityEventsLimitTest {

    private final List<SecurityEvent> recorded = new ArrayList<>();
    private final SecurityEvents events = new SecurityEvents(recorded::add, new LoginThrottle());

    private void wrongPassword(String username, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                "x");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        events.refused(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
    }

    private void refusedPage(String username, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/audit");
        request.setRemoteAddr(address);
        request.setUserPrincipal(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        events.denied(request, "test");
    }

    @Test
    void refusedSignInsFromOneAddressAreRecordedUpToTheLimitWhateverTheNames() {
        for (int attempt = 0; attempt < 200; attempt++) {
            wrongPassword("inconnu-" + attempt, "203.0.113.9");
        }
        wrongPassword("agent", "198.51.100.1");

        assertThat(recorded).filteredOn(event -> "203.0.113.9".equals(event.address()))
                .hasSize(SecurityEvents.ROWS_PER_ADDRESS);
        assertThat(recorded).filteredOn(event -> "198.51.100.1".equals(event.address())).singleElement()
                .extracting(SecurityEvent::kind).isEqualTo(SecurityEvent.Kind.SIGN_IN_REFUSED);
    }

    @Test
    void refusedPagesAreLimitedPerAccount() {
        for (int request = 0; request < 80; request++) {
            refusedPage("agent", "10.0.0.5");
        }
        refusedPage("codir", "10.0.0.5");

        assertThat(recorded).filteredOn(event -> "agent".equals(event.account()))
                .hasSize(SecurityEvents.ROWS_PER_ADDRESS)
                .allSatisfy(event -> assertThat(event.request()).isEqualTo("GET /audit"));
        assertThat(recorded).filteredOn(event -> "codir".equals(event.account())).hasSize(1);
    }

    @Test
    void whatTheSenderTypedIsKeptPrintableAndShort() {
        wrongPassword("x".repeat(500) + "\u202e\n", "203.0.113.10");

        assertThat(recorded).singleElement().satisfies(event -> {
            assertThat(event.account()).hasSize(SecurityEvent.MAX_TEXT).matches("x+");
        });
    }
}
