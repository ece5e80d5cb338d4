package be.cpas.pst.web.account;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountAdministration;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.security.LoginThrottle;
import be.cpas.pst.web.support.FormErrors;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's account pages. Every decision is the service's; this only shows and routes. */
@Controller
class AccountAdminController {

    private final LoginThrottle throttle;

    private static final Map<String, String> FIELDS = Map.of("account.email", "email", "account.username", "username",
            "account.displayName", "displayName", "account.roles", "roles");

    private final AccountAdministration accounts;

    private final PasswordResetNotice resetNotice;
    private final DgAppointmentNotice dgNotice;

    AccountAdminController(AccountAdministration accounts, LoginThrottle throttle, PasswordResetNotice resetNotice,
            DgAppointmentNotice dgNotice) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.resetNotice = resetNotice;
        this.dgNotice = dgNotice;
    }

    /** Tells the other administrators and the DGs when an account receives the DG's role it did not have. */
    private void tellIfAppointedDg(Account account, boolean wasDg) {
        if (!wasDg && account.hasRole(Role.DG)) {
            var administrator = currentAdministrator();
            dgNotice.tell(account, administrator.map(be.cpas.pst.web.security.AccountPrincipal::accountId)
                    .orElse(-1L), administratorName(), accounts.list());
        }
    }

    private static String administratorName() {
        return currentAdministrator().map(be.cpas.pst.web.security.AccountPrincipal::displayName).orElse("?");
    }

    /** The administrator making this request. */
    private static java.util.Optional<be.cpas.pst.web.security.AccountPrincipal> currentAdministrator() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getPrincipal()
                instanceof be.cpas.pst.web.security.AccountPrincipal principal ? java.util.Optional.of(principal)
                : java.util.Optional.empty();
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("people")
    java.util.List<AccountAdministration.LinkChoice> people() {
        return accounts.linkablePeople();
    }

    @ModelAttribute("services")
    java.util.List<AccountAdministration.LinkChoice> services() {
        return accounts.joinableServices();
    }

    @SuppressWarnings("unchecked")
    private static java.util.Set<Long> linkedIds(Object choicesInModel, long accountId) {
        java.util.List<AccountAdministration.LinkChoice> choices =
                (java.util.List<AccountAdministration.LinkChoice>) choicesInModel;
        return choices.stream().filter(choice -> choice.linkedTo(accountId)).map(AccountAdministration.LinkChoice::id)
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }

    @GetMapping("/admin/comptes")
    String list(Model model) {
        model.addAttribute("accounts", accounts.overview());
        return "admin/accounts";
    }

    @GetMapping("/admin/comptes/nouveau")
    String newAccount(Model model) {
        model.addAttribute("accountForm", new AccountForm());
        return "admin/account-form";
    }

    @PostMapping("/admin/comptes/nouveau")
    String create(@Valid @ModelAttribute AccountForm accountForm, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "admin/account-form";
        }
        try {
            AccountAdministration.IssuedPassword issued = accounts.create(accountForm.getUsername(),
                    accountForm.getDisplayName(), accountForm.getRoles());
            accounts.changeEmail(issued.account().getId(), accountForm.getEmail());
            accounts.linkPeople(issued.account().getId(), accountForm.getPersonIds());
            accounts.joinServices(issued.account().getId(), accountForm.getServiceIds());
            tellIfAppointedDg(issued.account(), false);
            redirect.addFlashAttribute("issuedPassword", issued.temporaryPassword());
            redirect.addFlashAttribute("flash", "account.created");
            return "redirect:/admin/comptes/" + issued.account().getId();
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation, FIELDS);
            return "admin/account-form";
        }
    }

    @GetMapping("/admin/comptes/{accountId}")
    String edit(@PathVariable long accountId, Model model) {
        AccountAdministration.AccountView account = accounts.view(accountId);
        AccountForm form = new AccountForm();
        form.setUsername(account.username());
        form.setDisplayName(account.displayName());
        form.setEmail(account.email());
        form.setRoles(new java.util.HashSet<>(account.roles()));
        form.setVersion(account.version());
        // the choices are already in the model (read once for the page): the account's own are ticked
        form.setPersonIds(linkedIds(model.getAttribute("people"), accountId));
        form.setServiceIds(linkedIds(model.getAttribute("services"), accountId));
        model.addAttribute("account", account);
        model.addAttribute("accountForm", form);
        return "admin/account-form";
    }

    @PostMapping("/admin/comptes/{accountId}")
    String update(@PathVariable long accountId, @Valid @ModelAttribute AccountForm accountForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        AccountAdministration.AccountView stored = accounts.view(accountId);
        model.addAttribute("account", stored);
        accountForm.setUsername(stored.username());
        if (result.hasErrors()) {
            return "admin/account-form";
        }
        boolean wasDg = stored.roles().contains(Role.DG);
        try {
            Account updated = accounts.update(accountId, accountForm.getVersion(), accountForm.getDisplayName(),
                    accountForm.getRoles());
            accounts.changeEmail(accountId, accountForm.getEmail());
            accounts.linkPeople(accountId, accountForm.getPersonIds());
            accounts.joinServices(accountId, accountForm.getServiceIds());
            tellIfAppointedDg(updated, wasDg);
        } catch (ConcurrentModification conflict) {
            // the form keeps what this person typed; the page shows what is stored now
            model.addAttribute("conflict", true);
            accountForm.setVersion(stored.version());
            result.reject(conflict.messageKey());
            return "admin/account-form";
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation, FIELDS);
            return "admin/account-form";
        }
        redirect.addFlashAttribute("flash", "account.saved");
        return "redirect:/admin/comptes";
    }

    @PostMapping("/admin/comptes/{accountId}/desactiver")
    String deactivate(@PathVariable long accountId, RedirectAttributes redirect) {
        try {
            accounts.deactivate(accountId);
            redirect.addFlashAttribute("flash", "account.deactivated");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
        }
        return "redirect:/admin/comptes";
    }

    @PostMapping("/admin/comptes/{accountId}/reactiver")
    String reactivate(@PathVariable long accountId, RedirectAttributes redirect) {
        accounts.reactivate(accountId);
        redirect.addFlashAttribute("flash", "account.reactivated");
        return "redirect:/admin/comptes";
    }

    @PostMapping("/admin/comptes/{accountId}/mot-de-passe")
    String resetPassword(@PathVariable long accountId, RedirectAttributes redirect) {
        AccountAdministration.IssuedPassword issued = accounts.resetPassword(accountId);
        throttle.lift(issued.account().getUsername());
        resetNotice.tell(issued.account(), administratorName());
        redirect.addFlashAttribute("issuedPassword", issued.temporaryPassword());
        redirect.addFlashAttribute("flash", "account.passwordReset");
        return "redirect:/admin/comptes/" + accountId;
    }
}
