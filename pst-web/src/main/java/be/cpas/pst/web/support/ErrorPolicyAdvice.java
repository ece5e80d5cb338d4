package be.cpas.pst.web.support;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.layout.LayoutModelAdvice;
import be.cpas.pst.web.security.AccountPrincipal;
import be.cpas.pst.web.security.SecurityEvents;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The one error policy of the pages, whatever the controller: a person never meets a server error for something they
 * sent. Forms handle their own refusals and conflicts where the person is (field messages, stored values shown, input
 * kept); what reaches this advice is answered with a French page and nothing saved:
 * <ul>
 *   <li>a refusal of the access policy: 403;</li>
 *   <li>an unknown id, or one of another plan: 404;</li>
 *   <li>a save that met someone else's at the same moment (also when only the database noticed it, at commit): 409;</li>
 *   <li>a value the database refuses (a name that exists already): 409;</li>
 *   <li>a file larger than the uploads allow: 413;</li>
 *   <li>a value expected once sent twice: 400;</li>
 *   <li>a rule's refusal that no form took in charge: 422 with the rule's own message.</li>
 * </ul>
 * What is typed is read by {@link BindingAdvice}.
 */
@ControllerAdvice
class ErrorPolicyAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorPolicyAdvice.class);

    private final LayoutModelAdvice layout;
    /** Given by the application; a test slice of one controller goes without. */
    private final ObjectProvider<SecurityEvents> securityEvents;

    ErrorPolicyAdvice(LayoutModelAdvice layout, ObjectProvider<SecurityEvents> securityEvents) {
        this.layout = layout;
        this.securityEvents = securityEvents;
    }

    /**
     * The layout's header on the pages this advice answers: the model attributes of the other advices are not
     * prepared for an exception handler.
     */
    private void layout(Model model, HttpServletRequest request) {
        model.addAttribute("organisationName", layout.organisationName());
        if (request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            model.addAttribute("currentUser", layout.currentUser(principal));
        }
    }

    @ExceptionHandler(AccessRefused.class)
    String refused(AccessRefused refused, HttpServletRequest request, HttpServletResponse response, Model model) {
        securityEvents.ifAvailable(events -> events.denied(request, refused.getMessage()));
        layout(model, request);
        return page(response, model, HttpStatus.FORBIDDEN, "error/403");
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound notFound, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.debug("Not found: {}", notFound.getMessage());
        layout(model, request);
        return page(response, model, HttpStatus.NOT_FOUND, "error/404");
    }

    @ExceptionHandler({ConcurrentModification.class, OptimisticLockingFailureException.class})
    String conflict(RuntimeException conflict, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        log.info("Concurrent save refused on {}: {}", request.getRequestURI(), conflict.getMessage());
        layout(model, request);
        model.addAttribute("back", sameSiteReferer(request));
        return refusal(response, model, HttpStatus.CONFLICT, "error.conflict.heading", "error.conflict.text");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String integrity(DataIntegrityViolationException refused, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        log.info("The database refused a change on {}: {}", request.getRequestURI(),
                refused.getMostSpecificCause().getMessage());
        layout(model, request);
        model.addAttribute("back", sameSiteReferer(request));
        return refusal(response, model, HttpStatus.CONFLICT, "error.integrity.heading", "error.integrity.text");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        layout(model, request);
        model.addAttribute("back", sameSiteReferer(request));
        return refusal(response, model, HttpStatus.CONTENT_TOO_LARGE, "error.upload.heading", "error.upload.text");
    }

    @ExceptionHandler(SingleValues.RepeatedValue.class)
    String repeated(SingleValues.RepeatedValue repeated, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        log.info("Refused on {}: {}", request.getRequestURI(), repeated.getMessage());
        layout(model, request);
        model.addAttribute("back", sameSiteReferer(request));
        return refusal(response, model, HttpStatus.BAD_REQUEST, "error.repeated.heading", "error.repeated.text");
    }

    @ExceptionHandler(RuleViolation.class)
    String rule(RuleViolation violation, HttpServletRequest request, HttpServletResponse response, Model model) {
        layout(model, request);
        model.addAttribute("back", sameSiteReferer(request));
        model.addAttribute("ruleKey", violation.messageKey());
        model.addAttribute("ruleArguments", violation.arguments());
        return refusal(response, model, HttpStatus.UNPROCESSABLE_CONTENT, "error.rule.heading", null);
    }

    private static String page(HttpServletResponse response, Model model, HttpStatus status, String view) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return view;
    }

    private static String refusal(HttpServletResponse response, Model model, HttpStatus status, String headingKey,
            String textKey) {
        model.addAttribute("headingKey", headingKey);
        model.addAttribute("textKey", textKey);
        return page(response, model, status, "error/refusal");
    }

    /** The page the person came from, when it is one of ours: the way back to their form. */
    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            return sameHost && path != null && path.startsWith("/") && !path.startsWith("//")
                    ? path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : null;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
