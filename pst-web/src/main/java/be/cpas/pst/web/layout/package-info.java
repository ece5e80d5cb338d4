/** What every page's shared layout needs: the organisation's name and the signed-in person. */
package be.cpas.pst.web.layout;
