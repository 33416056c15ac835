package org.atomic2dynamics.mapping.propose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingularTest {

    @ParameterizedTest
    @CsvSource({"campaigns,campaign", "categories,category", "addresses,address", "boxes,box", "batches,batch",
        "wishes,wish", "status,status", "address,address", "documents,document", "data,data", "s,s"})
    void namesTheTableInTheSingular(String plural, String singular) {
        assertThat(Singular.of(plural)).isEqualTo(singular);
    }
}
