package be.cpas.pst.web.planning;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.planning.VoletScope;
import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
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

/** Editing the fiche of an element (DG, or the CODIR member who is its pilote). */
@Controller
class FicheEditController {

    private static final Map<String, String> FIELDS = Map.of("node.title", "title", "node.dates.planned",
            "plannedEnd", "node.dates.actual", "actualEnd", "node.weight", "weight", "node.secondary",
            "secondaryObjectiveIds", "node.sdg", "sdgs", "node.enjeu", "enjeux");

    private final WorkFollowUp followUp;
    private final RichText richText;

    FicheEditController(WorkFollowUp followUp, RichText richText) {
        this.followUp = followUp;
        this.richText = richText;
    }

    @GetMapping("/plans/{planId}/elements/{nodeId}/modifier")
    String edit(@PathVariable long planId, @PathVariable long nodeId, Model model) {
        WorkFollowUp.Fiche fiche = fiche(planId, nodeId);
        model.addAttribute("ficheForm", FicheForm.of(fiche.element()));
        return show(fiche, model);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/modifier")
    String save(@PathVariable long planId, @PathVariable long nodeId, @Valid @ModelAttribute FicheForm ficheForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                followUp.editFiche(planId, nodeId, ficheForm.getVersion(), new WorkFollowUp.FicheChange(
                        ficheForm.getCode(), ficheForm.getTitle(), richText.safe(ficheForm.getDescription()),
                        ficheForm.getScope(), ficheForm.getPriorityId(), ficheForm.getPiloteId(),
                        ficheForm.getResponsableId(), ficheForm.getResponsableText(), ficheForm.getDeadline(),
                        ficheForm.getPlannedStart(), ficheForm.getPlannedEnd()), ficheForm.links(),
                        ficheForm.details());
                redirect.addFlashAttribute("flash", "fiche.saved");
                return "redirect:/plans/" + planId + "/elements/" + nodeId;
            } catch (ConcurrentModification conflict) {
                result.reject(conflict.messageKey());
                model.addAttribute("conflict", true);
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation, FIELDS);
            }
        }
        WorkFollowUp.Fiche fiche = fiche(planId, nodeId);
        if (Boolean.TRUE.equals(model.getAttribute("conflict"))) {
            // saving again applies this person's input over what is stored now, knowingly
            ficheForm.setVersion(fiche.element().version());
        }
        return show(fiche, model);
    }

    private WorkFollowUp.Fiche fiche(long planId, long nodeId) {
        WorkFollowUp.Fiche fiche = followUp.fiche(planId, nodeId)
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        if (!fiche.mayEditFiche()) {
            throw new AccessRefused("Not allowed to edit fiche " + nodeId);
        }
        return fiche;
    }

    private String show(WorkFollowUp.Fiche fiche, Model model) {
        model.addAttribute("fiche", fiche);
        model.addAttribute("choices", followUp.ficheChoices(fiche.plan().id()));
        model.addAttribute("scopes", VoletScope.values());
        model.addAttribute("synergies", be.cpas.pst.domain.planning.SynergyStatus.values());
        model.addAttribute("sdgChoices", be.cpas.pst.domain.reference.SustainableDevelopmentGoal.values());
        model.addAttribute("enjeuChoices", be.cpas.pst.domain.reference.WalloonEnjeu.values());
        return "planning/fiche-form";
    }
}
