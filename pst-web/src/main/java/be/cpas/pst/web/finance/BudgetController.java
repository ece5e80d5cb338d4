package be.cpas.pst.web.finance;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.finance.FicheBudget;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.progress.ElementView;
import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.support.FormErrors;
import be.cpas.pst.web.support.Money;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The budget page of a projet or action (DG and DF): its lines, each with the DF's follow-up of a chosen year. A
 * refused change comes back with the typed values and a French reason next to each field; nothing is saved.
 */
@Controller
class BudgetController {

    /** The id the form of a new line goes by. */
    static final long NEW_LINE = 0;

    private final FicheBudget budget;
    private final WorkFollowUp followUp;
    private final MessageSource messages;
    private final Money money;
    private final Clock clock;

    BudgetController(FicheBudget budget, WorkFollowUp followUp, MessageSource messages, Money money,
            Optional<Clock> clock) {
        this.budget = budget;
        this.followUp = followUp;
        this.messages = messages;
        this.money = money;
        this.clock = clock.orElseGet(Clock::systemDefaultZone);
    }

    @GetMapping("/plans/{planId}/elements/{nodeId}/budget")
    String page(@PathVariable long planId, @PathVariable long nodeId,
            @RequestParam(name = "annee", required = false) Integer year, Model model) {
        Page page = new Page(planId, nodeId, year);
        return show(page, model);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/budget")
    String add(@PathVariable long planId, @PathVariable long nodeId, @Valid @ModelAttribute BudgetLineForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return save(planId, nodeId, NEW_LINE, form, result, model, redirect);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/budget/{lineId}")
    String edit(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long lineId,
            @Valid @ModelAttribute BudgetLineForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(planId, nodeId, lineId, form, result, model, redirect);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/budget/{lineId}/suivi")
    String followUp(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long lineId,
            @Valid @ModelAttribute FollowUpForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                budget.followUp(planId, nodeId, lineId, form.getYear(), form.getVersion(), form.figures());
                redirect.addFlashAttribute("flash", "budget.followUp.saved");
                return "redirect:/plans/" + planId + "/elements/" + nodeId + "/budget?annee=" + form.getYear()
                        + "#ligne-" + lineId;
            } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
                errors.put("global", storedMeanwhile(planId, nodeId, lineId, form));
            } catch (RuleViolation violation) {
                errors.put(violation.messageKey().startsWith("budget.year") ? "year" : "global",
                        text(violation.messageKey()));
            }
        }
        Page page = new Page(planId, nodeId, form.getYear());
        page.failedFollowUp = Map.entry(lineId, form);
        page.errors = errors;
        page.rejected = FormErrors.rejected(result);
        return show(page, model);
    }

    @PostMapping("/plans/{planId}/elements/{nodeId}/budget/{lineId}/supprimer")
    String remove(@PathVariable long planId, @PathVariable long nodeId, @PathVariable long lineId,
            RedirectAttributes redirect) {
        budget.remove(planId, nodeId, lineId);
        redirect.addFlashAttribute("flash", "budget.line.removed");
        return "redirect:/plans/" + planId + "/elements/" + nodeId + "/budget";
    }

