package be.cpas.pst.web.dashboard;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.access.AccessRefused;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.progress.PlanCatalogue;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.reporting.campaign.CampaignFigures;
import be.cpas.pst.reporting.dashboard.DashboardService;
import be.cpas.pst.reporting.export.Table;
import be.cpas.pst.reporting.export.TableWriter;
import be.cpas.pst.reporting.figures.Figures;
import be.cpas.pst.reporting.figures.WorkLine;
import be.cpas.pst.reporting.figures.WorkSelector;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The CODIR dashboard of a plan, its drill-down lists, and their CSV/XLSX exports. The filters live in the URL;
 * an htmx request gets only the results, any other the full page.
 */
@Controller
class DashboardController {

    static final int PAGE_SIZE = 50;

    private final DashboardService dashboards;
    private final PlanCatalogue catalogue;
    private final MessageSource messages;
    private final CampaignFigures campaigns;
    private final AccessPolicy policy;

    DashboardController(DashboardService dashboards, PlanCatalogue catalogue, MessageSource messages,
            CampaignFigures campaigns, AccessPolicy policy) {
        this.dashboards = dashboards;
        this.catalogue = catalogue;
        this.messages = messages;
        this.campaigns = campaigns;
        this.policy = policy;
    }

    /** The dashboard of the most recent plan the person may read it for. */
    @GetMapping("/tableau-de-bord")
    String current() {
        List<Plan> plans = catalogue.plans();
        if (plans.isEmpty()) {
            // a new installation: the plans page says how to bring in the first one
            return "redirect:/plans";
        }
        return plans.stream().map(Plan::getId).filter(dashboards::mayRead).findFirst()
                .map(planId -> "redirect:/plans/" + planId + "/tableau-de-bord")
                .orElseThrow(() -> new AccessRefused("No dashboard to read"));
    }

    @GetMapping("/plans/{planId}/tableau-de-bord")
    String dashboard(@PathVariable long planId, @ModelAttribute("filters") DashboardFilterForm filters,
            BindingResult ignoredUnparsableFilters, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Figures dashboard = dashboards.dashboard(planId, filters.toFilter())
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        List<Figures.ObjectiveGroup> groups = new ArrayList<>(dashboard.objectiveGroups());
        if (filters.isSortedByAttention()) {
            groups.replaceAll(Figures.ObjectiveGroup::byAttention);
            groups.sort(Comparator.comparingLong(Figures.ObjectiveGroup::attention).reversed());
        }
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("groups", groups);
        model.addAttribute("links", new DashboardLinks(planId, filters.query()));
        if (htmx == null && policy.mayFollowCampaigns()) {
            campaigns.summary(planId).ifPresent(summary -> model.addAttribute("campaign", summary));
        }
        return htmx != null ? "dashboard/index :: results" : "dashboard/index";
    }

    /**
     * One OS of the "by objective" table, opened (with its OOs) or closed, for htmx; any other request is sent to the
     * dashboard narrowed to that OS, which shows its OOs.
     */
    @GetMapping("/plans/{planId}/tableau-de-bord/objectifs/{nodeId}")
    String objective(@PathVariable long planId, @PathVariable long nodeId,
            @ModelAttribute("filters") DashboardFilterForm filters, BindingResult ignoredUnparsableFilters,
            @RequestParam(name = "ouvert", defaultValue = "true") boolean open, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Figures dashboard = dashboards.dashboard(planId, filters.toFilter())
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        Figures.ObjectiveGroup group = dashboard.objectiveGroups().stream()
                .filter(candidate -> candidate.strategic() != null && candidate.strategic().node().id() == nodeId)
                .findFirst().orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        DashboardLinks links = new DashboardLinks(planId, filters.query());
        if (htmx == null) {
            return "redirect:" + links.narrowedTo(nodeId);
        }
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("group", filters.isSortedByAttention() ? group.byAttention() : group);
        model.addAttribute("open", open);
        model.addAttribute("swapped", true);
        model.addAttribute("links", links);
        return "dashboard/index :: objective-group";
    }

