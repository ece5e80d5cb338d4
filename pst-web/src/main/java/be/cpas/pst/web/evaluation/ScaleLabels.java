package be.cpas.pst.web.evaluation;

import be.cpas.pst.domain.evaluation.Appreciation;
import be.cpas.pst.domain.evaluation.Evaluations;
import java.util.List;
import java.util.function.Function;

/**
 * The appreciation levels as a plan's pages and reports word them ({@code ${scale.label(level)}}): the plan's own
 * wording, else the default French one.
 */
public final class ScaleLabels {

    private final Evaluations.Scale scale;
    private final Function<String, String> text;

    ScaleLabels(Evaluations.Scale scale, Function<String, String> text) {
        this.scale = scale;
        this.text = text;
    }

    public String label(Appreciation level) {
        String own = scale.wording().get(level);
        return own != null ? own : text.apply("evaluation.appreciation." + level.name());
    }

    /** The levels the plan uses, in order (what a pilote chooses from). */
    public List<Appreciation> used() {
        return scale.used();
    }

    /** The name of a level's wording in the scale's form. */
    public String field(Appreciation level) {
        return switch (level) {
            case ACHIEVED -> "achieved";
            case ON_TRACK -> "onTrack";
            case TO_STRENGTHEN -> "toStrengthen";
            case NOT_ACHIEVED -> "notAchieved";
            case NOT_APPLICABLE -> "notApplicable";
        };
    }

    /** The default wording of a level (the form's placeholder). */
    public String standard(Appreciation level) {
        return text.apply("evaluation.appreciation." + level.name());
    }
}
