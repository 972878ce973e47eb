/**
 * Internal: what the module's other packages need of {@code org.iptmodel.json} that is not public
 * API. Not exported.
 */
package org.iptmodel.json.internal;
