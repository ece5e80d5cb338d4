package be.cpas.pst.web.account;

import be.cpas.pst.domain.account.AccountAdministration;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.security.SignedInPrincipal;
import be.cpas.pst.web.support.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mon compte": who I am, changing my password and my e-mail address. */
@Controller
class MyAccountController {

    private static final Map<String, String> FIELDS = Map.of("password.currentWrong", "currentPassword",
            "password.mismatch", "confirmation", "password.", "newPassword");

    private final AccountAdministration accounts;
    private final SignedInPrincipal signedIn;

    MyAccountController(AccountAdministration accounts, SignedInPrincipal signedIn) {
        this.accounts = accounts;
        this.signedIn = signedIn;
    }

    @GetMapping("/compte")
    String myAccount(@ModelAttribute PasswordChangeForm passwordChangeForm) {
        return "account/my-account";
    }

    @GetMapping("/compte/mot-de-passe")
    String passwordPage(@ModelAttribute PasswordChangeForm passwordChangeForm) {
        return "account/my-account";
    }

    @PostMapping("/compte/mot-de-passe")
    String changePassword(@Valid @ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "account/my-account";
        }
        try {
            accounts.changeOwnPassword(passwordChangeForm.getCurrentPassword(), passwordChangeForm.getNewPassword(),
                    passwordChangeForm.getConfirmation());
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation, FIELDS);
            return "account/my-account";
        }
        signedIn.refresh(request, response);
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/compte";
    }

    /** The e-mail address the campaigns' messages reach the person at. */
    public static class EmailForm {
        @jakarta.validation.constraints.Size(max = be.cpas.pst.domain.account.Account.MAX_EMAIL,
                message = "{account.email.invalid}")
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    @GetMapping("/compte/courriel")
    String emailPage(@ModelAttribute EmailForm emailForm) {
        emailForm.setEmail(accounts.self().getEmail());
        return "account/email";
    }

    @PostMapping("/compte/courriel")
    String changeEmail(@Valid @ModelAttribute EmailForm emailForm, BindingResult result,
            HttpServletRequest request, RedirectAttributes redirect) {
        // a request without the form's field changes nothing (an empty field clears the address)
        if (result.hasErrors() || request.getParameter("email") == null) {
            return "account/email";
        }
        try {
            accounts.changeOwnEmail(emailForm.getEmail());
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation, Map.of("account.email", "email"));
            return "account/email";
        }
        redirect.addFlashAttribute("flash", "account.email.saved");
        return "redirect:/compte";
    }
}
