package be.cpas.pst.domain.shared;


/**
 * The characters a text typed by a person never holds, whatever its field: control characters other than tabs and
 * line breaks (a NUL byte cannot even be stored), and the invisible marks that reverse the direction of writing (a
 * title holding U+202E is shown backwards, "fdp.erutcaf" for "facture.pdf").
 */
public final class TypedText {

    private TypedText() {
    }

    /** Whether the text holds a character no person types ({@code null}: no). */
    public static boolean holdsForbidden(String text) {
        return text != null && text.codePoints().anyMatch(TypedText::isForbidden);
    }

    static boolean isForbidden(int character) {
        return character < 0x20 && character != '\t' && character != '\n' && character != '\r'
                || character >= 0x7f && character <= 0x9f
                // direction marks, embeddings, overrides and isolates
                || character == 0x061c || character == 0x200e || character == 0x200f
                || character >= 0x202a && character <= 0x202e || character >= 0x2066 && character <= 0x2069;
    }
}
