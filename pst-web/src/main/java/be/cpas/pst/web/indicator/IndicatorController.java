package be.cpas.pst.web.indicator;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.indicator.FicheIndicators;
import be.cpas.pst.domain.planning.IndicatorDirection;
import be.cpas.pst.domain.progress.ElementView;
import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.support.FormErrors;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
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

/** The indicators of an element (DG, pilote): definitions, baseline and target; their values come monthly. */
@Controller
class IndicatorController {

    private static final long NEW_INDICATOR = 0;

    private final FicheIndicators indicators;
    private final WorkFollowUp followUp;
    private final MessageSource messages;

    IndicatorController(FicheIndicators indicators, WorkFollowUp followUp, MessageSource messages) {
        this.indicators = indicators;
        this.followUp = followUp;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/elements/{nodeId}/indicateurs")
    String page(@PathVariable long planId, @PathVariable long nodeId, Model model) {
        return show(planId, nodeId, model, null, null, Map.of());
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/indicateurs")
    String add(@PathVariable long planId, @PathVariable long nodeId, @Valid @ModelAttribute IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return save(planId, nodeId, NEW_INDICATOR, form, result, model, redirect);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/indicateurs/{indicatorId}")
    String edit(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long indicatorId,
            @Valid @ModelAttribute IndicatorForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(planId, nodeId, indicatorId, form, result, model, redirect);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/indicateurs/{indicatorId}/supprimer")
    String remove(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long indicatorId,
            RedirectAttributes redirect) {
        try {
            indicators.remove(planId, nodeId, indicatorId);
            redirect.addFlashAttribute("flash", "indicator.removed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
        }
        return "redirect:/plans/" + planId + "/elements/" + nodeId + "/indicateurs";
    }

    private String save(long planId, long nodeId, long indicatorId, IndicatorForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            FicheIndicators.Definition definition = form.definition();
            try {
                if (indicatorId == NEW_INDICATOR) {
                    indicators.add(planId, nodeId, definition);
                } else {
                    indicators.edit(planId, nodeId, indicatorId, form.getVersion(), definition);
                }
                redirect.addFlashAttribute("flash", "indicator.saved");
                return "redirect:/plans/" + planId + "/elements/" + nodeId + "/indicateurs";
            } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
                errors.put("global", text("concurrent.modification"));
            } catch (RuleViolation violation) {
                String key = violation.messageKey();
                errors.put(violation.field().orElse(key.startsWith("indicator.name") ? "name"
                        : key.startsWith("indicator.dates") ? "targetDate" : "global"),
                        messages.getMessage(key, violation.arguments(), LocaleContextHolder.getLocale()));
            }
        }
        model.addAttribute("rejected", FormErrors.rejected(result));
        return show(planId, nodeId, model, indicatorId, form, errors);
    }

    private String show(long planId, long nodeId, Model model, Long failedId, IndicatorForm failedForm,
            Map<String, String> errors) {
        WorkFollowUp.Fiche fiche = followUp.fiche(planId, nodeId)
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        if (!fiche.mayEditFiche()) {
            throw new AccessRefused("Not allowed to edit the indicators of " + nodeId);
        }
        Map<Long, IndicatorForm> forms = new LinkedHashMap<>();
        for (ElementView.IndicatorView indicator : fiche.indicators()) {
            forms.put(indicator.id(), IndicatorForm.of(indicator));
        }
        forms.put(NEW_INDICATOR, new IndicatorForm());
        if (failedId != null && failedForm != null) {
            forms.put(failedId, failedForm);
        }
        model.addAttribute("fiche", fiche);
        model.addAttribute("forms", forms);
        model.addAttribute("failedId", failedId);
        model.addAttribute("errors", errors);
        model.addAttribute("directions", IndicatorDirection.values());
        return "indicator/indicators";
    }


    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
