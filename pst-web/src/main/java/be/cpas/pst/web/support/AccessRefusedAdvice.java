package be.cpas.pst.web.support;

import be.cpas.pst.domain.access.AccessRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refusal of the access policy is a 403 with the French error page, whatever the controller. */
@ControllerAdvice
class AccessRefusedAdvice {

    @ExceptionHandler(AccessRefused.class)
    String refused(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("status", HttpStatus.FORBIDDEN.value());
        return "error/403";
    }
}
