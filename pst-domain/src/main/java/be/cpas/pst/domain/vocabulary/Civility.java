package be.cpas.pst.domain.vocabulary;


/** How a person is addressed, as the accounting's exchange format writes it. */
public enum Civility {
    MADAME,
    MONSIEUR
}
