/**
 * Laws of the IPT model written once as generic jqwik contracts, and assertions shared by the
 * tests of every type; published in ipt-core's testkit (its test-jar, the automatic module
 * {@code org.iptmodel.core.testkit}). The laws assert with AssertJ.
 *
 * <p>A contract is an interface whose default {@code @Property} methods state a law for any type
 * {@code T}: a test class implements it, supplies its values with a {@code @Provide} method named
 * {@code values}, and inherits the properties. {@link org.iptmodel.core.contracts.EqualityContract}
 * states the equality and hash code laws, {@link org.iptmodel.core.contracts.RedactionContract} that
 * {@code toString()} never shows patient text, {@link org.iptmodel.core.contracts.WithCopyContract}
 * that a {@code with*} copy changes exactly one attribute,
 * {@link org.iptmodel.core.contracts.SerializationContract} that every value reads back equal through
 * Java serialization. {@link org.iptmodel.core.contracts.Rejections}
 * asserts that an invalid value is rejected with the documented violation and without patient text.
 */
package org.iptmodel.core.contracts;
