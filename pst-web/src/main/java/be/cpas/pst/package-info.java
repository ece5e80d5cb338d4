/** Root package of the PST application; each module adds its layer below it. */
package be.cpas.pst;
