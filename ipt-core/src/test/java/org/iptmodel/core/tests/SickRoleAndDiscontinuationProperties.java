package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iptmodel.core.Bounds;
import org.iptmodel.core.Discontinuation;
import org.iptmodel.core.DiscontinuationReason;
import org.iptmodel.core.SickRole;
import org.iptmodel.core.SickRoleKind;
import org.iptmodel.core.arbitraries.IptArbitraries;
import org.iptmodel.core.contracts.EqualityContract;
import org.iptmodel.core.contracts.WithCopyContract;

/** {@link SickRole} and {@link Discontinuation}: two small records created with {@code of}. */
class SickRoleAndDiscontinuationProperties {

    @Property
    void aSickRoleKeepsItsKindAndDate(@ForAll SickRoleKind kind, @ForAll("dates") LocalDate date) {
        SickRole role = SickRole.of(kind, date);
        assertThat(role.kind()).isEqualTo(kind);
        assertThat(role.grantedOn()).isEqualTo(date);
    }

    @Property
    void aDiscontinuationKeepsItsDateAndReason(@ForAll("dates") LocalDate date, @ForAll DiscontinuationReason reason) {
        Discontinuation d = Discontinuation.of(date, reason);
        assertThat(d.date()).isEqualTo(date);
        assertThat(d.reason()).isEqualTo(reason);
    }

    @Example
    void nullsAreRejected() {
        LocalDate date = LocalDate.of(2026, 1, 5);
        assertThatNullPointerException().isThrownBy(() -> SickRole.of(null, date));
        assertThatNullPointerException().isThrownBy(() -> SickRole.of(SickRoleKind.FULL, null));
        assertThatNullPointerException().isThrownBy(() -> Discontinuation.of(null, DiscontinuationReason.ADMINISTRATIVE));
        assertThatNullPointerException().isThrownBy(() -> Discontinuation.of(date, null));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return IptArbitraries.dates();
    }

    /** Another date the model accepts: the next day, or the day before the latest date. */
    static LocalDate otherDay(LocalDate date) {
        return date.equals(Bounds.LATEST_DATE) ? date.minusDays(1) : date.plusDays(1);
    }

    @Group
    class SickRoles implements EqualityContract<SickRole>, WithCopyContract<SickRole> {
        @Override
        @Provide
        public Arbitrary<SickRole> values() {
            return IptArbitraries.sickRoles();
        }

        @Override
        public Class<SickRole> type() {
            return SickRole.class;
        }

        @Override
        public SickRole copyOf(SickRole role) {
            return SickRole.of(role.kind(), role.grantedOn());
        }

        @Override
        public SickRole changed(SickRole role) {
            return role.withGrantedOn(otherDay(role.grantedOn()));
        }
    }

    @Group
    class Discontinuations implements EqualityContract<Discontinuation>, WithCopyContract<Discontinuation> {
        @Override
        @Provide
        public Arbitrary<Discontinuation> values() {
            return IptArbitraries.discontinuations();
        }

        @Override
        public Class<Discontinuation> type() {
            return Discontinuation.class;
        }

        @Override
        public Discontinuation copyOf(Discontinuation d) {
            return Discontinuation.of(d.date(), d.reason());
        }

        @Override
        public Discontinuation changed(Discontinuation d) {
            return d.withDate(otherDay(d.date()));
        }
    }
}
