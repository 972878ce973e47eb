/**
 * The tests of {@code org.iptmodel.core}, one class per type or concern, written against the
 * public API only, as a user of the library would.
 */
package org.iptmodel.core.tests;
