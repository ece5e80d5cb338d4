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

/** "Mon compte": who I am, and changing my password. */
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
}