    private String save(long planId, long nodeId, long lineId, BudgetLineForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                long savedId = lineId;
                if (lineId == NEW_LINE) {
                    savedId = budget.add(planId, nodeId, form.change()).getId();
                } else {
                    budget.edit(planId, nodeId, lineId, form.getVersion(), form.change());
                }
                redirect.addFlashAttribute("flash", "budget.line.saved");
                return "redirect:/plans/" + planId + "/elements/" + nodeId + "/budget#ligne-" + savedId;
            } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
                errors.put("global", text("concurrent.modification"));
            } catch (RuleViolation violation) {
                String key = violation.messageKey();
                errors.put(key.startsWith("budget.amount") ? "minimum" : key.startsWith("budget.year") ? "year"
                        : key.startsWith("budget.subsidy") ? "subsidisingBody" : "global", text(key));
            }
        }
        Page page = new Page(planId, nodeId, null);
        page.failedLine = Map.entry(lineId, form);
        page.errors = errors;
        page.rejected = FormErrors.rejected(result);
        return show(page, model);
    }

    /** What the page shows; a refused form replaces the one built from what is stored. */
    private final class Page {
        final long planId;
        final long nodeId;
        final Integer year;
        Map.Entry<Long, BudgetLineForm> failedLine;
        Map.Entry<Long, FollowUpForm> failedFollowUp;
        Map<String, String> errors = Map.of();
        /** The texts refused by the binding, shown back as typed. */
        Map<String, String> rejected = Map.of();

        Page(long planId, long nodeId, Integer year) {
            this.planId = planId;
            this.nodeId = nodeId;
            this.year = year;
        }
    }

    private String show(Page page, Model model) {
        WorkFollowUp.Fiche fiche = followUp.fiche(page.planId, page.nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + page.nodeId));
        if (!fiche.element().kind().isWork()) {
            throw new NotFound("node.notFound", "No budget on " + page.nodeId);
        }
        if (!fiche.mayEditBudget()) {
            throw new AccessRefused("Not allowed to edit the budget of " + page.nodeId);
        }
        List<Integer> years = years(fiche);
        int year = page.year != null && page.year >= 2000 && page.year <= 2100 ? page.year
                : years.contains(LocalDate.now(clock).getYear()) ? LocalDate.now(clock).getYear() : years.get(0);
        Map<Long, BudgetLineForm> forms = new LinkedHashMap<>();
        Map<Long, FollowUpForm> followUpForms = new LinkedHashMap<>();
        for (ElementView.BudgetLineView line : fiche.element().budgetLines()) {
            forms.put(line.id(), BudgetLineForm.of(line));
            followUpForms.put(line.id(), FollowUpForm.of(year, line.followUpOf(year).orElse(null)));
        }
        forms.put(NEW_LINE, new BudgetLineForm());
        if (page.failedLine != null) {
            requireLine(forms, page.failedLine.getKey());
            forms.put(page.failedLine.getKey(), page.failedLine.getValue());
        }
        if (page.failedFollowUp != null) {
            requireLine(forms, page.failedFollowUp.getKey());
            followUpForms.put(page.failedFollowUp.getKey(), page.failedFollowUp.getValue());
        }
        model.addAttribute("fiche", fiche);
        model.addAttribute("forms", forms);
        model.addAttribute("followUpForms", followUpForms);
        model.addAttribute("followUpYear", year);
        model.addAttribute("years", years);
        model.addAttribute("failedLineId", page.failedLine == null ? null : page.failedLine.getKey());
        model.addAttribute("failedFollowUpLineId", page.failedFollowUp == null ? null : page.failedFollowUp.getKey());
        model.addAttribute("errors", page.errors);
        model.addAttribute("rejected", page.rejected);
        model.addAttribute("recurrences", BudgetRecurrence.values());
        model.addAttribute("costBases", CostBasis.values());
        model.addAttribute("budgetServices", BudgetService.values());
        model.addAttribute("flows", BudgetFlow.values());
        model.addAttribute("financings", Financing.values());
        return "finance/budget";
    }

    /** A refused form of a line that is not this element's (or no longer exists) is a missing page. */
    private static void requireLine(Map<Long, BudgetLineForm> forms, long lineId) {
        if (!forms.containsKey(lineId)) {
            throw new NotFound("budget.line.notFound", "No budget line " + lineId);
        }
    }

    /** The years of the mandate, and any other year that has figures. */
    private static List<Integer> years(WorkFollowUp.Fiche fiche) {
        ElementView.PlanRef plan = fiche.plan();
        TreeSet<Integer> years = new TreeSet<>();
        IntStream.rangeClosed(plan.periodStart(), plan.periodEnd()).forEach(years::add);
        fiche.element().budgetLines().forEach(line -> line.followUps().forEach(f -> years.add(f.year())));
        return List.copyOf(years);
    }

    /**
     * The conflict message with what the other person saved; the form now builds on that, so that saving again
     * applies this person's figures knowingly.
     */
    private String storedMeanwhile(long planId, long nodeId, long lineId, FollowUpForm form) {
        Optional<ElementView.FollowUpView> stored = followUp.fiche(planId, nodeId).flatMap(fiche -> fiche.element()
                .budgetLines().stream().filter(line -> line.id() == lineId).findFirst())
                .flatMap(line -> line.followUpOf(form.getYear()));
        form.setVersion(stored.map(ElementView.FollowUpView::version).orElse(null));
        return stored.map(figures -> messages.getMessage("budget.followUp.conflict", new Object[] {
                money.format(figures.inscribed()), money.format(figures.committed()),
                money.format(figures.charged())}, LocaleContextHolder.getLocale()))
                .orElseGet(() -> text("concurrent.modification"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
