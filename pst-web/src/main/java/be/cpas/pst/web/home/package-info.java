/** The home page shown after sign-in. */
package be.cpas.pst.web.home;
