/** What the application tells the person who starts it. */
package be.cpas.pst.web.startup;
