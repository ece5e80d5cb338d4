/** Pages of the plans themselves: the list, the tree with search and filters, the plan's context. */
package be.cpas.pst.web.plan;
