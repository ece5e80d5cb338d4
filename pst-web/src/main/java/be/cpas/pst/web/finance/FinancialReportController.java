package be.cpas.pst.web.finance;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.finance.FinancialReport;
import be.cpas.pst.domain.finance.FinancialReports;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.reporting.finance.FinanceService;
import be.cpas.pst.reporting.finance.FinancialReportDocument;
import be.cpas.pst.reporting.finance.FinancialReportFigures;
import be.cpas.pst.web.support.PdfDocuments;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directeur financier's report on the PST for a year — annual, at mid-term or at the end of the mandate (then the
 * PST's evolution since the start of the mandate) — as a page with the DF's commentary, as PDF and as DOCX. Its
 * figures are the follow-up's; the commentary is the DF's (the DG may write it too).
 */
@Controller
class FinancialReportController {

    static final Map<String, EvaluationKind> KINDS = Map.of("annuel", EvaluationKind.ANNUAL, "mi-mandature",
            EvaluationKind.MID_TERM, "fin-de-mandature", EvaluationKind.FINAL);

    private final FinanceService finance;
    private final FinancialReports reports;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final Clock clock;

    FinancialReportController(FinanceService finance, FinancialReports reports, PdfDocuments pdf,
            MessageSource messages, Optional<Clock> clock) {
        this.finance = finance;
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock.orElseGet(Clock::systemDefaultZone);
    }

    /** What the report is of, from the URL ({@code ?annee=2026&type=mi-mandature}). */
    private record Choice(long planId, int year, EvaluationKind kind, String kindWord) {
    }

    @GetMapping("/plans/{planId}/suivi-financier/rapport")
    String page(@PathVariable long planId, @RequestParam(name = "annee", required = false) Integer year,
            @RequestParam(name = "type", required = false) String kind, Model model) {
        Choice choice = choice(planId, year, kind);
        Optional<FinancialReport> stored = reports.find(planId, choice.year(), choice.kind());
        return show(choice, stored.map(FinancialReport::getCommentary).orElse(null),
                stored.map(FinancialReport::getVersion).orElse(null), null, model);
    }

    @PostMapping("/plans/{planId}/suivi-financier/rapport")
    String comment(@PathVariable long planId, @RequestParam(name = "annee", required = false) Integer year,
            @RequestParam(name = "type", required = false) String kind,
            @RequestParam(name = "commentaire", required = false) String commentary,
            @RequestParam(name = "version", required = false) Long version, Model model,
            RedirectAttributes redirect) {
        Choice choice = choice(planId, year, kind);
        if (!finance.mayEdit()) {
            throw new AccessRefused("Not allowed to write the financial report");
        }
        String error;
        try {
            reports.comment(planId, choice.year(), choice.kind(), version, commentary);
            redirect.addFlashAttribute("flash", "financialReport.saved");
            return "redirect:/plans/" + planId + "/suivi-financier/rapport?annee=" + choice.year() + "&type="
                    + choice.kindWord();
        } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
            Optional<FinancialReport> stored = reports.find(planId, choice.year(), choice.kind());
            error = messages.getMessage("financialReport.conflict", new Object[] {
                    stored.map(FinancialReport::getCommentary).orElse("")}, LocaleContextHolder.getLocale());
            version = stored.map(FinancialReport::getVersion).orElse(null);
        } catch (RuleViolation refused) {
            error = messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
        }
        return show(choice, commentary, version, error, model);
    }

    @GetMapping("/plans/{planId}/suivi-financier/rapport.pdf")
    void asPdf(@PathVariable long planId, @RequestParam(name = "annee", required = false) Integer year,
            @RequestParam(name = "type", required = false) String kind, HttpServletResponse response)
            throws IOException {
        Choice choice = choice(planId, year, kind);
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", figures(choice));
        variables.put("commentary", reports.find(planId, choice.year(), choice.kind())
                .map(FinancialReport::getCommentary).orElse(null));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(choice) + ".pdf\"");
        pdf.pdf("finance/report-print", variables, response.getOutputStream());
    }

    @GetMapping("/plans/{planId}/suivi-financier/rapport.docx")
    void asDocx(@PathVariable long planId, @RequestParam(name = "annee", required = false) Integer year,
            @RequestParam(name = "type", required = false) String kind, HttpServletResponse response)
            throws IOException {
        Choice choice = choice(planId, year, kind);
        FinancialReportFigures figures = figures(choice);
        String commentary = reports.find(planId, choice.year(), choice.kind()).map(FinancialReport::getCommentary)
                .orElse(null);
        response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(choice) + ".docx\"");
        FinancialReportDocument.docx(figures, commentary, this::text, response.getOutputStream());
    }

    private String show(Choice choice, String commentary, Long version, String error, Model model) {
        model.addAttribute("report", figures(choice));
        model.addAttribute("commentary", commentary);
        model.addAttribute("version", version);
        model.addAttribute("error", error);
        model.addAttribute("kindWord", choice.kindWord());
        model.addAttribute("kinds", KINDS.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList());
        model.addAttribute("mayEdit", finance.mayEdit());
        return "finance/report";
    }

    private Choice choice(long planId, Integer year, String kind) {
        var plan = finance.figures(planId, be.cpas.pst.reporting.finance.FinanceFilter.mandate())
                .orElseThrow(() -> new NotFound("page.notFound", "No such page")).plan();
        int thisYear = LocalDate.now(clock).getYear();
        int chosen = year != null && year >= plan.periodStart() && year <= plan.periodEnd() ? year
                : Math.max(plan.periodStart(), Math.min(plan.periodEnd(), thisYear));
        EvaluationKind chosenKind = kind == null ? EvaluationKind.ANNUAL
                : KINDS.getOrDefault(kind, EvaluationKind.ANNUAL);
        String word = KINDS.entrySet().stream().filter(e -> e.getValue() == chosenKind).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        return new Choice(planId, chosen, chosenKind, word);
    }

    private FinancialReportFigures figures(Choice choice) {
        return finance.report(choice.planId(), choice.year(), choice.kind())
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
    }

    private static String fileName(Choice choice) {
        return "pst-rapport-financier-" + choice.kindWord() + "-" + choice.year();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
