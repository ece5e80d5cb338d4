package be.cpas.pst.web.progress;

import be.cpas.pst.domain.evaluation.Evaluations;
import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.support.FormErrors;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
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

/** The fiche of an element of the plan, "mes actions", and the monthly update posted from either. */
@Controller
class WorkController {

    private final WorkFollowUp followUp;
    private final Evaluations evaluations;
    private final MessageSource messages;

    WorkController(WorkFollowUp followUp, Evaluations evaluations, MessageSource messages) {
        this.followUp = followUp;
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/elements/{nodeId}")
    String fiche(@PathVariable long planId, @PathVariable long nodeId, Model model) {
        model.addAttribute("fiche", followUp.fiche(planId, nodeId)
                .orElseThrow(() -> new NotFound("page.notFound", "No such page")));
        return "progress/fiche";
    }

    @GetMapping("/mes-actions")
    String myActions(Model model) {
        model.addAttribute("actions", followUp.myActions());
        // an evaluation in preparation where this person, as responsable, has a comment to write
        model.addAttribute("evaluationsToComment", evaluations.toComment());
        return "progress/my-actions";
    }

    @PostMapping("/plans/{planId}/actions/{nodeId}/progress")
    String recordProgress(@PathVariable long planId, @PathVariable long nodeId,
            @Valid @ModelAttribute ProgressForm progressForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                followUp.recordProgress(planId, nodeId, progressForm.getVersion(), progressForm.getStateId(),
                        progressForm.getPercent(), progressForm.getComment(), progressForm.indicatorValuesRead());
                if ("fiche".equals(progressForm.getBack())) {
                    redirect.addFlashAttribute("flash", "progress.saved");
                } else {
                    // "mes actions" says it on the action's own card, where the person is (and where htmx swaps)
                    redirect.addFlashAttribute("savedNodeId", nodeId);
                }
                return back(progressForm, planId, nodeId);
            } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
                errors.put("global", messages.getMessage("progress.conflict", null, locale));
                // the form now builds on what is stored, so that saving again applies this person's input
                progressForm.setVersion(-1);
            } catch (RuleViolation violation) {
                errors.put(violation.messageKey().startsWith("progress.percent")
                                || violation.messageKey().equals("progress.done.notComplete") ? "percent"
                                : violation.messageKey().startsWith("progress.reason") ? "comment" : "global",
                        messages.getMessage(violation.messageKey(), violation.arguments(), locale));
            }
        }
        // nothing was saved: the page comes back with the person's input and the reasons
        model.addAttribute("failedNodeId", nodeId);
        model.addAttribute("progressErrors", errors);
        model.addAttribute("progressRejected", FormErrors.rejected(result));
        model.addAttribute("progressForm", progressForm);
        return "fiche".equals(progressForm.getBack()) ? fiche(planId, nodeId, model) : myActions(model);
    }

    private static String back(ProgressForm form, long planId, long nodeId) {
        return "fiche".equals(form.getBack()) ? "redirect:/plans/" + planId + "/elements/" + nodeId
                : "redirect:/mes-actions#action-" + nodeId;
    }
}
