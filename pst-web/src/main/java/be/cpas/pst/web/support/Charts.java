package be.cpas.pst.web.support;

import be.cpas.pst.domain.progress.ElementView;
import be.cpas.pst.reporting.figures.Figures;
import be.cpas.pst.reporting.figures.Sparklines;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/** The geometry of the small SVG charts pages draw; templates call {@code @charts}. */
@Component("charts")
public class Charts {

    /** An indicator's measured values (oldest first) against its target, or null without any value. */
    public Figures.Sparkline indicator(List<ElementView.Reading> values, BigDecimal target) {
        return Sparklines.of(values.stream().map(ElementView.Reading::value).toList(), target);
    }
}
