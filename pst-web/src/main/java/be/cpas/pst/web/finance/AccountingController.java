package be.cpas.pst.web.finance;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.finance.AccountingFile;
import be.cpas.pst.domain.finance.AccountingImport;
import be.cpas.pst.domain.finance.ExecutionImport;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.reporting.ecomptes.EcomptesExport;
import be.cpas.pst.reporting.ecomptes.EcomptesReader;
import be.cpas.pst.reporting.finance.FinanceFigures;
import be.cpas.pst.reporting.finance.FinanceFilter;
import be.cpas.pst.reporting.finance.FinanceService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exchange with the accounting: the plan's structure written for eComptes (the DG, the DF and the CODIR may take
 * it); the file eComptes sends back, or a table of execution figures from another accounting, previewed then applied
 * all or nothing (the DG and the DF). The uploaded file is kept in the person's session between the preview and the
 * apply.
 */
@Controller
class AccountingController {

    private static final String UPLOAD = AccountingController.class.getName() + ".upload";

    private final FinanceService finance;
    private final EcomptesExport export;
    private final AccountingImport accountingImport;
    private final ExecutionImport executionImport;
    private final MessageSource messages;
    private final Clock clock;

    AccountingController(FinanceService finance, EcomptesExport export, AccountingImport accountingImport,
            ExecutionImport executionImport, MessageSource messages, Optional<Clock> clock) {
        this.executionImport = executionImport;
        this.finance = finance;
        this.export = export;
        this.accountingImport = accountingImport;
        this.messages = messages;
        this.clock = clock.orElseGet(Clock::systemDefaultZone);
    }

    /** A file kept between its preview and its apply. */
    private record Upload(String token, long planId, String fileName, byte[] content) implements Serializable {
    }

    private static final String EXECUTION_UPLOAD = AccountingController.class.getName() + ".execution";

    @GetMapping("/plans/{planId}/suivi-financier/ecomptes")
    String page(@PathVariable long planId, Model model) {
        return show(figures(planId), null, model);
    }

    private String show(FinanceFigures figures, String error, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("figures", figures);
        model.addAttribute("defaultYear", figures.years().contains(thisYear) ? thisYear : figures.plan().periodStart());
        model.addAttribute("mayEdit", finance.mayEdit());
        model.addAttribute("error", error);
        return "finance/ecomptes";
    }

    @GetMapping("/plans/{planId}/suivi-financier/ecomptes.xml")
    void download(@PathVariable long planId, @RequestParam(name = "exercice", required = false) Integer exercice,
            HttpServletResponse response) throws IOException {
        FinanceFigures figures = figures(planId);
        int year = exercice != null && exercice >= 2000 && exercice <= 2100 ? exercice
                : LocalDate.now(clock).getYear();
        // written in memory first: a refusal (no INS code) still gets its French page, not half a file
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        export.write(planId, year, xml);
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"pst-ecomptes-" + year + "-"
                + figures.plan().id() + ".xml\"");
        xml.writeTo(response.getOutputStream());
    }

    @PostMapping("/plans/{planId}/suivi-financier/ecomptes/apercu")
    String preview(@PathVariable long planId, @RequestParam(name = "fichier", required = false) MultipartFile file,
            HttpSession session, Model model) throws IOException {
        FinanceFigures figures = figures(planId);
        requireEdit();
        if (file == null || file.isEmpty()) {
            return show(figures, text("ecomptes.file.empty", null), model);
        }
        byte[] content = file.getBytes();
        try {
            AccountingFile read = EcomptesReader.read(content);
            AccountingImport.Preview preview = accountingImport.preview(planId, EcomptesExport.planId(planId), read);
            Upload upload = new Upload(UUID.randomUUID().toString(), planId, file.getOriginalFilename(), content);
            session.setAttribute(UPLOAD, upload);
            model.addAttribute("figures", figures);
            model.addAttribute("preview", preview);
            model.addAttribute("token", upload.token());
            model.addAttribute("fileName", upload.fileName());
            model.addAttribute("outcomes", AccountingImport.Outcome.values());
            return "finance/ecomptes-preview";
        } catch (RuleViolation refused) {
            return show(figures, text(refused.messageKey(), refused.arguments()), model);
        }
    }

    @PostMapping("/plans/{planId}/suivi-financier/ecomptes/appliquer")
    String apply(@PathVariable long planId, @RequestParam(required = false) String token,
            @RequestParam(required = false) Long revision,
            HttpSession session, Model model, RedirectAttributes redirect) {
        FinanceFigures figures = figures(planId);
        requireEdit();
        Object kept = session.getAttribute(UPLOAD);
        if (!(kept instanceof Upload upload) || !upload.token().equals(token) || upload.planId() != planId
                || revision == null) {
            return show(figures, text("ecomptes.import.expired", null), model);
        }
        try {
            accountingImport.apply(planId, EcomptesExport.planId(planId), EcomptesReader.read(upload.content()),
                    revision);
        } catch (RuleViolation refused) {
            return show(figures, text(refused.messageKey(), refused.arguments()), model);
        }
        session.removeAttribute(UPLOAD);
        redirect.addFlashAttribute("flash", "ecomptes.import.applied");
        return "redirect:/plans/" + planId + "/suivi-financier";
    }

    @PostMapping("/plans/{planId}/suivi-financier/execution/apercu")
    String executionPreview(@PathVariable long planId,
            @RequestParam(name = "tableau", required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        FinanceFigures figures = figures(planId);
        requireEdit();
        if (file == null || file.isEmpty()) {
            return show(figures, text("ecomptes.file.empty", null), model);
        }
        byte[] content = file.getBytes();
        try {
            ExecutionImport.Preview preview = executionImport.preview(planId,
                    ExecutionTable.read(file.getOriginalFilename(), content));
            Upload upload = new Upload(UUID.randomUUID().toString(), planId, file.getOriginalFilename(), content);
            session.setAttribute(EXECUTION_UPLOAD, upload);
            model.addAttribute("figures", figures);
            model.addAttribute("preview", preview);
            model.addAttribute("token", upload.token());
            model.addAttribute("fileName", upload.fileName());
            return "finance/execution-preview";
        } catch (RuleViolation refused) {
            return show(figures, text(refused.messageKey(), refused.arguments()), model);
        }
    }

    @PostMapping("/plans/{planId}/suivi-financier/execution/appliquer")
    String executionApply(@PathVariable long planId, @RequestParam(required = false) String token,
            @RequestParam(required = false) Long revision, HttpSession session, Model model,
            RedirectAttributes redirect) {
        FinanceFigures figures = figures(planId);
        requireEdit();
        Object kept = session.getAttribute(EXECUTION_UPLOAD);
        if (!(kept instanceof Upload upload) || !upload.token().equals(token) || upload.planId() != planId
                || revision == null) {
            return show(figures, text("ecomptes.import.expired", null), model);
        }
        try {
            executionImport.apply(planId, ExecutionTable.read(upload.fileName(), upload.content()), revision);
        } catch (RuleViolation refused) {
            return show(figures, text(refused.messageKey(), refused.arguments()), model);
        }
        session.removeAttribute(EXECUTION_UPLOAD);
        redirect.addFlashAttribute("flash", "execution.import.applied");
        return "redirect:/plans/" + planId + "/suivi-financier";
    }

    private void requireEdit() {
        if (!finance.mayEdit()) {
            throw new AccessRefused("Not allowed to import budget figures");
        }
    }

    private FinanceFigures figures(long planId) {
        return finance.figures(planId, FinanceFilter.mandate())
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
    }

    private String text(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
