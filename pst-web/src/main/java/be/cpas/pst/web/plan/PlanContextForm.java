package be.cpas.pst.web.plan;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.SwotItem;
import be.cpas.pst.domain.plan.SwotQuadrant;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A plan's title, mandate, follow-up thresholds and context; the AFOM lists one item per line. */
public class PlanContextForm {

    private static final int LONG_TEXT = 50_000;

    private long version;
    @NotBlank(message = "{plan.title.required}")
    @Size(max = 300, message = "{form.tooLong}")
    private String title;
    @NotNull(message = "{plan.period.required}")
    private Integer periodStart;
    @NotNull(message = "{plan.period.required}")
    private Integer periodEnd;
    @NotNull(message = "{plan.thresholds.invalid}")
    @Min(value = 1, message = "{plan.thresholds.invalid}")
    @Max(value = 366, message = "{plan.thresholds.invalid}")
    private Integer staleAfterDays;
    @NotNull(message = "{plan.thresholds.invalid}")
    @Min(value = 1, message = "{plan.thresholds.invalid}")
    @Max(value = 366, message = "{plan.thresholds.invalid}")
    private Integer dueSoonDays;
    @Size(max = LONG_TEXT, message = "{form.tooLong}")
    private String dpsSummary;
    @Size(max = LONG_TEXT, message = "{form.tooLong}")
    private String introduction;
    @Size(max = LONG_TEXT, message = "{form.tooLong}")
    private String values;
    @Size(max = LONG_TEXT, message = "{form.tooLong}")
    private String politicalVision;
    @Size(max = LONG_TEXT, message = "{form.tooLong}")
    private String resources;
    @Size(max = LONG_TEXT, message = "{form.tooLong}")
    private String conclusion;
    @Size(max = LONG_TEXT, message = "{form.tooLong}")
    private String strengths;
    @Size(max = LONG_TEXT, message = "{form.tooLong}")
    private String weaknesses;
    @Size(max = LONG_TEXT, message = "{form.tooLong}")
    private String opportunities;
    @Size(max = LONG_TEXT, message = "{form.tooLong}")
    private String threats;
    /** The INS (NIS) code of the municipality, five digits: eComptes recognises the CPAS by it. */
    @Pattern(regexp = "\\s*(\\d{5})?\\s*", message = "{context.insCode.invalid}")
    private String insCode;

    static PlanContextForm of(Plan plan) {
        PlanContextForm form = new PlanContextForm();
        form.version = plan.getVersion();
        form.title = plan.getTitle();
        form.periodStart = plan.getPeriodStart();
        form.periodEnd = plan.getPeriodEnd();
        form.staleAfterDays = plan.getStaleAfterDays();
        form.dueSoonDays = plan.getDueSoonDays();
        form.dpsSummary = plan.getContext().dpsSummary();
        form.introduction = plan.getContext().introduction();
        form.values = plan.getContext().values();
        form.politicalVision = plan.getContext().politicalVision();
        form.resources = plan.getContext().resources();
        form.conclusion = plan.getContext().conclusion();
        form.strengths = lines(plan, SwotQuadrant.STRENGTH);
        form.weaknesses = lines(plan, SwotQuadrant.WEAKNESS);
        form.opportunities = lines(plan, SwotQuadrant.OPPORTUNITY);
        form.threats = lines(plan, SwotQuadrant.THREAT);
        form.insCode = plan.getOrganisation().getInsCode();
        return form;
    }

    private static String lines(Plan plan, SwotQuadrant quadrant) {
        return plan.getSwot().stream().filter(item -> item.quadrant() == quadrant).map(SwotItem::text)
                .collect(Collectors.joining("\n"));
    }

    /** The AFOM items, one per non-empty line, quadrant by quadrant. */
    List<SwotItem> swot() {
        List<SwotItem> items = new ArrayList<>();
        add(items, SwotQuadrant.STRENGTH, strengths);
        add(items, SwotQuadrant.WEAKNESS, weaknesses);
        add(items, SwotQuadrant.OPPORTUNITY, opportunities);
        add(items, SwotQuadrant.THREAT, threats);
        return items;
    }

    private static void add(List<SwotItem> items, SwotQuadrant quadrant, String text) {
        if (text != null) {
            Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> items.add(new SwotItem(quadrant, line)));
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(Integer periodStart) {
        this.periodStart = periodStart;
    }

    public Integer getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(Integer periodEnd) {
        this.periodEnd = periodEnd;
    }

    public Integer getStaleAfterDays() {
        return staleAfterDays;
    }

    public void setStaleAfterDays(Integer staleAfterDays) {
        this.staleAfterDays = staleAfterDays;
    }

    public Integer getDueSoonDays() {
        return dueSoonDays;
    }

    public void setDueSoonDays(Integer dueSoonDays) {
        this.dueSoonDays = dueSoonDays;
    }

    public String getDpsSummary() {
        return dpsSummary;
    }

    public void setDpsSummary(String dpsSummary) {
        this.dpsSummary = dpsSummary;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public String getValues() {
        return values;
    }

    public void setValues(String values) {
        this.values = values;
    }

    public String getPoliticalVision() {
        return politicalVision;
    }

    public void setPoliticalVision(String politicalVision) {
        this.politicalVision = politicalVision;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    public void setWeaknesses(String weaknesses) {
        this.weaknesses = weaknesses;
    }

    public String getOpportunities() {
        return opportunities;
    }

    public void setOpportunities(String opportunities) {
        this.opportunities = opportunities;
    }

    public String getThreats() {
        return threats;
    }

    public void setThreats(String threats) {
        this.threats = threats;
    }

    public String getInsCode() {
        return insCode;
    }

    public void setInsCode(String insCode) {
        this.insCode = insCode;
    }
}
