package be.cpas.pst.web.finance;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.finance.YearFollowUp;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.progress.PlanCatalogue;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.reporting.finance.FinanceCalculator;
import be.cpas.pst.reporting.finance.FinanceFigures;
import be.cpas.pst.reporting.finance.FinanceFilter;
import be.cpas.pst.reporting.finance.FinanceService;
import be.cpas.pst.reporting.finance.FinanceSignal;
import be.cpas.pst.reporting.finance.FinanceWorkbook;
import be.cpas.pst.reporting.finance.FinanceYear;
import be.cpas.pst.web.support.FormErrors;
import be.cpas.pst.web.support.Money;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directeur financier's follow-up of a plan's money (the DG and the CODIR read it): every budget line of a year or
 * of the mandate with totals and signals, the grid where the DF enters a year for many lines at once, and the
 * exports for the budget work. The filters live in the URL.
 */
@Controller
class FinanceController {

    static final int PAGE_SIZE = 50;

    private final FinanceService finance;
    private final YearFollowUp yearFollowUp;
    private final PlanCatalogue catalogue;
    private final MessageSource messages;
    private final Money money;
    private final Clock clock;

    FinanceController(FinanceService finance, YearFollowUp yearFollowUp, PlanCatalogue catalogue,
            MessageSource messages, Money money, Optional<Clock> clock) {
        this.finance = finance;
        this.yearFollowUp = yearFollowUp;
        this.catalogue = catalogue;
        this.messages = messages;
        this.money = money;
        this.clock = clock.orElseGet(Clock::systemDefaultZone);
    }

    /** The follow-up of the most recent plan the person may read it for. */
    @GetMapping("/suivi-financier")
    String current() {
        List<Plan> plans = catalogue.plans();
        if (plans.isEmpty()) {
            // a new installation: the plans page says how to bring in the first one
            return "redirect:/plans";
        }
        return plans.stream().map(Plan::getId).filter(finance::mayRead).findFirst()
                .map(planId -> "redirect:/plans/" + planId + "/suivi-financier")
                .orElseThrow(() -> new AccessRefused("No financial follow-up to read"));
    }

    @GetMapping("/plans/{planId}/suivi-financier")
    String page(@PathVariable long planId, @ModelAttribute("filters") FinanceFilterForm filters,
            BindingResult ignoredUnreadableFilters, Model model) {
        FinanceCalculator calculator = finance.calculator(planId)
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        FinanceFigures figures = calculator.figures(filters.toFilter());
        model.addAttribute("figures", figures);
        model.addAttribute("projections", calculator.projections(filters.toFilter()));
        addPage(model, figures.lines(), filters.getPage());
        addChoices(model);
        model.addAttribute("mayEdit", finance.mayEdit());
        model.addAttribute("gridYear", gridYear(figures));
        return "finance/follow-up";
    }

