package be.cpas.pst.domain.reference;

import java.util.Arrays;

/** The 17 objectifs de développement durable of the United Nations, with their French names and official colours. */
public enum SustainableDevelopmentGoal {
    ODD_1(1, "Pas de pauvreté", "#E5243B"),
    ODD_2(2, "Faim « zéro »", "#DDA63A"),
    ODD_3(3, "Bonne santé et bien-être", "#4C9F38"),
    ODD_4(4, "Éducation de qualité", "#C5192D"),
    ODD_5(5, "Égalité entre les sexes", "#FF3A21"),
    ODD_6(6, "Eau propre et assainissement", "#26BDE2"),
    ODD_7(7, "Énergie propre et d’un coût abordable", "#FCC30B"),
    ODD_8(8, "Travail décent et croissance économique", "#A21942"),
    ODD_9(9, "Industrie, innovation et infrastructure", "#FD6925"),
    ODD_10(10, "Inégalités réduites", "#DD1367"),
    ODD_11(11, "Villes et communautés durables", "#FD9D24"),
    ODD_12(12, "Consommation et production responsables", "#BF8B2E"),
    ODD_13(13, "Mesures relatives à la lutte contre les changements climatiques", "#3F7E44"),
    ODD_14(14, "Vie aquatique", "#0A97D9"),
    ODD_15(15, "Vie terrestre", "#56C02B"),
    ODD_16(16, "Paix, justice et institutions efficaces", "#00689D"),
    ODD_17(17, "Partenariats pour la réalisation des objectifs", "#19486A");

    private final int number;
    private final String frenchName;
    private final String colour;

    SustainableDevelopmentGoal(int number, String frenchName, String colour) {
        this.number = number;
        this.frenchName = frenchName;
        this.colour = colour;
    }

    public static SustainableDevelopmentGoal of(int number) {
        return Arrays.stream(values()).filter(goal -> goal.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No ODD " + number));
    }

    public int number() {
        return number;
    }

    public String frenchName() {
        return frenchName;
    }

    public String colour() {
        return colour;
    }
}
