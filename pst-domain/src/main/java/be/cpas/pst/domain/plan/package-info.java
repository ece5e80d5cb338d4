/** A PST itself: its title and mandate, status, context (DPS, AFOM, vision) and follow-up settings. */
package be.cpas.pst.domain.plan;
