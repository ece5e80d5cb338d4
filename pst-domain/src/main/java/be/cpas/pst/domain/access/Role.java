package be.cpas.pst.domain.access;


/** What a person does in the CPAS; an account may hold several roles. */
public enum Role {
    /** Application manager: accounts, vocabularies. */
    ADMIN,
    /** Directeur général, "référent PST": everything on plan content. */
    DG,
    /** Directeur financier, "référent financier": budgets and financial follow-up. */
    DF,
    /** Member of the management committee: pilote of projects. */
    CODIR,
    /** Chef de projet or agent: keeps their actions up to date. */
    AGENT,
    /** Member of the Conseil de l'Action Sociale: reads the adopted plan. */
    CONSEILLER
}
