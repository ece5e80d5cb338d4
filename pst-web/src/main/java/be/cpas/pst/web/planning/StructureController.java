package be.cpas.pst.web.planning;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanStructure;
import be.cpas.pst.domain.progress.PlanTree;
import be.cpas.pst.domain.progress.TreeNode;
import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.support.FormErrors;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DG's structure pages: add an element, and for one element: reorder it among its siblings, move it elsewhere in
 * the tree, suspend, abandon or resume it with a reason, delete it while it has no history. Every button is a plain
 * form; the service decides.
 */
@Controller
class StructureController {

    private static final Map<String, String> FIELDS = Map.of("node.title", "title", "node.kind", "kind",
            "node.parent", "kind", "progress.reason", "reason");

    private final PlanStructure structure;
    private final WorkFollowUp followUp;
    private final AccessPolicy policy;

    StructureController(PlanStructure structure, WorkFollowUp followUp, AccessPolicy policy) {
        this.structure = structure;
        this.followUp = followUp;
        this.policy = policy;
    }

    @GetMapping("/plans/{planId}/elements/nouveau")
    String newNode(@PathVariable long planId, @RequestParam(required = false) Long parent, Model model) {
        NewNodeForm form = new NewNodeForm();
        form.setParentId(parent);
        model.addAttribute("newNodeForm", form);
        WorkFollowUp.Fiche parentFiche = parentFiche(planId, parent);
        List<NodeKind> kinds = kindsUnder(parentFiche == null ? null : parentFiche.element().kind());
        if (kinds.size() == 1) {
            form.setKind(kinds.get(0));
        }
        return showNew(planId, parentFiche, model);
    }

    @PostMapping("/plans/{planId}/elements/nouveau")
    String add(@PathVariable long planId, @Valid @ModelAttribute NewNodeForm newNodeForm, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                PlanNode node = structure.add(planId, newNodeForm.getParentId(), newNodeForm.getKind(),
                        newNodeForm.getCode(), newNodeForm.getTitle());
                redirect.addFlashAttribute("flash", "structure.added");
                return "redirect:/plans/" + planId + "/elements/" + node.getId();
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation, FIELDS);
            }
        }
        return showNew(planId, parentFiche(planId, newNodeForm.getParentId()), model);
    }

    private WorkFollowUp.Fiche parentFiche(long planId, Long parent) {
        structure.planToExtend(planId);
        return parent == null ? null : fiche(planId, parent);
    }

    private String showNew(long planId, WorkFollowUp.Fiche parentFiche, Model model) {
        model.addAttribute("parentFiche", parentFiche);
        model.addAttribute("planId", planId);
        model.addAttribute("kinds", kindsUnder(parentFiche == null ? null : parentFiche.element().kind()));
        return "planning/node-new";
    }

    /** The levels that may hang under a node of this kind ({@code null}: directly under the plan). */
    private static List<NodeKind> kindsUnder(NodeKind parentKind) {
        return Arrays.stream(NodeKind.values()).filter(kind -> kind.mayHangUnder(parentKind)).toList();
    }

    @GetMapping("/plans/{planId}/elements/{nodeId}/structure")
    String page(@PathVariable long planId, @PathVariable long nodeId, Model model) {
        model.addAttribute("reasonForm", new ReasonForm());
        return show(planId, nodeId, model);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/monter")
    String up(@PathVariable long planId, @PathVariable long nodeId, RedirectAttributes redirect) {
        structure.moveUp(planId, nodeId);
        return backToStructure(planId, nodeId, "structure.reordered", redirect);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/descendre")
    String down(@PathVariable long planId, @PathVariable long nodeId, RedirectAttributes redirect) {
        structure.moveDown(planId, nodeId);
        return backToStructure(planId, nodeId, "structure.reordered", redirect);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/deplacer")
    String move(@PathVariable long planId, @PathVariable long nodeId,
            @RequestParam(required = false) Long parentId, RedirectAttributes redirect) {
        try {
            structure.moveUnder(planId, nodeId, parentId);
            return backToStructure(planId, nodeId, "structure.moved", redirect);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
            return "redirect:/plans/" + planId + "/elements/" + nodeId + "/structure";
        }
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/suspendre")
    String suspendOrAbandon(@PathVariable long planId, @PathVariable long nodeId,
            @Valid @ModelAttribute ReasonForm reasonForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if ("abandon".equals(reasonForm.getDecision())) {
                    structure.abandon(planId, nodeId, reasonForm.getReason());
                    return backToStructure(planId, nodeId, "structure.abandoned", redirect);
                }
                structure.suspend(planId, nodeId, reasonForm.getReason());
                return backToStructure(planId, nodeId, "structure.suspended", redirect);
            } catch (RuleViolation violation) {
                FormErrors.reject(result, violation, FIELDS);
            }
        }
        return show(planId, nodeId, model);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/reprendre")
    String resume(@PathVariable long planId, @PathVariable long nodeId, RedirectAttributes redirect) {
        try {
            structure.resume(planId, nodeId);
            return backToStructure(planId, nodeId, "structure.resumed", redirect);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
            return "redirect:/plans/" + planId + "/elements/" + nodeId + "/structure";
        }
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/supprimer")
    String delete(@PathVariable long planId, @PathVariable long nodeId, RedirectAttributes redirect) {
        policy.requireEditStructure();
        TreeNode parent = fiche(planId, nodeId).parent();
        try {
            structure.delete(planId, nodeId);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
            return "redirect:/plans/" + planId + "/elements/" + nodeId + "/structure";
        }
        redirect.addFlashAttribute("flash", "structure.deleted");
        return parent == null ? "redirect:/plans/" + planId : "redirect:/plans/" + planId + "/elements/" + parent.id();
    }

    private String show(long planId, long nodeId, Model model) {
        policy.requireEditStructure();
        WorkFollowUp.Fiche fiche = fiche(planId, nodeId);
        model.addAttribute("fiche", fiche);
        model.addAttribute("parents", structure.possibleParents(planId, nodeId));
        model.addAttribute("mayDelete", structure.mayDelete(nodeId));
        model.addAttribute("childKinds", kindsUnder(fiche.element().kind()));
        List<PlanTree.Branch> siblings = fiche.siblings();
        model.addAttribute("siblingCount", siblings.size());
        model.addAttribute("position", siblings.stream().map(branch -> branch.node().id()).toList()
                .indexOf(nodeId) + 1);
        return "planning/structure";
    }

    private WorkFollowUp.Fiche fiche(long planId, long nodeId) {
        return followUp.fiche(planId, nodeId).orElseThrow(() -> new NotFound("page.notFound", "No such page"));
    }

    private static String backToStructure(long planId, long nodeId, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/plans/" + planId + "/elements/" + nodeId + "/structure";
    }

}
