package be.cpas.pst.web.indicator;

import be.cpas.pst.domain.indicator.MeasuredValues;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.support.FormErrors;
import jakarta.validation.Valid;
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
 * A measured value's own page, reached from the fiche by its author or the DG: correct its date and value, or
 * withdraw it, each with a reason the history keeps. Withdrawing is its own form on this page, which is the
 * confirmation the person sees before anything is removed.
 */
@Controller
class MeasuredValueController {

    private static final String PATH = "/plans/{planId}/elements/{nodeId}/indicateurs/{indicatorId}/valeurs/{valueId}";

    private final MeasuredValues values;

    MeasuredValueController(MeasuredValues values) {
        this.values = values;
    }

    @GetMapping(PATH)
    String page(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long indicatorId,
            @PathVariable long valueId, Model model) {
        MeasuredValues.MeasuredValue found = values.find(planId, nodeId, indicatorId, valueId);
        model.addAttribute("correction", ValueCorrectionForm.of(found.stored()));
        model.addAttribute("withdrawal", ValueCorrectionForm.of(found.stored()));
        return show(found, model);
    }

    @PostMapping(PATH)
    String correct(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long indicatorId,
            @PathVariable long valueId, @Valid @ModelAttribute("correction") ValueCorrectionForm correction,
            BindingResult result, Model model, RedirectAttributes redirect) {
        MeasuredValues.MeasuredValue found = values.find(planId, nodeId, indicatorId, valueId);
        if (!result.hasErrors()) {
            try {
                values.correct(planId, nodeId, indicatorId, valueId, correction.getVersion(),
                        correction.getMeasuredOn(), correction.getValue(), correction.getReason());
                redirect.addFlashAttribute("flash", "indicatorValue.corrected");
                return fiche(planId, nodeId);
            } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
                result.reject("indicatorValue.conflict");
                correction.setVersion(found.stored().version());
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation);
            }
        }
        model.addAttribute("withdrawal", ValueCorrectionForm.of(found.stored()));
        return show(found, model);
    }

    @PostMapping(PATH + "/retirer")
    String withdraw(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long indicatorId,
            @PathVariable long valueId, @ModelAttribute("withdrawal") ValueCorrectionForm withdrawal,
            BindingResult result, Model model, RedirectAttributes redirect) {
        MeasuredValues.MeasuredValue found = values.find(planId, nodeId, indicatorId, valueId);
        try {
            values.withdraw(planId, nodeId, indicatorId, valueId, withdrawal.getVersion(), withdrawal.getReason());
            redirect.addFlashAttribute("flash", "indicatorValue.withdrawn");
            return fiche(planId, nodeId);
        } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
            result.reject("indicatorValue.conflict");
            withdrawal.setVersion(found.stored().version());
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
        }
        model.addAttribute("correction", ValueCorrectionForm.of(found.stored()));
        return show(found, model);
    }

    private static String show(MeasuredValues.MeasuredValue found, Model model) {
        model.addAttribute("found", found);
        return "indicator/value";
    }

    private static String fiche(long planId, long nodeId) {
        return "redirect:/plans/" + planId + "/elements/" + nodeId + "#indicateurs";
    }
}