    @GetMapping("/plans/{planId}/suivi-financier.xlsx")
    void xlsx(@PathVariable long planId, @ModelAttribute("filters") FinanceFilterForm filters,
            BindingResult ignoredUnreadableFilters, HttpServletResponse response) throws IOException {
        FinanceFigures figures = figures(planId, filters.toFilter());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(figures) + ".xlsx\"");
        FinanceWorkbook.write(figures, this::text, response.getOutputStream());
    }

    @GetMapping("/plans/{planId}/suivi-financier.csv")
    void csv(@PathVariable long planId, @ModelAttribute("filters") FinanceFilterForm filters,
            BindingResult ignoredUnreadableFilters, HttpServletResponse response) throws IOException {
        FinanceFigures figures = figures(planId, filters.toFilter());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(figures) + ".csv\"");
        FinanceWorkbook.csv(figures, this::text, response.getOutputStream());
    }

    /** The grid of a year: the lines under the filters, a page at a time, pre-filled with what is stored. */
    @GetMapping("/plans/{planId}/suivi-financier/saisie")
    String grid(@PathVariable long planId, @ModelAttribute("filters") FinanceFilterForm filters,
            BindingResult ignoredUnreadableFilters, Model model) {
        if (!finance.mayEdit()) {
            throw new AccessRefused("Not allowed to enter the financial follow-up");
        }
        FinanceFigures figures = yearFigures(planId, filters);
        List<FinanceFigures.LineFigures> shown = addPage(model, figures.lines(), filters.getPage());
        return showGrid(figures, YearGridForm.of(shown), Map.of(), Map.of(), Set.of(), model);
    }

    @PostMapping("/plans/{planId}/suivi-financier/saisie")
    String saveGrid(@PathVariable long planId, @ModelAttribute("filters") FinanceFilterForm filters,
            BindingResult ignoredUnreadableFilters, @Valid @ModelAttribute("grid") YearGridForm grid,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!finance.mayEdit()) {
            throw new AccessRefused("Not allowed to enter the financial follow-up");
        }
        FinanceFigures figures = yearFigures(planId, filters);
        Map<String, String> errors = FormErrors.byField(result, messages);
        Set<Long> conflicts = Set.of();
        if (errors.isEmpty()) {
            try {
                int changed = yearFollowUp.record(planId, figures.filter().year(), grid.entries());
                redirect.addFlashAttribute("flash", changed == 0 ? "finance.grid.nothingChanged"
                        : "finance.grid.saved");
                return "redirect:/plans/" + planId + "/suivi-financier/saisie" + filters.page(page(filters));
            } catch (YearFollowUp.Conflict conflict) {
                conflicts = conflict.lineIds();
                errors.put("global", text("finance.grid.conflict"));
            } catch (OptimisticLockingFailureException conflict) {
                errors.put("global", text("concurrent.modification"));
            } catch (RuleViolation violation) {
                errors.put("global", text(violation.messageKey()));
            }
        }
        // the page as it stands now, the typed figures kept; a line saved meanwhile shows what was saved
        FinanceFigures now = yearFigures(planId, filters);
        Map<Long, FinanceFigures.LineFigures> byId = new LinkedHashMap<>();
        now.lines().forEach(line -> byId.put(line.line().id(), line));
        Map<Long, String> storedMeanwhile = new LinkedHashMap<>();
        for (Long lineId : conflicts) {
            FinanceYear stored = byId.containsKey(lineId) ? byId.get(lineId).stored() : null;
            YearGridForm.Row typed = grid.getLignes().get(lineId);
            if (typed != null) {
                typed.setVersion(stored == null ? null : stored.version());
            }
            storedMeanwhile.put(lineId, stored == null ? text("finance.grid.removedMeanwhile")
                    : messages.getMessage("finance.grid.storedMeanwhile", new Object[] {
                            money.format(stored.initialCredit()), money.format(stored.inscribed()),
                            money.format(stored.committed()), money.format(stored.charged())},
                            LocaleContextHolder.getLocale()));
        }
        List<FinanceFigures.LineFigures> shown = grid.getLignes().keySet().stream().filter(byId::containsKey)
                .map(byId::get).toList();
        model.addAttribute("lines", shown);
        model.addAttribute("page", page(filters));
        model.addAttribute("pages", Math.max(1, (now.lines().size() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("rejected", FormErrors.rejected(result));
        return showGrid(now, grid, errors, storedMeanwhile, conflicts, model);
    }

    private String showGrid(FinanceFigures figures, YearGridForm grid, Map<String, String> errors,
            Map<Long, String> storedMeanwhile, Set<Long> conflicts, Model model) {
        model.addAttribute("figures", figures);
        model.addAttribute("grid", grid);
        model.addAttribute("errors", errors);
        model.addAttribute("storedMeanwhile", storedMeanwhile);
        model.addAttribute("conflicts", conflicts);
        if (!model.containsAttribute("rejected")) {
            model.addAttribute("rejected", Map.of());
        }
        addChoices(model);
        return "finance/grid";
    }

    /** The figures of the grid's year: the filter's, or the current year when the filter is for the mandate. */
    private FinanceFigures yearFigures(long planId, FinanceFilterForm filters) {
        if (filters.toFilter().year() == null) {
            FinanceFigures mandate = figures(planId, filters.toFilter());
            filters.setAnnee(gridYear(mandate));
        }
        return figures(planId, filters.toFilter());
    }

    private int gridYear(FinanceFigures figures) {
        if (figures.filter().year() != null) {
            return figures.filter().year();
        }
        int thisYear = LocalDate.now(clock).getYear();
        return figures.years().contains(thisYear) ? thisYear : figures.plan().periodStart();
    }

    private FinanceFigures figures(long planId, FinanceFilter filter) {
        return finance.figures(planId, filter).orElseThrow(() -> new NotFound("page.notFound", "No such page"));
    }

    private static int page(FinanceFilterForm filters) {
        return filters.getPage() == null || filters.getPage() < 1 ? 1 : filters.getPage();
    }

    /** One page of the lines into the model ({@code lines}, {@code page}, {@code pages}); returns the page's lines. */
    private static List<FinanceFigures.LineFigures> addPage(Model model, List<FinanceFigures.LineFigures> all,
            Integer requested) {
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(requested == null ? 1 : requested, 1), pages);
        List<FinanceFigures.LineFigures> shown = all.subList((current - 1) * PAGE_SIZE,
                Math.min(current * PAGE_SIZE, all.size()));
        model.addAttribute("lines", shown);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return shown;
    }

    private static void addChoices(Model model) {
        model.addAttribute("budgetServices", BudgetService.values());
        model.addAttribute("financings", Financing.values());
        model.addAttribute("flows", BudgetFlow.values());
        model.addAttribute("signals", FinanceSignal.values());
    }

    private static String fileName(FinanceFigures figures) {
        Integer year = figures.filter().year();
        return "pst-suivi-financier-" + (year == null ? "mandature" : year.toString()) + "-" + LocalDate.now();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
