package be.cpas.pst.reporting.figures;


/** An entry of one of the plan's vocabularies, for the filters. */
public record Choice(String vocabulary, long id, String label) {
}
