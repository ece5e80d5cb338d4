package be.cpas.pst.web.campaign;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.account.AccountAdministration;
import be.cpas.pst.domain.campaign.Campaigns;
import be.cpas.pst.domain.mail.NoticeKind;
import be.cpas.pst.domain.mail.Notices;
import be.cpas.pst.domain.plan.PlanView;
import be.cpas.pst.domain.progress.PlanCatalogue;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Which automatic notices are sent: each person chooses for themselves, plan by plan ("Mon compte"); the DG chooses
 * for a plan (its campaigns page).
 */
@Controller
class NoticeController {

    private final Notices notices;
    private final PlanCatalogue catalogue;
    private final Campaigns campaigns;
    private final AccountAdministration accounts;

    NoticeController(Notices notices, PlanCatalogue catalogue, Campaigns campaigns,
            AccountAdministration accounts) {
        this.notices = notices;
        this.catalogue = catalogue;
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    @GetMapping("/compte/notifications")
    String mine(Model model) {
        Map<PlanView, Map<NoticeKind, Boolean>> choices = new LinkedHashMap<>();
        for (PlanView plan : followed()) {
            choices.put(plan, notices.mine(plan.id()));
        }
        model.addAttribute("choices", choices);
        model.addAttribute("kinds", NoticeKind.values());
        model.addAttribute("hasEmail", accounts.self().getEmail() != null);
        return "campaign/notices-mine";
    }

    /**
     * {@code on}: the checked boxes, as {@code <plan>:<kind>}; {@code plans}: the plans the page showed (only those
     * change; one of them without any box checked is turned all off).
     */
    @PostMapping("/compte/notifications")
    String changeMine(@RequestParam(name = "on", required = false) List<String> on,
            @RequestParam(name = "plans", required = false) List<Long> shown, RedirectAttributes redirect) {
        for (PlanView plan : followed()) {
            if (shown != null && shown.contains(plan.id())) {
                notices.changeMine(plan.id(), kinds(on, plan.id()));
            }
        }
        redirect.addFlashAttribute("flash", "notice.saved");
        return "redirect:/compte/notifications";
    }

    @GetMapping("/plans/{planId}/notifications")
    String plan(@PathVariable long planId, Model model) {
        requireManage();
        PlanView plan = PlanView.of(campaigns.plan(planId));
        Notices.Decision decision = notices.decisionFor(planId);
        Map<NoticeKind, Boolean> choices = new LinkedHashMap<>();
        for (NoticeKind kind : NoticeKind.values()) {
            choices.put(kind, decision.planSends(kind));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("choices", choices);
        return "campaign/notices-plan";
    }

    @PostMapping("/plans/{planId}/notifications")
    String changePlan(@PathVariable long planId, @RequestParam(name = "on", required = false) List<String> on,
            @RequestParam(name = "plans", required = false) List<Long> shown, RedirectAttributes redirect) {
        requireManage();
        campaigns.plan(planId);
        if (shown != null && shown.contains(planId)) {
            notices.changePlan(planId, kinds(on, planId));
        }
        redirect.addFlashAttribute("flash", "notice.saved");
        return "redirect:/plans/" + planId + "/campagnes";
    }

    private List<PlanView> followed() {
        return catalogue.summaries().stream().filter(plan -> !plan.draft() && plan.editable()).toList();
    }

    private static Set<NoticeKind> kinds(List<String> on, long planId) {
        Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
        if (on != null) {
            for (String value : on) {
                for (NoticeKind kind : NoticeKind.values()) {
                    if (value.equals(planId + ":" + kind.name())) {
                        kinds.add(kind);
                    }
                }
            }
        }
        return kinds;
    }

    private void requireManage() {
        if (!campaigns.mayManage()) {
            throw new AccessRefused("Not allowed to choose the plan's notices");
        }
    }
}
