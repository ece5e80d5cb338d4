/**
 * The published PST for citizens and council members (no account), and its management by the DG: adoption and
 * versions, differences, publication settings, published progress.
 */
package be.cpas.pst.web.publication;
