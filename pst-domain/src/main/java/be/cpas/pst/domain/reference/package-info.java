/** Reference data shared by every plan: the 17 ODD and the 4 Walloon enjeux. */
package be.cpas.pst.domain.reference;
