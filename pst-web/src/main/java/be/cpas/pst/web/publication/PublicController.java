package be.cpas.pst.web.publication;

import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.reporting.export.TableWriter;
import be.cpas.pst.reporting.publication.PublicDocument;
import be.cpas.pst.reporting.publication.PublicElement;
import be.cpas.pst.reporting.publication.PublicPlan;
import be.cpas.pst.reporting.publication.PublicPlans;
import be.cpas.pst.reporting.publication.PublicTable;
import be.cpas.pst.web.security.LandingPage;
import be.cpas.pst.web.support.PdfDocuments;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public PST: no account needed, stable addresses that can be shared, pages that work without JavaScript. What
 * a plan publishes changes only when the DG records an adoption or publishes progress or an evaluation, so every page
 * answers {@code 304 Not Modified} to a visitor who already has it, and anonymous pages may be kept by any cache for
 * a few minutes.
 */
@Controller
class PublicController {

    private static final CacheControl ANONYMOUS = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
    private static final CacheControl SIGNED_IN = CacheControl.noCache().cachePrivate();

    private final PublicPlans plans;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    PublicController(PublicPlans plans, PdfDocuments pdf, MessageSource messages) {
        this.plans = plans;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The application's address: the published plans for a visitor; a signed-in person's own first page. */
    @GetMapping("/")
    String root(Principal principal, Model model, HttpServletResponse response) {
        if (principal instanceof org.springframework.security.core.Authentication signedIn) {
            return "redirect:" + LandingPage.landing(signedIn);
        }
        return home(principal, model, response);
    }

    @GetMapping("/pst")
    String home(Principal principal, Model model, HttpServletResponse response) {
        cache(principal, response);
        List<PublicPlans.Listing> listings = plans.listings();
        model.addAttribute("listings", listings);
        return "publication/home";
    }

    @GetMapping("/pst/{planId}")
    String plan(@PathVariable long planId, @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "odd", required = false) Integer sdg,
            @RequestParam(name = "os", required = false) Long strategic,
            @RequestParam(name = "etat", required = false) String category, Principal principal,
            WebRequest request, HttpServletResponse response, Model model) {
        PublicPlans.Stamp stamp = stamp(planId);
        if (notModified(stamp, principal, request, response)) {
            return null;
        }
        PublicPlan plan = plans.published(stamp);
        boolean searching = query != null && !query.isBlank() || sdg != null || strategic != null
                || category != null && !category.isBlank();
        model.addAttribute("p", plan);
        model.addAttribute("searching", searching);
        model.addAttribute("found", searching ? plan.search(query, sdg, strategic, category) : List.of());
        model.addAttribute("q", query);
        model.addAttribute("odd", sdg);
        model.addAttribute("os", strategic);
        model.addAttribute("etat", category);
        return "publication/plan";
    }

    @GetMapping("/pst/{planId}/contexte")
    String context(@PathVariable long planId, Principal principal, WebRequest request,
            HttpServletResponse response, Model model) {
        PublicPlans.Stamp stamp = stamp(planId);
        if (notModified(stamp, principal, request, response)) {
            return null;
        }
        model.addAttribute("p", plans.published(stamp));
        return "publication/context";
    }

    @GetMapping("/pst/{planId}/elements/{elementId}")
    String element(@PathVariable long planId, @PathVariable long elementId, Principal principal,
            WebRequest request, HttpServletResponse response, Model model) {
        PublicPlans.Stamp stamp = stamp(planId);
        PublicPlan plan = plans.published(stamp);
        PublicElement element = plan.byId().get(elementId);
        if (element == null) {
            throw new NotFound("public.element.notFound", "No public element " + elementId);
        }
        if (notModified(stamp, principal, request, response)) {
            return null;
        }
        model.addAttribute("p", plan);
        model.addAttribute("e", element);
        return "publication/element";
    }

    @GetMapping("/pst/{planId}/pst.pdf")
    void pdf(@PathVariable long planId, Principal principal, WebRequest request, HttpServletResponse response)
            throws IOException {
        download(planId, principal, request, response, "application/pdf", "pdf",
                plan -> response.getOutputStream().write(pdf.pdf("publication/print", Map.of("p", plan))));
    }

    @GetMapping("/pst/{planId}/pst.docx")
    void docx(@PathVariable long planId, Principal principal, WebRequest request, HttpServletResponse response)
            throws IOException {
        download(planId, principal, request, response,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
                plan -> PublicDocument.docx(plan, this::text, response.getOutputStream()));
    }

    /** The public content as open data: the plan-file format without any non-public field. */
    @GetMapping("/pst/{planId}/donnees.json")
    void json(@PathVariable long planId, Principal principal, WebRequest request, HttpServletResponse response)
            throws IOException {
        download(planId, principal, request, response, "application/json;charset=UTF-8", "json",
                plan -> response.getOutputStream().write(plans.openData(plan)));
    }

    /** The public content as open data, one element per row. */
    @GetMapping("/pst/{planId}/donnees.csv")
    void csv(@PathVariable long planId, Principal principal, WebRequest request, HttpServletResponse response)
            throws IOException {
        download(planId, principal, request, response, "text/csv;charset=UTF-8", "csv",
                plan -> TableWriter.csv(PublicTable.of(plan, this::text), response.getOutputStream()));
    }

    /** What writes a download of the published plan. */
    @FunctionalInterface
    private interface Writer {
        void write(PublicPlan plan) throws IOException;
    }

    /** A download of the published plan: {@code 304} if the visitor has it, else its type, name and content. */
    private void download(long planId, Principal principal, WebRequest request, HttpServletResponse response,
            String type, String extension, Writer writer) throws IOException {
        PublicPlans.Stamp stamp = stamp(planId);
        if (notModified(stamp, principal, request, response)) {
            return;
        }
        PublicPlan plan = plans.published(stamp);
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"pst-" + plan.start() + "-" + plan.end()
                + "-v" + plan.version().number() + "." + extension + "\"");
        writer.write(plan);
    }

    @GetMapping("/accessibilite")
    String accessibility(Principal principal, HttpServletResponse response) {
        cache(principal, response);
        return "publication/accessibility";
    }

    private PublicPlans.Stamp stamp(long planId) {
        return plans.stamp(planId).orElseThrow(() -> new NotFound("public.plan.notFound",
                "No published plan " + planId));
    }

    /** Answers 304 when the visitor has this state already; sets the caching headers otherwise. */
    private static boolean notModified(PublicPlans.Stamp stamp, Principal principal, WebRequest request,
            HttpServletResponse response) {
        cache(principal, response);
        // the published state changes when a version is adopted, progress or an evaluation published
        return request.checkNotModified(stamp.etag(), stamp.lastModified().toEpochMilli());
    }

    private static void cache(Principal principal, HttpServletResponse response) {
        response.setHeader("Cache-Control", (principal == null ? ANONYMOUS : SIGNED_IN).getHeaderValue());
        if (principal != null) {
            response.setHeader("Vary", "Cookie");
        }
    }


    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
