package be.cpas.pst.web.progress;

import be.cpas.pst.domain.progress.FicheSteps;
import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.support.FormErrors;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The étapes of a fiche, edited in place: with htmx the list is swapped in place, without it the fiche page comes
 * back (with the typed étape and the reason when it was refused).
 */
@Controller
class StepController {

    private final FicheSteps steps;
    private final WorkFollowUp followUp;
    private final MessageSource messages;

    StepController(FicheSteps steps, WorkFollowUp followUp, MessageSource messages) {
        this.messages = messages;
        this.steps = steps;
        this.followUp = followUp;
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/etapes")
    String add(@PathVariable long planId, @PathVariable long nodeId, @Valid @ModelAttribute StepForm stepForm,
            BindingResult result, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (!result.hasErrors()) {
            try {
                steps.add(planId, nodeId, stepForm.getTitle(), stepForm.getWho(), stepForm.getDeadline());
                return done(planId, nodeId, htmx, model);
            } catch (RuleViolation violation) {
                // a rule names its field (the title, the échéance's date); the others go above the form
                FormErrors.reject(result, violation, Map.of("step.title", "title", "node.title", "title"));
            }
        }
        return refused(planId, nodeId, FormErrors.byField(result, messages), stepForm, htmx, model);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/etapes/{stepId}/cocher")
    String tick(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long stepId,
            @RequestParam(defaultValue = "true") boolean done,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        steps.tick(planId, nodeId, stepId, done);
        return done(planId, nodeId, htmx, model);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/etapes/{stepId}/monter")
    String up(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long stepId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        steps.move(planId, nodeId, stepId, -1);
        return done(planId, nodeId, htmx, model);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/etapes/{stepId}/descendre")
    String down(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long stepId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        steps.move(planId, nodeId, stepId, 1);
        return done(planId, nodeId, htmx, model);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/etapes/{stepId}/supprimer")
    String remove(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long stepId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        steps.remove(planId, nodeId, stepId);
        return done(planId, nodeId, htmx, model);
    }

    private String done(long planId, long nodeId, String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/plans/" + planId + "/elements/" + nodeId + "#etapes";
        }
        return page(planId, nodeId, htmx, model);
    }

    /** The fiche again, the new étape's form with what was typed and each refusal beside its field. */
    private String refused(long planId, long nodeId, Map<String, String> errors, StepForm form, String htmx,
            Model model) {
        model.addAttribute("stepErrors", errors);
        model.addAttribute("stepForm", form);
        return page(planId, nodeId, htmx, model);
    }

    private String page(long planId, long nodeId, String htmx, Model model) {
        model.addAttribute("fiche", followUp.fiche(planId, nodeId)
                .orElseThrow(() -> new NotFound("page.notFound", "No such page")));
        return htmx == null ? "progress/fiche" : "progress/fiche :: steps";
    }
}
