/**
 * The iptmodel JSON format: reading and writing the model of {@code org.iptmodel.core} as
 * versioned JSON documents with Jackson 3.
 */
package org.iptmodel.json;
