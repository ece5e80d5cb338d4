package be.cpas.pst.web.account;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.organisation.CurrentOrganisation;
import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.web.mail.MessageWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The DG's role edits the whole plan: when an administrator gives it to an account, the other administrators and
 * every DG (the new one included) are told, so that nobody takes it unnoticed. The journal keeps the change itself.
 */
@Component
class DgAppointmentNotice {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");

    private final MessageWriter writer;
    private final CurrentOrganisation organisation;
    private final MessageSource messages;

    DgAppointmentNotice(MessageWriter writer, CurrentOrganisation organisation, MessageSource messages) {
        this.writer = writer;
        this.organisation = organisation;
        this.messages = messages;
    }

    /**
     * @param appointed     the account that now holds the DG's role
     * @param administrator who gave it (display name), never told of his own act
     * @param everyone      the accounts, among which the administrators and DGs to tell
     */
    void tell(Account appointed, long administratorId, String administrator, List<Account> everyone) {
        String name = organisation.find().map(Organisation::getName).orElse("");
        long at = Instant.now().toEpochMilli();
        for (Account to : everyone) {
            boolean concerned = to.isActive() && !Objects.equals(to.getId(), administratorId)
                    && (to.getRoles().contains(Role.ADMIN) || to.getRoles().contains(Role.DG)
                    || Objects.equals(to.getId(), appointed.getId()));
            if (!concerned) {
                continue;
            }
            String subject = text("mail.dgRole.subject", appointed.getDisplayName());
            writer.record(new MessageWriter.Letter("dg-role:" + appointed.getId() + ":" + to.getId() + ":" + at,
                    "DG_ROLE", null, to, name, subject, subject, text("mail.campaign.greeting", to.getDisplayName()),
                    text("mail.dgRole.intro", appointed.getDisplayName(), appointed.getUsername(), administrator),
                    null, text("mail.dgRole.heading"), List.of(new MessageWriter.Line(text("mail.dgRole.journal"),
                            writer.url("/audit?type=Security"), null)), text("mail.dgRole.ifUnexpected"),
                    writer.url("/audit?type=Security"), false, null, text("mail.campaign.signature", name)));
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BELGIUM);
    }
}
