package be.cpas.pst.web.publication;

import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanView;
import be.cpas.pst.domain.planfile.PlanFile;
import be.cpas.pst.domain.publication.PlanVersion;
import be.cpas.pst.domain.publication.Publication;
import be.cpas.pst.domain.publication.VersionView;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.reporting.publication.PublicPlans;
import be.cpas.pst.reporting.publication.VersionDiff;
import be.cpas.pst.web.support.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
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
 * The versions of a plan: the adoptions by the council and the minor changes the DG records (each an immutable
 * copy), what each version holds, and the differences between two versions or between the adopted version and the
 * working one — for the DG and for council members.
 */
@Controller
class VersionController {

    private final Publication publication;
    private final PublicPlans plans;
    private final MessageSource messages;

    VersionController(Publication publication, PublicPlans plans, MessageSource messages) {
        this.publication = publication;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/versions")
    String list(@PathVariable long planId, Model model) {
        return show(planId, null, null, null, model);
    }

    private String show(long planId, VersionForms.Adoption adoption, VersionForms.Adoption minor, String error,
            Model model) {
        Plan plan = publication.plan(planId);
        List<PlanVersion> versions = publication.versions(planId);
        int next = publication.nextNumber(planId);
        model.addAttribute("plan", PlanView.of(plan));
        model.addAttribute("versions", versions.stream().map(VersionView::of).toList());
        model.addAttribute("nextNumber", next);
        model.addAttribute("hasAdopted", versions.stream().anyMatch(PlanVersion::isAdopted));
        model.addAttribute("adoption", adoption != null ? adoption : blank(next));
        model.addAttribute("minor", minor != null ? minor : blank(next));
        model.addAttribute("error", error);
        model.addAttribute("mayManage", publication.mayManage());
        return "publication/versions";
    }

    private static VersionForms.Adoption blank(int number) {
        VersionForms.Adoption form = new VersionForms.Adoption();
        form.setNumber(number);
        return form;
    }

    @PostMapping("/plans/{planId}/versions")
    String adopt(@PathVariable long planId, @Valid @ModelAttribute("adoption") VersionForms.Adoption form,
            BindingResult result, Model model, RedirectAttributes redirect) throws IOException {
        requireManage();
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                byte[] pdf = form.getPdf() == null || form.getPdf().isEmpty() ? null : form.getPdf().getBytes();
                PlanVersion version = publication.adopt(planId, form.getNumber(), form.getDecidedOn(),
                        form.getDeliberation(), form.getSummary(),
                        form.getPdf() == null ? null : form.getPdf().getOriginalFilename(), pdf);
                redirect.addFlashAttribute("flash", "version.adopted");
                return "redirect:/plans/" + planId + "/versions/" + version.getNumber();
            } catch (ConcurrentModification | OptimisticLockingFailureException | DataIntegrityViolationException e) {
                errors.put("global", text("version.concurrent"));
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        return show(planId, form, null, errors.values().iterator().next(), model);
    }

    @PostMapping("/plans/{planId}/versions/mineures")
    String minor(@PathVariable long planId, @Valid @ModelAttribute("minor") VersionForms.Adoption form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        requireManage();
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                PlanVersion version = publication.recordMinorChanges(planId, form.getNumber(), form.getDecidedOn(),
                        form.getSummary());
                redirect.addFlashAttribute("flash", "version.minorRecorded");
                return "redirect:/plans/" + planId + "/versions/" + version.getNumber();
            } catch (ConcurrentModification | OptimisticLockingFailureException | DataIntegrityViolationException e) {
                errors.put("global", text("version.concurrent"));
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        return show(planId, null, form, errors.values().iterator().next(), model);
    }

    @GetMapping("/plans/{planId}/versions/{number}")
    String version(@PathVariable long planId, @PathVariable int number, Model model) {
        PlanVersion version = publication.version(planId, number);
        model.addAttribute("plan", PlanView.of(publication.plan(planId)));
        model.addAttribute("version", VersionView.of(version));
        model.addAttribute("p", plans.councilView(planId, number, version.getDecidedOn(), version.getDeliberation(),
                version.getContent()));
        return "publication/version";
    }

    @GetMapping("/plans/{planId}/versions/{number}/deliberation.pdf")
    void deliberation(@PathVariable long planId, @PathVariable int number, HttpServletResponse response)
            throws IOException {
        PlanVersion version = publication.deliberation(planId, number)
                .orElseThrow(() -> new NotFound("version.pdf.none", "No deliberation kept with version " + number));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + version.getDeliberationPdfName()
                .replace("\"", "") + "\"");
        response.getOutputStream().write(version.getDeliberationPdf());
    }

    /**
     * The versions the differences compare, in the address: {@code de} (defaults to the latest adopted version) and
     * {@code a} (empty: the working version). A value that is not a number is the default, as for the dashboard's
     * filters; a number that names no version answers "Page introuvable".
     */
    public static class DifferencesForm {
        private Integer de;
        private Integer a;

        public Integer getDe() {
            return de;
        }

        public void setDe(Integer de) {
            this.de = de;
        }

        public Integer getA() {
            return a;
        }

        public void setA(Integer a) {
            this.a = a;
        }
    }

    @GetMapping("/plans/{planId}/differences")
    String differences(@PathVariable long planId, @ModelAttribute("choice") DifferencesForm choice,
            BindingResult ignoredUnparsableChoice, Model model) {
        Plan plan = publication.plan(planId);
        List<PlanVersion> versions = publication.versions(planId);
        model.addAttribute("plan", PlanView.of(plan));
        model.addAttribute("versions", versions.stream().map(VersionView::of).toList());
        if (versions.isEmpty()) {
            model.addAttribute("entries", null);
            return "publication/differences";
        }
        int fromNumber = choice.getDe() != null ? choice.getDe() : versions.stream().filter(PlanVersion::isAdopted)
                .mapToInt(PlanVersion::getNumber).max().orElse(versions.get(0).getNumber());
        PlanVersion before = publication.version(planId, fromNumber);
        Integer toNumber = choice.getA();
        PlanFile after = toNumber == null ? plans.working(planId)
                : plans.read(publication.version(planId, toNumber).getContent());
        List<VersionDiff.Entry> entries = VersionDiff.between(plans.read(before.getContent()), after);
        model.addAttribute("from", VersionView.of(before));
        model.addAttribute("toNumber", toNumber);
        model.addAttribute("to", toNumber == null ? null : VersionView.of(publication.version(planId, toNumber)));
        model.addAttribute("entries", entries);
        model.addAttribute("counts", VersionDiff.counts(entries));
        return "publication/differences";
    }

    private void requireManage() {
        if (!publication.mayManage()) {
            throw new AccessRefused("Not allowed to record a version");
        }
    }

    private String text(RuleViolation refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
