/** Command-line use of the application: import and export plan files without starting the web server. */
package be.cpas.pst.cli;
