package be.cpas.pst.web.progress;

import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.progress.FicheSteps;
import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    StepController(FicheSteps steps, WorkFollowUp followUp) {
        this.steps = steps;
        this.followUp = followUp;
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/etapes")
    String add(@PathVariable long planId, @PathVariable long nodeId, @RequestParam(required = false) String title,
            @RequestParam(required = false) String who, @RequestParam(required = false) String deadline,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (title != null && title.length() > PlanNode.MAX_TITLE_LENGTH) {
            return refused(planId, nodeId, "step.title.tooLong", title, who, deadline, htmx, model);
        }
        if (who != null && who.length() > 300 || deadline != null && deadline.length() > 300) {
            return refused(planId, nodeId, "form.tooLong", title, who, deadline, htmx, model);
        }
        try {
            steps.add(planId, nodeId, title, who, deadline);
        } catch (RuleViolation violation) {
            return refused(planId, nodeId, violation.messageKey(), title, who, deadline, htmx, model);
        }
        return done(planId, nodeId, htmx, model);
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

    private String refused(long planId, long nodeId, String reason, String title, String who, String deadline,
            String htmx, Model model) {
        model.addAttribute("stepError", reason);
        model.addAttribute("stepTitle", title);
        model.addAttribute("stepWho", who);
        model.addAttribute("stepDeadline", deadline);
        return page(planId, nodeId, htmx, model);
    }

    private String page(long planId, long nodeId, String htmx, Model model) {
        model.addAttribute("fiche", followUp.fiche(planId, nodeId)
                .orElseThrow(() -> new NotFound("page.notFound", "No such page")));
        return htmx == null ? "progress/fiche" : "progress/fiche :: steps";
    }
}
