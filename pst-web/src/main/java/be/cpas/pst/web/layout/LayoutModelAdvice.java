package be.cpas.pst.web.layout;

import be.cpas.pst.domain.organisation.CurrentOrganisation;
import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.web.security.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the shared layout shows into every page's model; the error policy calls it too, since model attributes
 * are not prepared for an exception handler.
 */
@ControllerAdvice
public class LayoutModelAdvice {

    private final CurrentOrganisation currentOrganisation;

    public LayoutModelAdvice(CurrentOrganisation currentOrganisation) {
        this.currentOrganisation = currentOrganisation;
    }

    /** The CPAS's name for the header, or empty before the installation is set up. */
    @ModelAttribute("organisationName")
    public String organisationName() {
        return currentOrganisation.find().map(Organisation::getName).orElse("");
    }

    /** The signed-in person, or {@code null} for an anonymous visitor. */
    @ModelAttribute("currentUser")
    public AccountPrincipal currentUser(@AuthenticationPrincipal AccountPrincipal principal) {
        return principal;
    }
}
