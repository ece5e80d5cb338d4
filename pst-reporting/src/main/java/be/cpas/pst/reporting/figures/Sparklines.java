package be.cpas.pst.reporting.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The geometry of an indicator's sparkline: values spread evenly over 100 units, scaled into 24 (top = highest). */
public final class Sparklines {

    static final double WIDTH = 100;
    static final double HEIGHT = 24;
    private static final double MARGIN = 2;

    private Sparklines() {
    }

    public static Figures.Sparkline of(List<BigDecimal> values, BigDecimal target) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> all = new ArrayList<>(values.stream().map(BigDecimal::doubleValue).toList());
        if (target != null) {
            all.add(target.doubleValue());
        }
        double min = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder points = new StringBuilder();
        String lastX = null;
        String lastY = null;
        for (int i = 0; i < values.size(); i++) {
            lastX = format(values.size() == 1 ? WIDTH / 2 : WIDTH * i / (values.size() - 1));
            lastY = format(y(values.get(i).doubleValue(), min, max));
            points.append(i == 0 ? "" : " ").append(lastX).append(',').append(lastY);
        }
        Double targetY = target == null ? null : Double.valueOf(format(y(target.doubleValue(), min, max)));
        return new Figures.Sparkline(points.toString(), targetY, lastX, lastY);
    }

    private static double y(double value, double min, double max) {
        if (max == min) {
            return HEIGHT / 2;
        }
        return MARGIN + (HEIGHT - 2 * MARGIN) * (max - value) / (max - min);
    }

    /** One decimal, without the cost of a formatter: the page draws hundreds of these. */
    private static String format(double value) {
        return Double.toString(Math.round(value * 10) / 10.0);
    }
}
