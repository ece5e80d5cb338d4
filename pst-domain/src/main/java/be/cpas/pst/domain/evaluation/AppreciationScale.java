package be.cpas.pst.domain.evaluation;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scale a plan's evaluations appreciate its objectives and work on: the five levels keep their meaning (the
 * regional guide's), the plan words them its own way and may leave out those it does not use. A plan without one
 * uses the default wording and every level.
 */
@Entity
@Table(name = "appreciation_scale")
public class AppreciationScale implements Audited {

    /** The longest wording of a level. */
    public static final int MAX_LABEL = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(length = MAX_LABEL)
    private String achieved;

    @Column(name = "on_track", length = MAX_LABEL)
    private String onTrack;

    @Column(name = "to_strengthen", length = MAX_LABEL)
    private String toStrengthen;

    @Column(name = "not_achieved", length = MAX_LABEL)
    private String notAchieved;

    @Column(name = "not_applicable", length = MAX_LABEL)
    private String notApplicable;

    /** The levels left out, by name, separated by commas. */
    @Column(nullable = false, length = 100)
    private String unused = "";

    @Version
    private long version;

    protected AppreciationScale() {
        // for JPA
    }

    public AppreciationScale(Plan plan) {
        plan.checkEditable();
        this.plan = plan;
    }

    /**
     * Words the levels ({@code null} or blank: the default wording) and says which are used; at least two levels
     * stay in use, two levels may not read the same.
     */
    public void define(Map<Appreciation, String> wording, Set<Appreciation> used) {
        plan.checkEditable();
        if (used.size() < 2) {
            throw new RuleViolation("evaluation.scale.tooFew", "At least two levels are used");
        }
        Map<Appreciation, String> kept = new EnumMap<>(Appreciation.class);
        for (Appreciation level : Appreciation.values()) {
            String text = wording.get(level);
            if (text != null && !text.isBlank()) {
                String label = text.strip();
                if (label.length() > MAX_LABEL) {
                    throw new RuleViolation("node.text.tooLong", "Label too long", MAX_LABEL)
                            .onField(level.name());
                }
                if (kept.containsValue(label)) {
                    throw new RuleViolation("evaluation.scale.duplicate", "Two levels read the same", label)
                            .onField(level.name());
                }
                kept.put(level, label);
            }
        }
        this.achieved = kept.get(Appreciation.ACHIEVED);
        this.onTrack = kept.get(Appreciation.ON_TRACK);
        this.toStrengthen = kept.get(Appreciation.TO_STRENGTHEN);
        this.notAchieved = kept.get(Appreciation.NOT_ACHIEVED);
        this.notApplicable = kept.get(Appreciation.NOT_APPLICABLE);
        this.unused = Arrays.stream(Appreciation.values()).filter(level -> !used.contains(level))
                .map(Enum::name).collect(Collectors.joining(","));
    }

    /** The plan's own wording of a level, if it gave one. */
    public Optional<String> label(Appreciation level) {
        return Optional.ofNullable(switch (level) {
            case ACHIEVED -> achieved;
            case ON_TRACK -> onTrack;
            case TO_STRENGTHEN -> toStrengthen;
            case NOT_ACHIEVED -> notAchieved;
            case NOT_APPLICABLE -> notApplicable;
        });
    }

    /** The levels the plan uses, in the scale's order. */
    public List<Appreciation> used() {
        Set<Appreciation> left = unused.isEmpty() ? EnumSet.noneOf(Appreciation.class)
                : Arrays.stream(unused.split(",")).map(Appreciation::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Appreciation.class)));
        return Arrays.stream(Appreciation.values()).filter(level -> !left.contains(level)).toList();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String auditLabel() {
        return "Échelle d’appréciation";
    }

    @Override
    public Long auditPlanId() {
        return plan.getId();
    }
}
