package be.cpas.pst.web.campaign;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.domain.campaign.UpdateCampaign;
import be.cpas.pst.reporting.campaign.CampaignFigures;
import be.cpas.pst.reporting.campaign.CampaignProgress;
import be.cpas.pst.web.mail.MessageWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

    private final CampaignFigures figures;
    private final AccountRepository accounts;
    private final MessageWriter writer;
    private final MessageSource messages;

    CampaignMessages(CampaignFigures figures, AccountRepository accounts, MessageWriter writer,
            MessageSource messages) {
        this.figures = figures;
        this.accounts = accounts;
        this.writer = writer;
        this.messages = messages;
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
        Optional<Account> account = accounts.findById(accountId);
        if (account.isEmpty()) {
            return false;
        }
        long planId = campaign.getPlan().getId();
        String organisation = campaign.getPlan().getOrganisation().getName();
        String deadline = DAY.format(campaign.getDeadline());
        List<MessageWriter.Line> lines = items.stream().map(i -> new MessageWriter.Line(
                text("mail.campaign.updateLink", i.label()),
                writer.url("/plans/" + planId + "/elements/" + i.nodeId() + "#mise-a-jour"),
                i.updated() ? text("mail.campaign.alreadyUpdated") : null)).toList();
        return writer.record(new MessageWriter.Letter("campaign:" + campaign.getId() + ":" + kind + ":" + accountId,
                "CAMPAIGN_" + kind.toUpperCase(Locale.ROOT), campaign.getId(), account.get(), organisation,
                text("mail.campaign." + kind + ".subject", campaign.getTitle(), deadline), campaign.getTitle(),
                text("mail.campaign.greeting", account.get().getDisplayName()),
                text("mail.campaign." + kind + ".intro", campaign.getTitle(), deadline), campaign.getMessage(),
                text("missing".equals(kind) ? "mail.campaign.missingHeading" : "mail.campaign.actionsHeading"),
                lines, text("mail.campaign.myActionsLink"), writer.url("/mes-actions"), false, null,
                text("mail.campaign.signature", organisation)));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BELGIUM);
    }
}
