package be.cpas.pst.web.campaign;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.campaign.Campaigns;
import be.cpas.pst.domain.campaign.CampaignView;
import be.cpas.pst.domain.campaign.UpdateCampaign;
import be.cpas.pst.domain.mail.Outbox;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanView;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.reporting.campaign.CampaignFigures;
import be.cpas.pst.web.support.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The update campaigns of a plan: the list and the opening (DG), a campaign's progress by person and by service (DG,
 * DF, CODIR), the reminder sent on demand and the closing (DG).
 */
@Controller
class CampaignController {

    private final Campaigns campaigns;
    private final CampaignFigures figures;
    private final CampaignMessages mail;
    private final Outbox outbox;
    private final MessageSource messages;

    CampaignController(Campaigns campaigns, CampaignFigures figures, CampaignMessages mail, Outbox outbox,
            MessageSource messages) {
        this.campaigns = campaigns;
        this.figures = figures;
        this.mail = mail;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** Opening a campaign: its title, its deadline, an optional message. */
    public static class OpenForm {
        @NotNull(message = "{campaign.form.title}")
        @Size(min = 1, max = UpdateCampaign.MAX_TITLE, message = "{campaign.form.title}")
        private String title;
        @NotNull(message = "{campaign.form.deadline}")
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate deadline;
        @Size(max = UpdateCampaign.MAX_MESSAGE, message = "{form.tooLong}")
        private String message;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }
    }

    @GetMapping("/plans/{planId}/campagnes")
    String list(@PathVariable long planId, Model model) {
        return showList(planId, null, null, model);
    }

    private String showList(long planId, OpenForm form, String error, Model model) {
        Plan plan = campaigns.plan(planId);
        model.addAttribute("plan", PlanView.of(plan));
        model.addAttribute("campaigns", campaigns.list(planId).stream().map(CampaignView::of).toList());
        model.addAttribute("openForm", form != null ? form : new OpenForm());
        model.addAttribute("error", error);
        model.addAttribute("mayManage", campaigns.mayManage() && plan.isEditable());
        model.addAttribute("sends", outbox.sends());
        return "campaign/list";
    }

    @PostMapping("/plans/{planId}/campagnes")
    String open(@PathVariable long planId, @Valid @ModelAttribute("openForm") OpenForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        requireManage();
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                UpdateCampaign campaign = campaigns.open(planId, form.getTitle(), form.getDeadline(),
                        form.getMessage());
                int sent = mail.invite(campaign);
                redirect.addFlashAttribute("flash", "campaign.opened");
                redirect.addFlashAttribute("invited", sent);
                return "redirect:/plans/" + planId + "/campagnes/" + campaign.getId();
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        return showList(planId, form, errors.values().iterator().next(), model);
    }

    @GetMapping("/plans/{planId}/campagnes/{campaignId}")
    String page(@PathVariable long planId, @PathVariable long campaignId, Model model) {
        UpdateCampaign campaign = campaigns.find(planId, campaignId);
        model.addAttribute("plan", PlanView.of(campaigns.plan(planId)));
        model.addAttribute("campaign", CampaignView.of(campaign));
        model.addAttribute("progress", figures.progress(campaign));
        model.addAttribute("mayManage", campaigns.mayManage() && campaign.isOpen());
        model.addAttribute("sends", outbox.sends());
        return "campaign/campaign";
    }

    /** The reminder now, to those who have not updated everything (once per campaign and person). */
    @PostMapping("/plans/{planId}/campagnes/{campaignId}/rappel")
    String remind(@PathVariable long planId, @PathVariable long campaignId, RedirectAttributes redirect) {
        requireManage();
        UpdateCampaign campaign = campaigns.find(planId, campaignId);
        int recorded = campaign.isOpen() ? mail.remind(campaign) : 0;
        redirect.addFlashAttribute("flash", recorded > 0 ? "campaign.reminded" : "campaign.noReminder");
        return "redirect:/plans/" + planId + "/campagnes/" + campaignId;
    }

    @PostMapping("/plans/{planId}/campagnes/{campaignId}/cloturer")
    String close(@PathVariable long planId, @PathVariable long campaignId,
            @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        requireManage();
        try {
            campaigns.close(planId, campaignId, version);
            redirect.addFlashAttribute("flash", "campaign.closed.done");
        } catch (OptimisticLockingFailureException | RuleViolation refused) {
            redirect.addFlashAttribute("flashError", "campaign.closed.refused");
        }
        return "redirect:/plans/" + planId + "/campagnes/" + campaignId;
    }

    private void requireManage() {
        if (!campaigns.mayManage()) {
            throw new AccessRefused("Not allowed to manage campaigns");
        }
    }

    private String text(RuleViolation refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
    }
}
