package be.cpas.pst.web.campaign;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.domain.campaign.UpdateCampaign;
import be.cpas.pst.domain.mail.MailMessage;
import be.cpas.pst.domain.mail.Outbox;
import be.cpas.pst.reporting.campaign.CampaignFigures;
import be.cpas.pst.reporting.campaign.CampaignProgress;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The messages of a campaign, written for each recipient with only what the recipient may see (their own actions,
 * or, for a pilote, the actions they pilot), in French, as HTML with a plain-text part, each action with a direct link
 * to its update form; recorded in the outbox once per reason: the invitation, the reminder before the deadline, the
 * list of what is missing after it.
 */
@Component
public class CampaignMessages {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Outbox outbox;
    private final CampaignFigures figures;
    private final AccountRepository accounts;
    private final ObjectProvider<SpringTemplateEngine> templates;
    private final ApplicationContext application;
    private final MessageSource messages;
    private final String publicUrl;

    CampaignMessages(Outbox outbox, CampaignFigures figures, AccountRepository accounts,
            ObjectProvider<SpringTemplateEngine> templates, ApplicationContext application, MessageSource messages,
            @Value("${pst.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.figures = figures;
        this.accounts = accounts;
        this.templates = templates;
        this.application = application;
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The invitation: one message per person asked to update something. How many were recorded. */
    @Transactional
    public int invite(UpdateCampaign campaign) {
        CampaignProgress progress = figures.progress(campaign);
        int recorded = 0;
        for (Long accountId : progress.accounts()) {
            recorded += send(campaign, "invitation", accountId, progress.of(accountId)) ? 1 : 0;
        }
        return recorded;
    }

    /** The reminder before the deadline, to those who have not updated everything yet. */
    @Transactional
    public int remind(UpdateCampaign campaign) {
        CampaignProgress progress = figures.progress(campaign);
        int recorded = 0;
        for (Long accountId : progress.accounts()) {
            List<CampaignProgress.Item> left = progress.of(accountId).stream().filter(i -> !i.updated()).toList();
            if (!left.isEmpty()) {
                recorded += send(campaign, "reminder", accountId, left) ? 1 : 0;
            }
        }
        return recorded;
    }

    /** After the deadline: each pilote gets what is missing in the work they pilot, the DG all of it. */
    @Transactional
    public int reportMissing(UpdateCampaign campaign) {
        CampaignProgress progress = figures.progress(campaign);
        if (progress.missing().isEmpty()) {
            return 0;
        }
        Map<Long, List<CampaignProgress.Item>> recipients = new LinkedHashMap<>();
        for (CampaignProgress.Item item : progress.missing()) {
            if (item.piloteAccountId() != null) {
                recipients.computeIfAbsent(item.piloteAccountId(), id -> new ArrayList<>()).add(item);
            }
        }
        for (Account account : accounts.findAllByOrderByUsernameAsc()) {
            if (account.isActive() && account.hasRole(Role.DG)) {
                recipients.put(account.getId(), progress.missing());
            }
        }
        int recorded = 0;
        for (Map.Entry<Long, List<CampaignProgress.Item>> recipient : recipients.entrySet()) {
            recorded += send(campaign, "missing", recipient.getKey(), recipient.getValue()) ? 1 : 0;
        }
        return recorded;
    }

    private boolean send(UpdateCampaign campaign, String kind, long accountId, List<CampaignProgress.Item> items) {
        Optional<Account> account = accounts.findById(accountId).filter(Account::isActive);
        if (account.isEmpty() || account.get().getEmail() == null) {
            return false;
        }
        long planId = campaign.getPlan().getId();
        String organisation = campaign.getPlan().getOrganisation().getName();
        String subject = text("mail.campaign." + kind + ".subject", campaign.getTitle(),
                DAY.format(campaign.getDeadline()));
        List<Line> lines = items.stream().map(i -> new Line(i.label(), publicUrl + "/plans/" + planId
                + "/elements/" + i.nodeId() + "#mise-a-jour", i.updated())).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kind", kind);
        model.put("organisation", organisation);
        model.put("name", account.get().getDisplayName());
        model.put("campaign", campaign.getTitle());
        model.put("deadline", DAY.format(campaign.getDeadline()));
        model.put("message", campaign.getMessage());
        model.put("lines", lines);
        model.put("campaignUrl", publicUrl + "/plans/" + planId + "/campagnes/" + campaign.getId());
        model.put("myActionsUrl", publicUrl + "/mes-actions");
        model.put("subject", subject);
        return outbox.record(new MailMessage.Draft("campaign:" + campaign.getId() + ":" + kind + ":" + accountId,
                "CAMPAIGN_" + kind.toUpperCase(Locale.ROOT), campaign.getId(), accountId, account.get().getEmail(),
                subject, html(model), plain(kind, model, lines)));
    }

    /** An action in a message: its label, the address of its update form, whether it is already updated. */
    public record Line(String label, String url, boolean updated) {
    }

    private String html(Map<String, Object> model) {
        Context context = new Context(BELGIUM, model);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.getObject().process("mail/campaign", context);
    }

    private String plain(String kind, Map<String, Object> model, List<Line> lines) {
        StringBuilder text = new StringBuilder();
        text.append(text("mail.campaign.greeting", model.get("name"))).append("\n\n");
        text.append(text("mail.campaign." + kind + ".intro", model.get("campaign"), model.get("deadline")))
                .append("\n\n");
        if (model.get("message") != null) {
            text.append(model.get("message")).append("\n\n");
        }
        for (Line line : lines) {
            text.append("- ").append(line.label()).append("\n  ").append(line.url()).append("\n");
        }
        text.append("\n").append(text("mail.campaign.myActions")).append(" : ").append(model.get("myActionsUrl"))
                .append("\n\n").append(text("mail.campaign.signature", model.get("organisation"))).append("\n");
        return text.toString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BELGIUM);
    }
}
