package be.cpas.pst.web.support;

import java.beans.PropertyEditorSupport;

/**
 * Binds a text as typed, but refuses control characters other than tabs and line breaks (a NUL byte cannot be stored
 * by PostgreSQL and never comes from a keyboard): the binding error becomes the field's French message
 * ({@code typeMismatch}).
 */
final class SafeText extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text != null && text.chars().anyMatch(SafeText::isForbidden)) {
            throw new IllegalArgumentException("A control character was sent in a text");
        }
        setValue(text);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }

    private static boolean isForbidden(int character) {
        return character < 0x20 && character != '\t' && character != '\n' && character != '\r'
                || character == 0x7f;
    }
}
