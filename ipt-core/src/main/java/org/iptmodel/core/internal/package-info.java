/**
 * Checks shared by the packages of {@code org.iptmodel.core}. Not exported by the module and not
 * an API: it may change in any release.
 */
package org.iptmodel.core.internal;
