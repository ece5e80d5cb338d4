package be.cpas.pst.web.plan;

import be.cpas.pst.domain.progress.PlanCatalogue;
import be.cpas.pst.domain.progress.PlanTree;
import be.cpas.pst.domain.shared.NotFound;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** The plans of the CPAS and the tree of one plan, read-only. */
@Controller
class PlanController {

    /** Projets and actions above which the plan page loads the branches of its OO when they are opened. */
    static final int LAZY_ABOVE = 200;

    private final PlanCatalogue catalogue;

    PlanController(PlanCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/plans")
    String plans(Model model) {
        model.addAttribute("plans", catalogue.summaries());
        return "plan/list";
    }

    @GetMapping("/plans/{planId}")
    String plan(@PathVariable long planId, @ModelAttribute("filters") PlanFilterForm filters,
            BindingResult ignoredUnparsableFilters, Model model) {
        PlanTree tree = catalogue.treeWithContext(planId, filters.toFilter())
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        model.addAttribute("tree", tree);
        // a large plan's page shows its objectives; an OO's projets and actions come when it is opened
        model.addAttribute("lazyBranches", !tree.filtered() && workCount(tree) > LAZY_ABOVE);
        model.addAttribute("choices", catalogue.filterChoices(planId));
        model.addAttribute("sdgChoices", be.cpas.pst.domain.reference.SustainableDevelopmentGoal.values());
        model.addAttribute("swotQuadrants", be.cpas.pst.domain.plan.SwotQuadrant.values());
        return "plan/tree";
    }

    /**
     * The whole plan as a document to print or hand out: every branch open, each element with its description, state,
     * progress, pilote, responsable and échéance; no button, no form, no internal note.
     */
    @GetMapping("/plans/{planId}/document")
    String document(@PathVariable long planId, Model model) {
        PlanTree tree = catalogue.tree(planId).orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        model.addAttribute("tree", tree);
        return "plan/document";
    }

    /** The projets and actions of an OO, for the plan page (htmx); any other visit goes to the OO's fiche. */
    @GetMapping("/plans/{planId}/branches/{nodeId}")
    String branch(@PathVariable long planId, @PathVariable long nodeId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/plans/" + planId + "/elements/" + nodeId;
        }
        PlanTree tree = catalogue.tree(planId).orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        List<PlanTree.Branch> path = tree.pathTo(nodeId);
        if (path.isEmpty()) {
            throw new NotFound("page.notFound", "No such page");
        }
        PlanTree.Branch branch = path.get(path.size() - 1);
        model.addAttribute("tree", tree);
        model.addAttribute("branch", branch);
        return "fragments/plan-tree :: children";
    }

    private static long workCount(PlanTree tree) {
        return tree.counts().getOrDefault(be.cpas.pst.domain.planning.NodeKind.ACTION, 0L)
                + tree.counts().getOrDefault(be.cpas.pst.domain.planning.NodeKind.PROJECT, 0L);
    }
}
