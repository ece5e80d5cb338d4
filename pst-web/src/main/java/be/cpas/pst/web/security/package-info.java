/** Sign-in, sessions, password hashing and the HTTP security rules. */
package be.cpas.pst.web.security;
