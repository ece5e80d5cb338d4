/** The plan file format (JSON, documented in docs/plan-format.md): all-or-nothing import, and export. */
package be.cpas.pst.persistence.planfile;
