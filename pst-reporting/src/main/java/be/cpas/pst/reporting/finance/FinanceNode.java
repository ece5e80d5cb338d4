package be.cpas.pst.reporting.finance;

import be.cpas.pst.domain.planning.NodeKind;

/** An element of the plan's tree, as the financial follow-up places a line under its OO and OS. */
public record FinanceNode(long id, Long parentId, NodeKind kind, int position, String code, String title) {

    /** "1.2.3 Titre", or the title alone when the element has no code. */
    public String label() {
        return code == null || code.isBlank() ? title : code + " " + title;
    }
}