    /** Every indicator under the filters, the most worrying first, a page at a time. */
    @GetMapping("/plans/{planId}/tableau-de-bord/indicateurs")
    String indicators(@PathVariable long planId, @ModelAttribute("filters") DashboardFilterForm filters,
            BindingResult ignoredUnparsableFilters, @RequestParam(defaultValue = "1") int page, Model model) {
        Figures dashboard = dashboards.dashboard(planId, filters.toFilter())
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        model.addAttribute("dashboard", dashboard);
        addPage(model, "indicatorLines", dashboard.indicators(), page);
        model.addAttribute("links", new DashboardLinks(planId, filters.query()));
        return "dashboard/indicators";
    }

    @GetMapping("/plans/{planId}/tableau-de-bord/indicateurs.csv")
    void indicatorsCsv(@PathVariable long planId, @ModelAttribute("filters") DashboardFilterForm filters,
            BindingResult ignoredUnparsableFilters, HttpServletResponse response) throws IOException {
        writeCsv(indicatorTable(planId, filters), "indicateurs", response);
    }

    @GetMapping("/plans/{planId}/tableau-de-bord/indicateurs.xlsx")
    void indicatorsXlsx(@PathVariable long planId, @ModelAttribute("filters") DashboardFilterForm filters,
            BindingResult ignoredUnparsableFilters, HttpServletResponse response) throws IOException {
        writeXlsx(indicatorTable(planId, filters), "indicateurs", response);
    }

