package be.cpas.pst.web.plan;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanContext;
import be.cpas.pst.domain.plan.PlanSettings;
import be.cpas.pst.domain.plan.PlanView;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.support.FormErrors;
import be.cpas.pst.web.support.RichText;
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

/** The DG describes the plan: title, mandate, thresholds of the follow-up, and its context (DPS, AFOM…). */
@Controller
class PlanContextController {

    private static final Map<String, String> FIELDS = Map.of("plan.title", "title", "plan.period", "periodEnd",
            "plan.thresholds", "staleAfterDays");

    private final PlanSettings settings;
    private final RichText richText;

    PlanContextController(PlanSettings settings, RichText richText) {
        this.settings = settings;
        this.richText = richText;
    }

    @GetMapping("/plans/{planId}/contexte")
    String edit(@PathVariable long planId, Model model) {
        Plan plan = settings.plan(planId);
        model.addAttribute("planContextForm", PlanContextForm.of(plan));
        model.addAttribute("plan", PlanView.of(plan));
        return "plan/context-form";
    }

    @PostMapping("/plans/{planId}/contexte")
    String save(@PathVariable long planId, @Valid @ModelAttribute PlanContextForm planContextForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                settings.edit(planId, planContextForm.getVersion(), new PlanSettings.ContextChange(
                        planContextForm.getTitle(), planContextForm.getPeriodStart(), planContextForm.getPeriodEnd(),
                        planContextForm.getStaleAfterDays(), planContextForm.getDueSoonDays(),
                        new PlanContext(clean(planContextForm.getDpsSummary()),
                                clean(planContextForm.getIntroduction()), clean(planContextForm.getValues()),
                                clean(planContextForm.getPoliticalVision()), clean(planContextForm.getResources()),
                                clean(planContextForm.getConclusion())),
                        planContextForm.swot(), planContextForm.getInsCode()));
                redirect.addFlashAttribute("flash", "context.saved");
                return "redirect:/plans/" + planId;
            } catch (ConcurrentModification conflict) {
                result.reject(conflict.messageKey());
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation, FIELDS);
            }
        }
        Plan plan = settings.plan(planId);
        if (result.getGlobalErrors().stream().anyMatch(error -> "concurrent.modification".equals(error.getCode()))) {
            // saving again applies this person's input over what is stored now, knowingly
            planContextForm.setVersion(plan.getVersion());
        }
        model.addAttribute("plan", PlanView.of(plan));
        return "plan/context-form";
    }

    /** A rich text as it will be shown, or nothing when nothing is left of it. */
    private String clean(String html) {
        String safe = richText.safe(html);
        return safe.isBlank() ? null : safe;
    }
}
