package be.cpas.pst.web.publication;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanView;
import be.cpas.pst.domain.publication.Publication;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.reporting.publication.PublicPlan;
import be.cpas.pst.reporting.publication.PublicPlans;
import be.cpas.pst.web.support.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DG's publication page: what the public PST shows (parts, elements kept out, licence of the open data), the
 * state of progress published at a date, and a preview of the plan as a citizen would see it.
 */
@Controller
class PublicationController {

    private final Publication publication;
    private final PublicPlans plans;
    private final MessageSource messages;

    PublicationController(Publication publication, PublicPlans plans, MessageSource messages) {
        this.publication = publication;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/publication")
    String page(@PathVariable long planId, Model model) {
        return show(planId, null, null, null, model);
    }

    private String show(long planId, VersionForms.Settings failed, VersionForms.ProgressDate failedDate,
            String error, Model model) {
        requireManage();
        Plan plan = publication.plan(planId);
        PublicPlan working = plans.workingView(planId);
        Set<Long> keptPrivate = plans.keptPrivate(planId);
        model.addAttribute("plan", PlanView.of(plan));
        model.addAttribute("settings", failed != null ? failed
                : VersionForms.Settings.of(plan.getVersion(), plan.getPublication(), keptPrivate));
        model.addAttribute("progressDate", failedDate != null ? failedDate : new VersionForms.ProgressDate());
        model.addAttribute("elements", List.copyOf(working.byId().values()));
        model.addAttribute("working", working);
        model.addAttribute("parts", List.of("context", "swot", "indicators", "progress", "budget", "persons"));
        model.addAttribute("publications", publication.progressPublications(planId));
        model.addAttribute("published", plans.stamp(planId).isPresent());
        model.addAttribute("error", error);
        return "publication/settings";
    }

    @PostMapping("/plans/{planId}/publication")
    String save(@PathVariable long planId, @Valid @ModelAttribute("settings") VersionForms.Settings form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                publication.changeSettings(planId, form.getVersion(), form.settings(), form.getKeptPrivate());
                redirect.addFlashAttribute("flash", "publication.saved");
                return "redirect:/plans/" + planId + "/publication";
            } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
                errors.put("global", text("concurrent.modification"));
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        return show(planId, form, null, errors.values().iterator().next(), model);
    }

    @PostMapping("/plans/{planId}/publication/avancement")
    String publishProgress(@PathVariable long planId,
            @Valid @ModelAttribute("progressDate") VersionForms.ProgressDate form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                publication.publishProgress(planId, form.getAsOf());
                redirect.addFlashAttribute("flash", "publication.progressPublished");
                return "redirect:/plans/" + planId + "/publication";
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        return show(planId, null, form, errors.values().iterator().next(), model);
    }

    /** The plan as a citizen would see it if the working version were adopted now with these settings. */
    @GetMapping("/plans/{planId}/publication/apercu")
    String preview(@PathVariable long planId, Model model) {
        requireManage();
        publication.plan(planId);
        PublicPlan plan = plans.preview(planId);
        model.addAttribute("p", plan);
        model.addAttribute("preview", true);
        model.addAttribute("searching", false);
        model.addAttribute("found", List.of());
        return "publication/plan";
    }

    private void requireManage() {
        if (!publication.mayManage()) {
            throw new AccessRefused("Not allowed to manage the publication");
        }
    }

    private String text(RuleViolation refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