    /** The indicators as a table: the page's columns, with every measured value's date and figure. */
    private Table indicatorTable(long planId, DashboardFilterForm filters) {
        Figures dashboard = dashboards.dashboard(planId, filters.toFilter())
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
        List<String> headers = List.of(text("dashboard.col.indicator"), text("dashboard.col.unit"),
                text("dashboard.col.code"), text("dashboard.col.title"), text("dashboard.col.status"),
                text("dashboard.col.baseline"), text("dashboard.col.latest"), text("dashboard.col.target"),
                text("dashboard.col.targetDate"), text("dashboard.col.values"));
        List<List<Object>> rows = new ArrayList<>();
        for (Figures.IndicatorLine line : dashboard.indicators()) {
            var indicator = line.indicator();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < indicator.values().size(); i++) {
                values.add(indicator.dates().get(i) + " : " + indicator.values().get(i).toPlainString());
            }
            List<Object> row = new ArrayList<>();
            row.add(indicator.name());
            row.add(indicator.unit());
            row.add(line.work().code());
            row.add(line.work().title());
            row.add(text("indicator.status." + line.status().name()));
            row.add(indicator.baselineValue());
            row.add(line.latest());
            row.add(indicator.targetValue());
            row.add(indicator.targetDate());
            row.add(String.join(" ; ", values));
            rows.add(row);
        }
        return new Table(text("dashboard.indicators"), headers, rows);
    }

    @GetMapping("/plans/{planId}/tableau-de-bord/liste/{key}")
    String list(@PathVariable long planId, @PathVariable String key,
            @ModelAttribute("filters") DashboardFilterForm filters, BindingResult ignoredUnparsableFilters,
            @RequestParam(defaultValue = "1") int page, Model model) {
        DashboardService.WorkList list = workList(planId, key, filters);
        model.addAttribute("list", list);
        model.addAttribute("listKind", list.selector().kind());
        addPage(model, "lines", list.lines(), page);
        model.addAttribute("links", new DashboardLinks(planId, filters.query()));
        return "dashboard/list";
    }

    @GetMapping("/plans/{planId}/tableau-de-bord/liste/{key}.csv")
    void csv(@PathVariable long planId, @PathVariable String key,
            @ModelAttribute("filters") DashboardFilterForm filters, BindingResult ignoredUnparsableFilters,
            HttpServletResponse response) throws IOException {
        writeCsv(table(workList(planId, key, filters)), key, response);
    }

    @GetMapping("/plans/{planId}/tableau-de-bord/liste/{key}.xlsx")
    void xlsx(@PathVariable long planId, @PathVariable String key,
            @ModelAttribute("filters") DashboardFilterForm filters, BindingResult ignoredUnparsableFilters,
            HttpServletResponse response) throws IOException {
        writeXlsx(table(workList(planId, key, filters)), key, response);
    }

    private DashboardService.WorkList workList(long planId, String key, DashboardFilterForm filters) {
        WorkSelector selector = WorkSelector.parse(key)
                .orElseThrow(() -> new NotFound("page.notFound", "No list " + key));
        return dashboards.workList(planId, filters.toFilter(), selector)
                .orElseThrow(() -> new NotFound("page.notFound", "No such page"));
    }

    private static void writeCsv(Table table, String name, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(name) + ".csv\"");
        TableWriter.csv(table, response.getOutputStream());
    }

    private static void writeXlsx(Table table, String name, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(name) + ".xlsx\"");
        TableWriter.xlsx(table, response.getOutputStream());
    }

    /** One page of a list into the model: its lines ({@code linesName}), the page number and the page count. */
    private static void addPage(Model model, String linesName, List<?> all, int page) {
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute(linesName, all.subList((current - 1) * PAGE_SIZE, Math.min(current * PAGE_SIZE, all.size())));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
    }

    private static String fileName(String key) {
        return "pst-" + key.replaceAll("[^A-Za-z0-9-]", "") + "-" + LocalDate.now();
    }

    /** The list as a table, with the same columns as the page. */
    private Table table(DashboardService.WorkList list) {
        List<String> headers = List.of(text("dashboard.col.code"), text("dashboard.col.title"),
                text("dashboard.col.objective"), text("dashboard.col.state"), text("dashboard.col.percent"),
                text("dashboard.col.priority"), text("dashboard.col.pilote"), text("dashboard.col.responsable"),
                text("dashboard.col.deadline"), text("dashboard.col.dueDate"), text("dashboard.col.daysLate"),
                text("dashboard.col.lastUpdate"), text("dashboard.col.reason"));
        List<List<Object>> rows = new ArrayList<>();
        for (WorkLine line : list.lines()) {
            var node = line.node();
            List<Object> row = new ArrayList<>();
            row.add(node.code());
            row.add(node.title());
            row.add(line.objective() == null ? null
                    : (line.objective().code() == null ? "" : line.objective().code() + " ") + line.objective().title());
            row.add(node.stateLabel());
            row.add(line.percent() < 0 ? null : line.percent());
            row.add(node.priorityCode());
            row.add(node.piloteName());
            row.add(node.responsableLabel());
            row.add(node.deadlineText());
            row.add(node.dueDate());
            row.add(line.late() ? line.daysLate() : null);
            row.add(node.lastUpdate());
            row.add(node.stateReason());
            rows.add(row);
        }
        return new Table(text("dashboard.list." + list.selector().kind()), headers, rows);
    }


    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** Links that keep the current filters. */
    public record DashboardLinks(long planId, String query) {

        public String dashboard() {
            return "/plans/" + planId + "/tableau-de-bord" + query;
        }

        public String sortedByAttention() {
            return "/plans/" + planId + "/tableau-de-bord" + (query.isEmpty() ? "?" : query + "&") + "tri=attention";
        }

        public String list(String key) {
            return "/plans/" + planId + "/tableau-de-bord/liste/" + key + query;
        }

        public String export(String key, String format) {
            return "/plans/" + planId + "/tableau-de-bord/liste/" + key + "." + format + query;
        }

        public String indicators() {
            return "/plans/" + planId + "/tableau-de-bord/indicateurs" + query;
        }

        public String indicatorsExport(String format) {
            return "/plans/" + planId + "/tableau-de-bord/indicateurs." + format + query;
        }

        public String indicatorsPage(int page) {
            return "/plans/" + planId + "/tableau-de-bord/indicateurs" + (query.isEmpty() ? "?" : query + "&")
                    + "page=" + page;
        }

        /** The fragment of one OS of the "by objective" table, opened or closed. */
        public String objective(long nodeId, boolean open, boolean sortedByAttention) {
            return "/plans/" + planId + "/tableau-de-bord/objectifs/" + nodeId + (query.isEmpty() ? "?" : query + "&")
                    + "ouvert=" + open + (sortedByAttention ? "&tri=attention" : "");
        }

        /** The dashboard narrowed to one OS, other filters kept (opening an OS without script). */
        public String narrowedTo(long nodeId) {
            String others = java.util.Arrays.stream(query.isEmpty() ? new String[0] : query.substring(1).split("&"))
                    .filter(parameter -> !parameter.startsWith("os=")).collect(java.util.stream.Collectors.joining("&"));
            return "/plans/" + planId + "/tableau-de-bord?" + (others.isEmpty() ? "" : others + "&") + "os=" + nodeId;
        }

        public String page(String key, int page) {
            return "/plans/" + planId + "/tableau-de-bord/liste/" + key + (query.isEmpty() ? "?" : query + "&")
                    + "page=" + page;
        }
    }
}
