package org.atomic2dynamics.core.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeterministicIdsTest {

    @Test
    void matchesTheRfc4122Version5ExampleForTheDnsNamespace() {
        // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))"
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(DeterministicIds.nameBased(dns, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }

    @Test
    void sameInputSameIdAcrossInstancesOfTheGenerator() {
        var a = new DeterministicIds("instance-1");
        var b = new DeterministicIds("instance-1");
        assertThat(a.idFor("contacts", 42L)).isEqualTo(b.idFor("contacts", 42L));
        assertThat(a.idFor("contacts", 42L).version()).isEqualTo(5);
    }

    @Test
    void tableIdAndInstanceAllChangeTheId() {
        var ids = new DeterministicIds("instance-1");
        assertThat(ids.idFor("contacts", 1L)).isNotEqualTo(ids.idFor("companies", 1L))
                .isNotEqualTo(ids.idFor("contacts", 2L))
                .isNotEqualTo(new DeterministicIds("instance-2").idFor("contacts", 1L));
    }

    @Test
    void refusesAnEmptyInstance() {
        assertThatThrownBy(() -> new DeterministicIds(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
