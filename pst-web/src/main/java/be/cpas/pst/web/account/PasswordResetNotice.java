package be.cpas.pst.web.account;

import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.organisation.CurrentOrganisation;
import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.web.mail.MessageWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a person that an administrator gave their account a temporary password: whoever did it cannot then sign in
 * in their name unnoticed. Sent to the account's address, if it has one.
 */
@Component
class PasswordResetNotice {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");

    private final MessageWriter writer;
    private final CurrentOrganisation organisation;
    private final MessageSource messages;

    PasswordResetNotice(MessageWriter writer, CurrentOrganisation organisation, MessageSource messages) {
        this.writer = writer;
        this.organisation = organisation;
        this.messages = messages;
    }

    void tell(Account account, String administrator) {
        String name = organisation.find().map(Organisation::getName).orElse("");
        writer.record(new MessageWriter.Letter("password-reset:" + account.getId() + ":" + Instant.now().toEpochMilli(),
                "PASSWORD_RESET", null, account, name, text("mail.reset.subject"), text("mail.reset.subject"),
                text("mail.campaign.greeting", account.getDisplayName()), text("mail.reset.intro", administrator),
                null, text("mail.reset.heading"), List.of(new MessageWriter.Line(text("mail.reset.signIn"),
                        writer.url("/login"), null)), text("mail.reset.ifNotYou"), writer.url("/login"), false, null,
                text("mail.campaign.signature", name)));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BELGIUM);
    }
}
