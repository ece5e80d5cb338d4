/** Who may do what: roles, the person acting, and the one access policy every service consults before a change. */
package be.cpas.pst.domain.access;
