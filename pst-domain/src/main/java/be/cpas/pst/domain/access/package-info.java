/** Who may do what: the one access policy that every service consults before a change. */
package be.cpas.pst.domain.access;
