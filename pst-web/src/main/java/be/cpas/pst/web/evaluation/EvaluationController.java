package be.cpas.pst.web.evaluation;

import be.cpas.pst.domain.evaluation.Appreciation;
import be.cpas.pst.domain.evaluation.Evaluation;
import be.cpas.pst.domain.evaluation.EvaluationDecision;
import be.cpas.pst.domain.evaluation.EvaluationItem;
import be.cpas.pst.domain.evaluation.EvaluationView;
import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.evaluation.Evaluations;
import be.cpas.pst.domain.finance.FinancialReport;
import be.cpas.pst.domain.finance.FinancialReports;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanView;
import be.cpas.pst.domain.publication.Publication;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.reporting.campaign.CampaignFigures;
import be.cpas.pst.reporting.evaluation.EvaluationDocument;
import be.cpas.pst.reporting.evaluation.EvaluationFigures;
import be.cpas.pst.reporting.evaluation.FrozenFigures;
import be.cpas.pst.reporting.finance.FinanceService;
import be.cpas.pst.reporting.finance.FinancialReportFigures;
import be.cpas.pst.web.support.FormErrors;
import be.cpas.pst.web.support.PdfDocuments;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.HashMap;
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
 * The evaluations of a plan: the list, the opening (DG), the evaluation page where the DG and the pilotes write
 * what it says of each objective, its life (validation, presentation to the council), and the report for the
 * council as a page, PDF and DOCX from the same figures.
 */
@Controller
class EvaluationController {

    private final Evaluations evaluations;
    private final FinanceService finance;
    private final FinancialReports financialReports;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final Publication publication;
    private final CampaignFigures campaignFigures;

