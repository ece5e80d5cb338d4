/** The evaluation of a plan by the CODIR and its report to the Conseil de l'Action Sociale. */
package be.cpas.pst.web.evaluation;
