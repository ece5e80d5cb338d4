package be.cpas.pst.web.mail;

import be.cpas.pst.domain.mail.MailTransport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * With {@code spring.mail.host} set, messages go to that SMTP server (Spring Boot's mail support, {@code spring.mail.*}),
 * each as HTML with its plain-text part, from {@code pst.mail.from}; without it — the demonstration — no transport
 * exists and messages are only kept in the outbox.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.mail.host")
class MailConfiguration {

    @Bean
    MailTransport smtpTransport(JavaMailSender sender, @Value("${pst.mail.from:pst@localhost}") String from) {
        return message -> {
            try {
                MimeMessage mime = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(message.getRecipient());
                helper.setSubject(message.getSubject());
                helper.setText(message.getPlain(), message.getHtml());
                sender.send(mime);
            } catch (MessagingException | MailException refused) {
                // the server's (or the address's) refusal, tried again later; a programming error stays an error
                throw new MailTransport.Refused(refused.getMessage(), refused);
            }
        };
    }
}
