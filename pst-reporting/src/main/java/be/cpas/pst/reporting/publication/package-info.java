/**
 * The published PST: the public content of an adopted version (what its publication settings let through, and never
 * an internal field), with the progress the DG published; the differences between versions; the public downloads.
 */
package be.cpas.pst.reporting.publication;
