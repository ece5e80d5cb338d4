package be.cpas.pst.web.plan;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.plan.PlanCatalogue;
import be.cpas.pst.domain.plan.PlanTree;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The plans of the CPAS and the tree of one plan, read-only. */
@Controller
class PlanController {

    private final PlanCatalogue catalogue;
    private final AccessPolicy policy;

    PlanController(PlanCatalogue catalogue, AccessPolicy policy) {
        this.catalogue = catalogue;
        this.policy = policy;
    }

    @GetMapping("/plans")
    String plans(Model model) {
        model.addAttribute("plans", catalogue.plans());
        return "plan/list";
    }

    @GetMapping("/plans/{planId}")
    String plan(@PathVariable long planId, @ModelAttribute("filters") PlanFilterForm filters,
            BindingResult ignoredUnparsableFilters, Model model) {
        PlanTree tree = catalogue.tree(planId, filters.toFilter())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tree", tree);
        model.addAttribute("choices", catalogue.filterChoices(planId));
        model.addAttribute("sdgChoices", be.cpas.pst.domain.reference.SustainableDevelopmentGoal.values());
        model.addAttribute("mayReadDashboard", policy.mayReadDashboard(tree.plan()));
        model.addAttribute("mayEditStructure", policy.mayEditStructure() && tree.plan().isEditable());
        model.addAttribute("swotQuadrants", be.cpas.pst.domain.plan.SwotQuadrant.values());
        model.addAttribute("mayManageVocabularies", policy.mayManageVocabularies() && tree.plan().isEditable());
        return "plan/tree";
    }
}
