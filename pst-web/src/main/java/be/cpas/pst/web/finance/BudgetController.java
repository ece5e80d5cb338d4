package be.cpas.pst.web.finance;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.finance.FicheBudget;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.support.Amounts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budget page of a projet or action (DG and DF): its lines, each with the DF's follow-up by year. A refused
 * change comes back with the typed values and a French reason next to each field; nothing is saved.
 */
@Controller
class BudgetController {

    /** The id the form of a new line goes by. */
    static final long NEW_LINE = 0;

    private final FicheBudget budget;
    private final WorkFollowUp followUp;
    private final MessageSource messages;

    BudgetController(FicheBudget budget, WorkFollowUp followUp, MessageSource messages) {
        this.budget = budget;
        this.followUp = followUp;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/elements/{nodeId}/budget")
    String page(@PathVariable long planId, @PathVariable long nodeId, Model model) {
        return show(planId, nodeId, model, null, null, Map.of());
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/budget")
    String add(@PathVariable long planId, @PathVariable long nodeId, @ModelAttribute BudgetLineForm form,
            Model model, RedirectAttributes redirect) {
        return save(planId, nodeId, NEW_LINE, form, model, redirect);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/budget/{lineId}")
    String edit(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long lineId,
            @ModelAttribute BudgetLineForm form, Model model, RedirectAttributes redirect) {
        return save(planId, nodeId, lineId, form, model, redirect);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/budget/{lineId}/suivi")
    String followUp(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long lineId,
            @RequestParam(required = false) String year, @RequestParam(required = false) String inscribed,
            @RequestParam(required = false) String committed, @RequestParam(required = false) String charged,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer budgetYear = year(year, "followUpYear", errors);
        if (budgetYear == null && !errors.containsKey("followUpYear")) {
            errors.put("followUpYear", text("budget.year.invalid"));
        }
        BigDecimal inscribedAmount = amount(inscribed, "inscribed", errors);
        BigDecimal committedAmount = amount(committed, "committed", errors);
        BigDecimal chargedAmount = amount(charged, "charged", errors);
        if (errors.isEmpty()) {
            try {
                budget.followUp(planId, nodeId, lineId, budgetYear, inscribedAmount, committedAmount, chargedAmount);
                redirect.addFlashAttribute("flash", "budget.followUp.saved");
                return "redirect:/plans/" + planId + "/elements/" + nodeId + "/budget#ligne-" + lineId;
            } catch (RuleViolation violation) {
                errors.put(violation.messageKey().startsWith("budget.year") ? "followUpYear" : "inscribed",
                        text(violation.messageKey()));
            }
        }
        model.addAttribute("followUpValues", Map.of("year", nz(year), "inscribed", nz(inscribed), "committed",
                nz(committed), "charged", nz(charged)));
        model.addAttribute("failedFollowUpLineId", lineId);
        return show(planId, nodeId, model, null, null, errors);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/budget/{lineId}/supprimer")
    String remove(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long lineId,
            RedirectAttributes redirect) {
        try {
            budget.remove(planId, nodeId, lineId);
        } catch (RuleViolation gone) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, gone.messageKey());
        }
        redirect.addFlashAttribute("flash", "budget.line.removed");
        return "redirect:/plans/" + planId + "/elements/" + nodeId + "/budget";
    }

    private String save(long planId, long nodeId, long lineId, BudgetLineForm form, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal minimum = amount(form.getMinimum(), "minimum", errors);
        BigDecimal maximum = amount(form.getMaximum(), "maximum", errors);
        Integer year = year(form.getYear(), "year", errors);
        tooLong(form.getArticle(), 50, "article", errors);
        tooLong(form.getSubsidisingBody(), 200, "subsidisingBody", errors);
        tooLong(form.getOriginalText(), 4000, "originalText", errors);
        tooLong(form.getComment(), 4000, "comment", errors);
        if (errors.isEmpty()) {
            FicheBudget.LineChange change = new FicheBudget.LineChange(minimum, maximum, form.getOriginalText(),
                    form.getRecurrence(), year, form.getCostBasis(), form.getService(), form.getArticle(),
                    form.getFinancing(), form.getSubsidisingBody(), form.getComment());
            try {
                if (lineId == NEW_LINE) {
                    lineId = budget.add(planId, nodeId, change).getId();
                } else {
                    budget.edit(planId, nodeId, lineId, form.getVersion(), change);
                }
                redirect.addFlashAttribute("flash", "budget.line.saved");
                return "redirect:/plans/" + planId + "/elements/" + nodeId + "/budget";
            } catch (ConcurrentModification conflict) {
                errors.put("global", text(conflict.messageKey()));
            } catch (RuleViolation violation) {
                String key = violation.messageKey();
                errors.put(key.startsWith("budget.amount") ? "minimum" : key.startsWith("budget.year") ? "year"
                        : key.startsWith("budget.subsidy") ? "subsidisingBody" : "global", text(key));
            }
        }
        return show(planId, nodeId, model, lineId, form, errors);
    }

    private String show(long planId, long nodeId, Model model, Long failedLineId, BudgetLineForm failedForm,
            Map<String, String> errors) {
        WorkFollowUp.Fiche fiche = followUp.fiche(planId, nodeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!fiche.node().getKind().isWork()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!fiche.mayEditBudget()) {
            throw new AccessRefused("Not allowed to edit the budget of " + nodeId);
        }
        Map<Long, BudgetLineForm> forms = new LinkedHashMap<>();
        for (BudgetLine line : fiche.node().getBudgetLines()) {
            forms.put(line.getId(), BudgetLineForm.of(line));
        }
        forms.put(NEW_LINE, new BudgetLineForm());
        if (failedLineId != null && failedForm != null) {
            forms.put(failedLineId, failedForm);
        }
        model.addAttribute("fiche", fiche);
        model.addAttribute("forms", forms);
        model.addAttribute("failedLineId", failedLineId);
        model.addAttribute("errors", errors);
        model.addAttribute("recurrences", BudgetRecurrence.values());
        model.addAttribute("costBases", CostBasis.values());
        model.addAttribute("budgetServices", BudgetService.values());
        model.addAttribute("financings", Financing.values());
        return "finance/budget";
    }

    private BigDecimal amount(String typed, String field, Map<String, String> errors) {
        try {
            return Amounts.parse(typed);
        } catch (NumberFormatException e) {
            errors.put(field, messages.getMessage("form.amount.invalid", new Object[] {typed}, locale()));
            return null;
        }
    }

    private Integer year(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            errors.put(field, text("budget.year.invalid"));
            return null;
        }
    }

    private void tooLong(String value, int max, String field, Map<String, String> errors) {
        if (value != null && value.length() > max) {
            errors.put(field, text("form.tooLong"));
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
