/** What every feature of the domain shares: the refusal of a rule, a concurrent change, something not found. */
package be.cpas.pst.domain.shared;