    EvaluationController(Evaluations evaluations, FinanceService finance,
            FinancialReports financialReports, PdfDocuments pdf, MessageSource messages, Publication publication,
            CampaignFigures campaignFigures) {
        this.evaluations = evaluations;
        this.publication = publication;
        this.campaignFigures = campaignFigures;
        this.finance = finance;
        this.financialReports = financialReports;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/evaluations")
    String list(@PathVariable long planId, Model model) {
        List<Evaluation> list = evaluations.list(planId);
        return showList(planId, list, new EvaluationForms.Open(), null, model);
    }

    private String showList(long planId, List<Evaluation> list, EvaluationForms.Open form, String error,
            Model model) {
        Plan plan = evaluations.plan(planId);
        if (form.getYear() == null) {
            form.setYear(Math.min(plan.getPeriodEnd(), java.time.LocalDate.now().getYear()));
        }
        model.addAttribute("plan", PlanView.of(plan));
        model.addAttribute("evaluations", list.stream().map(EvaluationView.Heading::of).toList());
        model.addAttribute("openForm", form);
        model.addAttribute("error", error);
        model.addAttribute("mayManage", evaluations.mayManage());
        model.addAttribute("kinds", EvaluationKind.values());
        Evaluations.Scale scale = evaluations.scale(planId);
        model.addAttribute("scale", new ScaleLabels(scale, this::text));
        if (!model.containsAttribute("scaleForm")) {
            model.addAttribute("scaleForm", EvaluationForms.ScaleForm.of(scale));
        }
        model.addAttribute("appreciations", Appreciation.values());
        return "evaluation/list";
    }

    @PostMapping("/plans/{planId}/evaluations")
    String open(@PathVariable long planId, @Valid @ModelAttribute("openForm") EvaluationForms.Open form,
            BindingResult result, Model model) {
        if (!evaluations.mayManage()) {
            throw new be.cpas.pst.domain.access.AccessRefused("Not allowed to open an evaluation");
        }
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                Evaluation opened = evaluations.open(planId, form.getYear(), form.getKind(), form.getReferenceDate());
                return "redirect:/plans/" + planId + "/evaluations/" + opened.getId();
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        return showList(planId, evaluations.list(planId), form, errors.values().iterator().next(), model);
    }

    /** The plan's appreciation scale: its wording of the levels and those it uses (the DG). */
    @PostMapping("/plans/{planId}/evaluations/echelle")
    String defineScale(@PathVariable long planId, @Valid @ModelAttribute("scaleForm") EvaluationForms.ScaleForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!evaluations.mayManage()) {
            throw new be.cpas.pst.domain.access.AccessRefused("Not allowed to define the appreciation scale");
        }
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                evaluations.defineScale(planId, form.getVersion(), form.wording(), form.getUsed());
                redirect.addFlashAttribute("flash", "evaluation.scale.saved");
                return "redirect:/plans/" + planId + "/evaluations#titre-echelle";
            } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
                errors.put("global", text("concurrent.modification"));
                form.setVersion(evaluations.scale(planId).version());
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        model.addAttribute("scaleError", errors.values().iterator().next());
        return showList(planId, evaluations.list(planId), new EvaluationForms.Open(), null, model);
    }

    @GetMapping("/plans/{planId}/evaluations/{evaluationId}")
    String page(@PathVariable long planId, @PathVariable long evaluationId, Model model) {
        return show(planId, evaluationId, null, null, null, model);
    }

    private String show(long planId, long evaluationId, Long failedNodeId, EvaluationForms.Assess failedForm,
            String error, Model model) {
        Evaluation evaluation = evaluations.find(planId, evaluationId);
        FrozenFigures figures = EvaluationFigures.read(evaluation.getFrozenFigures());
        Map<Long, Evaluations.Rights> rights = evaluation.getStatus().isOpen() ? evaluations.rights(planId) : Map.of();
        Map<Long, EvaluationForms.Assess> forms = new HashMap<>();
        for (FrozenFigures.Element element : figures.elements()) {
            Evaluations.Rights of = rights.get(element.id());
            if (of != null && of.assess() && !element.kind().isWork()) {
                forms.put(element.id(), EvaluationForms.Assess.of(evaluation.itemOf(element.id()).orElse(null)));
            }
        }
        if (failedNodeId != null) {
            forms.put(failedNodeId, failedForm);
        }
        // under each OO, the projets and actions this person may evaluate (pilote, DG) or comment on (responsable)
        model.addAttribute("workLinks", figures.workByOperational(work -> rights.containsKey(work.id())));
        model.addAttribute("workRights", rights);
        addReport(evaluation, figures, model);
        model.addAttribute("forms", forms);
        model.addAttribute("applicable", !evaluations.mayManage() ? Set.of() : evaluation.getItems().stream()
                .filter(item -> item.getAppliedOn() == null && item.getDecision() != null
                        && item.getDecision() != EvaluationDecision.KEEP && item.getDecision() != EvaluationDecision.ADAPT)
                .map(item -> item.getNode().getId()).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("failedNodeId", failedNodeId);
        model.addAttribute("error", error);
        model.addAttribute("description", EvaluationForms.Description.of(evaluation));
        model.addAttribute("mayCorrect", evaluations.mayManage() && (evaluation.getStatus()
                == be.cpas.pst.domain.evaluation.EvaluationStatus.PRESENTED || evaluation.getStatus()
                == be.cpas.pst.domain.evaluation.EvaluationStatus.PUBLISHED));
        if (!model.containsAttribute("erratumForm")) {
            model.addAttribute("erratumForm", new EvaluationForms.Erratum());
        }
        model.addAttribute("mayManage", evaluations.mayManage());
        model.addAttribute("appreciations", Appreciation.values());
        model.addAttribute("decisions", EvaluationDecision.values());
        long operational = figures == null ? 0 : figures.elements().stream()
                .filter(e -> e.kind() == be.cpas.pst.domain.planning.NodeKind.OPERATIONAL_OBJECTIVE).count();
        long drafted = evaluation.getItems().stream().filter(item -> item.getNode().getKind()
                == be.cpas.pst.domain.planning.NodeKind.OPERATIONAL_OBJECTIVE && (item.getAppreciation() != null
                || item.getAssessment() != null)).count();
        model.addAttribute("operationalCount", operational);
        model.addAttribute("draftedCount", drafted);
        model.addAttribute("remaining", evaluation.getStatus().isOpen() && evaluations.mayManage()
                ? evaluations.remaining(planId, evaluation) : java.util.List.of());
        return "evaluation/evaluation";
    }

    /** What the report shows: the evaluation, its frozen figures, its items by element, the financial chapter. */
    /** What every reading of the report holds: the evaluation, its frozen figures, what it says of each element. */
    private void addFrozenReport(Evaluation evaluation, FrozenFigures figures, Model model) {
        addFrozenReport(evaluation, figures, true, model);
    }

    /** {@code named}: whether the reader may see who wrote the comments and errata (not the public). */
    private void addFrozenReport(Evaluation evaluation, FrozenFigures figures, boolean named, Model model) {
        model.addAttribute("scale", new ScaleLabels(evaluations.scale(evaluation.getPlan().getId()), this::text));
        EvaluationView view = EvaluationView.of(evaluation, named);
        Map<Long, EvaluationView.Item> items = view.itemsByNode();
        model.addAttribute("evaluation", view);
        model.addAttribute("plan", PlanView.of(evaluation.getPlan()));
        model.addAttribute("figures", figures);
        model.addAttribute("items", items);
        model.addAttribute("categories", StateCategory.values());
        model.addAttribute("indicatorShares", figures.indicatorShares());
        // the projets and actions the evaluation says something of, under their OO
        model.addAttribute("workSaid", figures.workByOperational(work -> items.containsKey(work.id())
                && (items.get(work.id()).assessed() || items.get(work.id()).responsableComment() != null)));
        model.addAttribute("errataByElement", view.errataByNode());
    }

    private void addReport(Evaluation evaluation, FrozenFigures figures, Model model) {
        addFrozenReport(evaluation, figures, model);
        // the DF's chapter as it was frozen with the other figures (an evaluation kept before it was frozen too
        // reads today's), for those who may read the financial follow-up
        Optional<FinancialReportFigures> financial = !finance.mayRead(evaluation.getPlan().getId()) ? Optional.empty()
                : figures != null && figures.financial() != null ? Optional.of(figures.financial())
                : finance.report(evaluation.getPlan().getId(), Math.min(evaluation.getYear(),
                        evaluation.getPlan().getPeriodEnd()), evaluation.getKind());
        model.addAttribute("financial", financial.orElse(null));
        // the previous evaluation of the plan, to say what moved since
        Optional<Evaluation> previous = evaluations.list(evaluation.getPlan().getId()).stream()
                .filter(other -> other.getYear() < evaluation.getYear()).findFirst()
                .map(other -> evaluations.find(other.getPlan().getId(), other.getId()));
        model.addAttribute("previous", previous.map(other -> EvaluationView.of(other, true)).orElse(null));
        model.addAttribute("previousFigures", previous.map(other -> EvaluationFigures.read(other.getFrozenFigures()))
                .orElse(null));
        // the minor changes recorded since the previous evaluation: reported to the council with this one
        java.time.LocalDate since = previous.map(Evaluation::getReferenceDate).orElse(null);
        model.addAttribute("minorChanges", publication.versions(evaluation.getPlan().getId()).stream()
                .filter(v -> v.getKind() == be.cpas.pst.domain.publication.VersionKind.MINOR
                        && !v.getDecidedOn().isAfter(evaluation.getReferenceDate())
                        && (since == null || v.getDecidedOn().isAfter(since)))
                .sorted(java.util.Comparator.comparingInt(be.cpas.pst.domain.publication.PlanVersion::getNumber))
                .map(be.cpas.pst.domain.publication.VersionView::of).toList());
        // the year's update campaigns, as their figures were kept when they were closed
        model.addAttribute("campaigns", campaignFigures.closedIn(evaluation.getPlan().getId(), evaluation.getYear()));
        model.addAttribute("financialCommentary", financial.isEmpty() ? null : financialReports
                .find(evaluation.getPlan().getId(), financial.get().year(), evaluation.getKind())
                .map(FinancialReport::getCommentary).orElse(null));
    }

    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}")
    String assess(@PathVariable long planId, @PathVariable long evaluationId, @PathVariable long nodeId,
            @Valid @ModelAttribute EvaluationForms.Assess form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                EvaluationItem saved = evaluations.assess(planId, evaluationId, nodeId, form.getVersion(),
                        form.getAppreciation(), form.getText(), form.getDecision(), form.getDetails(), form.isMajor());
                redirect.addFlashAttribute("flash", saved.getNode().getKind().isWork() ? "evaluation.item.savedWork"
                        : "evaluation.item.saved");
                return saved.getNode().getKind().isWork() ? elementAddress(planId, evaluationId, nodeId)
                        : "redirect:/plans/" + planId + "/evaluations/" + evaluationId + "#element-" + nodeId;
            } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
                errors.put("global", text("evaluation.item.conflict"));
                form.setVersion(storedVersion(planId, evaluationId, nodeId));
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        if (isWork(planId, evaluationId, nodeId)) {
            model.addAttribute("assessForm", form);
            return showElement(planId, evaluationId, nodeId, errors.values().iterator().next(), model);
        }
        return show(planId, evaluationId, nodeId, form, errors.values().iterator().next(), model);
    }

    /** The version of what the evaluation says of an element now, after someone else saved it: the form's next try. */
    private Long storedVersion(long planId, long evaluationId, long nodeId) {
        return evaluations.find(planId, evaluationId).itemOf(nodeId).map(EvaluationItem::getVersion).orElse(null);
    }

    private boolean isWork(long planId, long evaluationId, long nodeId) {
        return EvaluationFigures.read(evaluations.find(planId, evaluationId).getFrozenFigures()).element(nodeId)
                .map(element -> element.kind().isWork()).orElse(false);
    }

    private static String elementAddress(long planId, long evaluationId, long nodeId) {
        return "redirect:/plans/" + planId + "/evaluations/" + evaluationId + "/elements/" + nodeId;
    }

    /**
     * One element of the evaluation on its own page: its figures at the reference date, what the evaluation says of
     * it, and the forms of who may write (the pilote's evaluation, the responsable's comment, the DG's erratum).
     */
    @GetMapping("/plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}")
    String element(@PathVariable long planId, @PathVariable long evaluationId, @PathVariable long nodeId,
            Model model) {
        return showElement(planId, evaluationId, nodeId, null, model);
    }

    private String showElement(long planId, long evaluationId, long nodeId, String error, Model model) {
        Evaluation evaluation = evaluations.find(planId, evaluationId);
        FrozenFigures figures = EvaluationFigures.read(evaluation.getFrozenFigures());
        FrozenFigures.Element element = figures.element(nodeId).orElseThrow(() -> new be.cpas.pst.domain.shared
                .NotFound("evaluation.element.notFrozen", "Element " + nodeId + " not in the evaluation"));
        Evaluations.Rights rights = evaluations.rights(planId, nodeId);
        EvaluationItem item = evaluation.itemOf(nodeId).orElse(null);
        addFrozenReport(evaluation, figures, model);
        boolean open = evaluation.getStatus().isOpen();
        Map<Long, EvaluationForms.Assess> forms = new HashMap<>();
        if (open && rights.assess()) {
            EvaluationForms.Assess kept = (EvaluationForms.Assess) model.getAttribute("assessForm");
            forms.put(nodeId, kept != null ? kept : EvaluationForms.Assess.of(item));
        }
        Map<Long, EvaluationForms.Comment> commentForms = new HashMap<>();
        if (open && rights.comment()) {
            EvaluationForms.Comment kept = (EvaluationForms.Comment) model.getAttribute("commentForm");
            commentForms.put(nodeId, kept != null ? kept : EvaluationForms.Comment.of(item));
        }
        if (open && rights.assess() && element.synergy() != null) {
            EvaluationForms.SynergyReview kept = (EvaluationForms.SynergyReview) model.getAttribute("synergyForm");
            model.addAttribute("synergyForm", kept != null ? kept : EvaluationForms.SynergyReview.of(item));
        }
        List<FrozenFigures.Element> path = new java.util.ArrayList<>();
        Map<Long, FrozenFigures.Element> byId = figures.byId();
        for (FrozenFigures.Element up = element; up != null; up = up.parentId() == null ? null
                : byId.get(up.parentId())) {
            path.add(0, up);
        }
        model.addAttribute("element", element);
        model.addAttribute("path", path.subList(0, path.size() - 1));
        model.addAttribute("forms", forms);
        model.addAttribute("commentForms", commentForms);
        model.addAttribute("applicable", evaluations.mayManage() && item != null && item.getAppliedOn() == null
                && item.getDecision() != null && item.getDecision() != EvaluationDecision.KEEP
                && item.getDecision() != EvaluationDecision.ADAPT ? Set.of(nodeId) : Set.of());
        model.addAttribute("error", error); // one message at the top of this short page
        model.addAttribute("mayCorrect", evaluations.mayManage() && !open
                && evaluation.getStatus() != be.cpas.pst.domain.evaluation.EvaluationStatus.VALIDATED);
        model.addAttribute("appreciations", Appreciation.values());
        model.addAttribute("decisions", EvaluationDecision.values());
        if (!model.containsAttribute("erratumForm")) {
            EvaluationForms.Erratum erratum = new EvaluationForms.Erratum();
            erratum.setElement(nodeId);
            model.addAttribute("erratumForm", erratum);
        }
        return "evaluation/element";
    }

    /** The responsable's comment on his projet or action. */
    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}/commentaire")
    String comment(@PathVariable long planId, @PathVariable long evaluationId, @PathVariable long nodeId,
            @Valid @ModelAttribute("commentForm") EvaluationForms.Comment form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return writeOnElement(planId, evaluationId, nodeId, result, model, redirect, "evaluation.comment.saved",
                form::setVersion, () -> evaluations.comment(planId, evaluationId, nodeId, form.getVersion(),
                        form.getComment()));
    }

    /** What the synergy review says of one element's commune/CPAS synergy (the DG or its pilote). */
    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}/synergie")
    String reviewSynergy(@PathVariable long planId, @PathVariable long evaluationId, @PathVariable long nodeId,
            @Valid @ModelAttribute("synergyForm") EvaluationForms.SynergyReview form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return writeOnElement(planId, evaluationId, nodeId, result, model, redirect, "evaluation.synergy.saved",
                form::setVersion, () -> evaluations.reviewSynergy(planId, evaluationId, nodeId, form.getVersion(),
                        form.getText()));
    }

    /**
     * One text written on an element's page: saved and back to the page, or the page again with the reason — after
     * someone else's save, the form builds on the stored version ({@code newVersion}) and keeps what was typed.
     */
    private String writeOnElement(long planId, long evaluationId, long nodeId, BindingResult result, Model model,
            RedirectAttributes redirect, String done, java.util.function.Consumer<Long> newVersion, Runnable write) {
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                write.run();
                redirect.addFlashAttribute("flash", done);
                return elementAddress(planId, evaluationId, nodeId);
            } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
                errors.put("global", text("evaluation.item.conflict"));
                newVersion.accept(storedVersion(planId, evaluationId, nodeId));
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        return showElement(planId, evaluationId, nodeId, errors.values().iterator().next(), model);
    }

    /**
     * An erratum to an evaluation presented to the council (the DG): from the evaluation page (on the report or one
     * of its objectives) or from an element's page.
     */
    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/errata")
    String correct(@PathVariable long planId, @PathVariable long evaluationId,
            @Valid @ModelAttribute("erratumForm") EvaluationForms.Erratum form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!evaluations.mayManage()) {
            throw new be.cpas.pst.domain.access.AccessRefused("Not allowed to correct an evaluation");
        }
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                evaluations.correct(planId, evaluationId, form.getElement(), form.getCorrection(), form.getReason());
                redirect.addFlashAttribute("flash", "evaluation.erratum.saved");
                return form.getElement() != null && isWork(planId, evaluationId, form.getElement())
                        ? elementAddress(planId, evaluationId, form.getElement())
                        : "redirect:/plans/" + planId + "/evaluations/" + evaluationId + "#titre-errata";
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        if (form.getElement() != null && isWork(planId, evaluationId, form.getElement())) {
            return showElement(planId, evaluationId, form.getElement(), errors.values().iterator().next(), model);
        }
        return show(planId, evaluationId, null, null, errors.values().iterator().next(), model);
    }

    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}/appliquer")
    String applyDecision(@PathVariable long planId, @PathVariable long evaluationId, @PathVariable long nodeId,
            @Valid @ModelAttribute EvaluationForms.Apply form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return step(planId, evaluationId, result, model, redirect, "evaluation.decision.done",
                () -> evaluations.applyDecision(planId, evaluationId, nodeId, form.getInput()));
    }

    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/description")
    String describe(@PathVariable long planId, @PathVariable long evaluationId,
            @Valid @ModelAttribute EvaluationForms.Description form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return step(planId, evaluationId, result, model, redirect, "evaluation.description.saved",
                () -> evaluations.describe(planId, evaluationId, form.getVersion(), form.getIntroduction(),
                        form.getSynergyReview()));
    }

    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/figer")
    String refresh(@PathVariable long planId, @PathVariable long evaluationId,
            @Valid @ModelAttribute EvaluationForms.Step form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return step(planId, evaluationId, result, model, redirect, "evaluation.frozen",
                () -> evaluations.refreshFigures(planId, evaluationId, form.getVersion(), form.getOn()));
    }

    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/valider")
    String validate(@PathVariable long planId, @PathVariable long evaluationId,
            @Valid @ModelAttribute EvaluationForms.Step form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return step(planId, evaluationId, result, model, redirect, "evaluation.validated",
                () -> evaluations.validate(planId, evaluationId, form.getVersion()));
    }

    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/rouvrir")
    String reopen(@PathVariable long planId, @PathVariable long evaluationId,
            @Valid @ModelAttribute EvaluationForms.Step form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return step(planId, evaluationId, result, model, redirect, "evaluation.reopened",
                () -> evaluations.reopen(planId, evaluationId, form.getVersion()));
    }

    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/presenter")
    String present(@PathVariable long planId, @PathVariable long evaluationId,
            @Valid @ModelAttribute EvaluationForms.Step form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return step(planId, evaluationId, result, model, redirect, "evaluation.presented",
                () -> evaluations.present(planId, evaluationId, form.getVersion(), form.getOn(),
                        form.getDeliberation()));
    }

    /** Publishes a presented evaluation with the public PST, or withdraws it ({@code publiee=false}). */
    @PostMapping("/plans/{planId}/evaluations/{evaluationId}/publier")
    String publish(@PathVariable long planId, @PathVariable long evaluationId,
            @Valid @ModelAttribute EvaluationForms.Step form, BindingResult result,
            @org.springframework.web.bind.annotation.RequestParam(name = "publiee", defaultValue = "true")
            boolean published, Model model, RedirectAttributes redirect) {
        return step(planId, evaluationId, result, model, redirect,
                published ? "evaluation.published" : "evaluation.unpublished",
                () -> evaluations.publish(planId, evaluationId, form.getVersion(), published));
    }

    /**
     * The report of an evaluation the DG published, for anyone: the document the council received (without the
     * comparison with an earlier evaluation, which the council read in its own report).
     */
    @GetMapping("/pst/{planId}/evaluations/{evaluationId}/rapport.pdf")
    void publishedPdf(@PathVariable long planId, @PathVariable long evaluationId, Model model,
            HttpServletResponse response) throws IOException {
        Evaluation evaluation = evaluations.findPublished(planId, evaluationId);
        addFrozenReport(evaluation, EvaluationFigures.read(evaluation.getFrozenFigures()), false, model);
        // people are not named to the public: the comments and errata keep their dates, not their authors
        model.addAttribute("publicReport", true);
        response.setContentType("application/pdf");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName(evaluation) + ".pdf\"");
        pdf.pdf("evaluation/report-print", model.asMap(), response.getOutputStream());
    }

    /** One step of the DG: done and back to the page, or the page again with the French reason. */
    private String step(long planId, long evaluationId, BindingResult result, Model model,
            RedirectAttributes redirect, String done, Runnable action) {
        Map<String, String> errors = FormErrors.byField(result, messages);
        if (errors.isEmpty()) {
            try {
                action.run();
                redirect.addFlashAttribute("flash", done);
                return "redirect:/plans/" + planId + "/evaluations/" + evaluationId;
            } catch (ConcurrentModification | OptimisticLockingFailureException conflict) {
                errors.put("global", messages.getMessage("concurrent.modification", null,
                        LocaleContextHolder.getLocale()));
            } catch (RuleViolation refused) {
                errors.put("global", text(refused));
            }
        }
        return show(planId, evaluationId, null, null, errors.values().iterator().next(), model);
    }

    @GetMapping("/plans/{planId}/evaluations/{evaluationId}/rapport")
    String report(@PathVariable long planId, @PathVariable long evaluationId, Model model) {
        reportModel(planId, evaluationId, model);
        return "evaluation/report";
    }

    /** The report's model, as the page, the PDF and the DOCX read it. */
    private Evaluation reportModel(long planId, long evaluationId, Model model) {
        Evaluation evaluation = evaluations.find(planId, evaluationId);
        addReport(evaluation, EvaluationFigures.read(evaluation.getFrozenFigures()), model);
        return evaluation;
    }

    @GetMapping("/plans/{planId}/evaluations/{evaluationId}/rapport.pdf")
    void reportPdf(@PathVariable long planId, @PathVariable long evaluationId, Model model,
            HttpServletResponse response) throws IOException {
        Evaluation evaluation = reportModel(planId, evaluationId, model);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(evaluation) + ".pdf\"");
        pdf.pdf("evaluation/report-print", model.asMap(), response.getOutputStream());
    }

    @GetMapping("/plans/{planId}/evaluations/{evaluationId}/rapport.docx")
    void reportDocx(@PathVariable long planId, @PathVariable long evaluationId, Model model,
            HttpServletResponse response) throws IOException {
        Evaluation evaluation = reportModel(planId, evaluationId, model);
        response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(evaluation) + ".docx\"");
        EvaluationDocument.docx(new EvaluationDocument.Report(evaluation, (FrozenFigures) model.getAttribute("figures"),
                ((ScaleLabels) model.getAttribute("scale"))::label,
                (FinancialReportFigures) model.getAttribute("financial"),
                (String) model.getAttribute("financialCommentary"), minorChanges(model)), this::text,
                response.getOutputStream());
    }

    /** The minor changes the report lists, as the Word document writes them. */
    @SuppressWarnings("unchecked")
    private List<String> minorChanges(Model model) {
        List<be.cpas.pst.domain.publication.VersionView> versions =
                (List<be.cpas.pst.domain.publication.VersionView>) model.getAttribute("minorChanges");
        return versions == null ? List.of() : versions.stream().map(v -> messages.getMessage(
                "evaluation.report.minorChange", new Object[] {v.number(), java.time.format.DateTimeFormatter
                        .ofPattern("dd/MM/yyyy").format(v.decidedOn()), v.summary() == null ? "—"
                        : v.summary()}, LocaleContextHolder.getLocale())).toList();
    }

    private static String fileName(Evaluation evaluation) {
        return "pst-evaluation-" + evaluation.getYear() + "-" + evaluation.getKind().name().toLowerCase();
    }

    private String text(RuleViolation refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

}
