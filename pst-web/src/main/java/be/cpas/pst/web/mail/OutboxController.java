package be.cpas.pst.web.mail;

import be.cpas.pst.domain.mail.Outbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The outbox, for the administrator: every message recorded, its reason and state (kept in demonstration, waiting,
 * sent, failed with the mail server's answer), and each message as its recipient reads it.
 */
@Controller
class OutboxController {

    /** How many messages the page lists, the newest first. */
    static final int SHOWN = 200;

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/courriels")
    String list(Model model) {
        model.addAttribute("messages", outbox.latest(SHOWN));
        model.addAttribute("sends", outbox.sends());
        return "admin/outbox";
    }

    @GetMapping("/admin/courriels/{messageId}")
    String message(@PathVariable long messageId, Model model) {
        model.addAttribute("message", outbox.find(messageId));
        return "admin/outbox-message";
    }
}
