package be.cpas.pst.domain.vocabulary;


/** The per-plan vocabularies, editable data rather than enums. */
public enum Vocabulary {
    PRIORITY,
    STATE,
    SERVICE,
    PARTNER,
    PERSON,
    POLITICAL_OBJECTIVE
}
