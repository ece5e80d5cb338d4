package be.cpas.pst.domain.reference;

import java.util.Arrays;

/** The four enjeux in which Walloon local authorities group the ODD. */
public enum WalloonEnjeu {
    DEMOCRATIC(1, "Enjeu démocratique"),
    GOVERNANCE(2, "Enjeu de la gouvernance et de la gestion performante"),
    TRANSITION(3, "Enjeu de la transition des communautés et des territoires"),
    SOCIAL_COHESION(4, "Enjeu de la cohésion sociale");

    private final int number;
    private final String frenchName;

    WalloonEnjeu(int number, String frenchName) {
        this.number = number;
        this.frenchName = frenchName;
    }

    public static WalloonEnjeu of(int number) {
        return Arrays.stream(values()).filter(enjeu -> enjeu.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No enjeu " + number));
    }

    public int number() {
        return number;
    }

    public String frenchName() {
        return frenchName;
    }
}
