package be.cpas.pst.web.evaluation;

import be.cpas.pst.domain.vocabulary.StateCategory;
import org.springframework.stereotype.Component;

/**
 * The colours of the report's charts by state, for templates ({@code @chartColours.of(category)}): the SVG is drawn
 * without a style sheet (the PDF's SVG renderer and the page's content policy both refuse one), so the colours are
 * attributes. Each colour holds 3:1 against white, as a graphic must.
 */
@Component("chartColours")
public class ChartColours {

    public String of(StateCategory category) {
        return switch (category) {
            case NOT_STARTED -> "#6b7785";
            case IN_PROGRESS -> "#1f5fa8";
            case SUSPENDED -> "#b26a00";
            case DONE -> "#2e7d4f";
            case ABANDONED -> "#a12b2b";
            case UNDETERMINED -> "#8a7a9e";
        };
    }
}
