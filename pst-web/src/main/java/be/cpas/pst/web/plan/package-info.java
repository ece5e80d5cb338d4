/** Reading a plan in the browser: the list of plans and a plan's tree. */
package be.cpas.pst.web.plan;
