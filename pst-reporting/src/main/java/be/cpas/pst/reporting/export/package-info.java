/** Writers of tables as the DF and the DG open them: CSV for Belgian Excel, and XLSX. */
package be.cpas.pst.reporting.export;
