/** The web layer: controllers, forms, security configuration; business rules stay in the domain. */
package be.cpas.pst.web;
