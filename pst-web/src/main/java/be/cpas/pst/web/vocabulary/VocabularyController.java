package be.cpas.pst.web.vocabulary;

import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.domain.vocabulary.Civility;
import be.cpas.pst.domain.vocabulary.PersonIdentity;
import be.cpas.pst.domain.vocabulary.PlanVocabularies;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.domain.vocabulary.Vocabulary;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's vocabularies (DG, administrator): priority scale, progress states, services, partners, people. An entry
 * that was refused comes back as typed, with the reason; an entry in use cannot be removed.
 */
@Controller
class VocabularyController {

    /** The vocabularies by the word of their address. */
    private static final Map<String, Vocabulary> BY_PATH = Map.of("priorites", Vocabulary.PRIORITY, "etats",
            Vocabulary.STATE, "services", Vocabulary.SERVICE, "partenaires", Vocabulary.PARTNER, "personnes",
            Vocabulary.PERSON, "objectifs-politiques", Vocabulary.POLITICAL_OBJECTIVE);
    private static final int MAX_TITLE = 2000;
    private static final int MAX_LENGTH = 200;

    private final PlanVocabularies vocabularies;
    private final MessageSource messages;

    VocabularyController(PlanVocabularies vocabularies, MessageSource messages) {
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/vocabulaires")
    String page(@PathVariable long planId, Model model) {
        return show(planId, model);
    }

    @PostMapping("/plans/{planId}/vocabulaires/{vocabulary}")
    String add(@PathVariable long planId, @PathVariable String vocabulary, @RequestParam(required = false) String code,
            @RequestParam(required = false) String label, @RequestParam(required = false) String detail,
            @RequestParam(required = false) StateCategory category, @ModelAttribute IdentityInput identity,
            Model model, RedirectAttributes redirect) {
        return change(planId, vocabulary, null, new PlanVocabularies.Entry(code, label, detail, category), identity,
                model, redirect);
    }

    @PostMapping("/plans/{planId}/vocabulaires/{vocabulary}/{entryId}")
    String rename(@PathVariable long planId, @PathVariable String vocabulary, @PathVariable long entryId,
            @RequestParam(required = false) String code, @RequestParam(required = false) String label,
            @RequestParam(required = false) String detail, @RequestParam(required = false) StateCategory category,
            @ModelAttribute IdentityInput identity, Model model, RedirectAttributes redirect) {
        return change(planId, vocabulary, entryId, new PlanVocabularies.Entry(code, label, detail, category),
                identity, model, redirect);
    }

    @PostMapping("/plans/{planId}/vocabulaires/{vocabulary}/{entryId}/supprimer")
    String remove(@PathVariable long planId, @PathVariable String vocabulary, @PathVariable long entryId,
            RedirectAttributes redirect) {
        try {
            vocabularies.remove(planId, vocabulary(vocabulary), entryId);
            redirect.addFlashAttribute("flash", "vocabulary.removed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
        }
        return "redirect:/plans/" + planId + "/vocabulaires#" + vocabulary;
    }

    private String change(long planId, String path, Long entryId, PlanVocabularies.Entry typed,
            IdentityInput identity, Model model, RedirectAttributes redirect) {
        Vocabulary vocabulary = vocabulary(path);
        PlanVocabularies.Entry entry = typed;
        String reason = null;
        Object[] arguments = null;
        if (longer(entry.code(), vocabulary == Vocabulary.PRIORITY ? 20 : 30) || longer(entry.detail(), MAX_LENGTH)
                || longer(entry.label(), vocabulary == Vocabulary.POLITICAL_OBJECTIVE ? MAX_TITLE
                        : vocabulary == Vocabulary.STATE ? 100 : MAX_LENGTH)) {
            reason = "form.tooLong";
        } else {
            try {
                if (vocabulary == Vocabulary.PERSON) {
                    entry = new PlanVocabularies.Entry(typed.code(), typed.label(), typed.detail(), null,
                            new PersonIdentity(identity.civility(), identity.firstName(), identity.lastName(),
                                    identity.phone()));
                }
                if (entryId == null) {
                    vocabularies.add(planId, vocabulary, entry);
                } else {
                    vocabularies.rename(planId, vocabulary, entryId, entry);
                }
                redirect.addFlashAttribute("flash", "vocabulary.saved");
                return "redirect:/plans/" + planId + "/vocabulaires#" + path;
            } catch (RuleViolation violation) {
                reason = violation.messageKey();
                arguments = violation.arguments();
            }
        }
        model.addAttribute("failedKey", path + "-" + (entryId == null ? "nouveau" : entryId));
        model.addAttribute("failedEntry", entry);
        model.addAttribute("failedIdentity", identity);
        model.addAttribute("failedReason", messages.getMessage(reason, arguments, LocaleContextHolder.getLocale()));
        return show(planId, model);
    }

    private String show(long planId, Model model) {
        model.addAttribute("vocabularies", vocabularies.of(planId));
        model.addAttribute("categories", StateCategory.values());
        model.addAttribute("civilities", Civility.values());
        return "vocabulary/vocabularies";
    }

    /** The columns' sizes: longer text is refused here, with a French message, before it reaches the database. */
    private static boolean longer(String value, int max) {
        return value != null && value.strip().length() > max;
    }

    /** A person's identity for the accounting, as typed (checked by {@link PersonIdentity}). */
    record IdentityInput(Civility civility, String firstName, String lastName, String phone) {
    }

    private static Vocabulary vocabulary(String path) {
        Vocabulary vocabulary = BY_PATH.get(path);
        if (vocabulary == null) {
            throw new NotFound("page.notFound", "No such page");
        }
        return vocabulary;
    }
}
