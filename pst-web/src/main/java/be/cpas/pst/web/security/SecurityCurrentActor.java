package be.cpas.pst.web.security;

import be.cpas.pst.domain.access.Actor;
import be.cpas.pst.domain.access.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person of the current request, for the audit trail. */
@Component
class SecurityCurrentActor implements CurrentActor {

    @Override
    public Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return new Actor(principal.displayName(), principal.accountId(), principal.roles());
        }
        return Actor.SYSTEM;
    }
}
