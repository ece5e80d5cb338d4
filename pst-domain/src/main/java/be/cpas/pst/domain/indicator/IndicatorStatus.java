package be.cpas.pst.domain.indicator;


/** Where an indicator stands against its target. */
public enum IndicatorStatus {
    ACHIEVED,
    ON_TRACK,
    NEEDS_ACCELERATION,
    OFF_TRACK,
    NO_DATA
}
