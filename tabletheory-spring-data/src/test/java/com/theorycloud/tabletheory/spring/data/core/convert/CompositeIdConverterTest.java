package com.theorycloud.tabletheory.spring.data.core.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.sample.OrderId;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;

class CompositeIdConverterTest {

    record Numbered(String tenant, long number) {
    }

    private final DefaultConversionService conversion = new DefaultConversionService();

    CompositeIdConverterTest() {
        conversion.addConverter(new CompositeIdConverter(new DefaultConversionService(), OrderId.class,
                Numbered.class));
    }

    @Test
    void roundTripsIdRecordsThroughUrlSafeText() {
        OrderId id = new OrderId("c,1", "o 1");
        String text = conversion.convert(id, String.class);
        assertThat(text).isEqualTo("c%2C1,o+1");
        assertThat(conversion.convert(text, OrderId.class)).isEqualTo(id);
        assertThat(conversion.convert("t1,42", Numbered.class)).isEqualTo(new Numbered("t1", 42));
    }

    @Test
    void roundTripsKeys() {
        assertThat(conversion.convert(Key.of("c1", "o1"), String.class)).isEqualTo("c1,o1");
        assertThat(conversion.convert("c1,o1", Key.class)).isEqualTo(Key.of("c1", "o1"));
        assertThat(conversion.convert("u1", Key.class)).isEqualTo(Key.of("u1"));
    }

    @Test
    void rejectsIdsWithoutSortPart() {
        assertThatThrownBy(() -> conversion.convert("c1", OrderId.class)).isInstanceOf(ConversionFailedException.class)
                .hasRootCauseMessage("Id 'c1' of OrderId needs 'partition,sort'");
    }

    @Test
    void formatsPrivateIdRecordsThroughTheHandlesCompiledWhenBuilt() {
        CompositeIdConverter converter = new CompositeIdConverter(new DefaultConversionService(), Hidden.class);

        assertThat(converter.convert(new Hidden("p", 7), TypeDescriptor.valueOf(Hidden.class),
                TypeDescriptor.valueOf(String.class))).isEqualTo("p,7");
        assertThat(converter.convert("p,7", TypeDescriptor.valueOf(String.class), TypeDescriptor.valueOf(Hidden.class)))
                .isEqualTo(new Hidden("p", 7));
    }

    @Test
    void namesTheFixForARecordItWasNotBuiltWith() {
        CompositeIdConverter converter = new CompositeIdConverter(new DefaultConversionService(), OrderId.class);

        assertThatThrownBy(() -> converter.convert(new Numbered("t1", 42), TypeDescriptor.valueOf(Numbered.class),
                TypeDescriptor.valueOf(String.class))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Numbered.class.getName() + " is not an id record of this converter")
                .hasMessageContaining("new CompositeIdConverter(conversionService, Numbered.class)");
    }

    private record Hidden(String part, int number) {
    }
}
